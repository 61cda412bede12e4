// The inspector drives real edits: its spin boxes push undoable commands that change the
// table, steps of one spin box merge, and a refresh never rebuilds the form or pushes anything.
// On a graph it lists a layer's inputs (a concat's to reorder or drop) and readers, and
// renames or dissolves the layer's block.

#include "document.h"
#include "edits.h"
#include "inspector/inspector.h"
#include "inspector/text_grid.h"
#include "io/network_reader.h"
#include "structure_edits.h"
#include "table/layer_table_model.h"

#include "nin_document.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSpinBox>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

using namespace cd;
using namespace cd::ui;

namespace {

// The layer table's columns, found by their keys in core's column description.
const int ColumnOutput = cd::ui::layerTableColumn("output");

std::string outputOf(const LayerTableModel &model, LayerId id)
{
    return model.data(model.index(model.rowForLayer(id), ColumnOutput)).toString().toStdString();
}

template<typename T>
T *editor(const Inspector &inspector, const char *name)
{
    T *widget = inspector.findChild<T *>(QString::fromUtf8(name));
    REQUIRE(widget != nullptr);
    return widget;
}

} // namespace

TEST_CASE("Inspector stride edit changes the table row and undo and redo restore it")
{
    Document document;
    loadNin(document);
    LayerTableModel model(&document);
    Inspector inspector(&document);
    const LayerId first = document.network().layers.front().id;
    document.setCurrentLayer(first);

    auto *height = editor<QSpinBox>(inspector, "stride.height");
    auto *width = editor<QSpinBox>(inspector, "stride.width");
    CHECK(height->value() == 4);
    CHECK(editor<QToolButton>(inspector, "stride.link")->isChecked()); // 4×4 is square
    CHECK(outputOf(model, first) == "96\u00d754\u00d754");

    const int steps = document.undoStack()->count();
    height->setValue(2); // linked: both sides
    CHECK(width->value() == 2);
    CHECK(outputOf(model, first) == "96\u00d7107\u00d7107"); // (224 − 11) / 2 + 1
    CHECK(document.undoStack()->count() == steps + 1);
    // The same form stays: the edited box was refreshed, not replaced.
    CHECK(editor<QSpinBox>(inspector, "stride.height") == height);

    document.undoStack()->undo();
    CHECK(outputOf(model, first) == "96\u00d754\u00d754");
    CHECK(height->value() == 4);
    CHECK(width->value() == 4);
    document.undoStack()->redo();
    CHECK(outputOf(model, first) == "96\u00d7107\u00d7107");
    CHECK(height->value() == 2);
    // Refreshing the form after undo and redo pushed nothing.
    CHECK(document.undoStack()->count() == steps + 1);
}

TEST_CASE("Inspector merges consecutive spin box steps into one undo step")
{
    Document document;
    loadNin(document);
    Inspector inspector(&document);
    const LayerId first = document.network().layers.front().id;
    document.setCurrentLayer(first);
    auto *channels = editor<QSpinBox>(inspector, "out_channels");
    REQUIRE(channels->value() == 96);

    const int steps = document.undoStack()->count();
    channels->stepBy(1);
    channels->stepBy(1);
    channels->stepBy(1);
    CHECK(std::get<NinBlock>(document.network().layers.front().kind).outChannels == 99);
    CHECK(document.undoStack()->count() == steps + 1);
    document.undoStack()->undo();
    CHECK(std::get<NinBlock>(document.network().layers.front().kind).outChannels == 96);
    CHECK(channels->value() == 96);
}

TEST_CASE("Inspector unlinked pair edits one side only")
{
    Document document;
    loadNin(document);
    Inspector inspector(&document);
    const LayerId first = document.network().layers.front().id;
    document.setCurrentLayer(first);
    editor<QToolButton>(inspector, "kernel.link")->setChecked(false);
    editor<QSpinBox>(inspector, "kernel.width")->setValue(7);
    CHECK(std::get<NinBlock>(document.network().layers.front().kind).kernel == Pair{11, 7});
    CHECK(!editor<QToolButton>(inspector, "kernel.link")->isChecked());
    // Linking a rectangle makes it square, the height leading.
    editor<QToolButton>(inspector, "kernel.link")->setChecked(true);
    CHECK(std::get<NinBlock>(document.network().layers.front().kind).kernel == Pair{11, 11});
}

TEST_CASE("Inspector keeps focus in the spin box being edited")
{
    Document document;
    loadNin(document);
    Inspector inspector(&document);
    inspector.show();
    inspector.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&inspector));
    document.setCurrentLayer(document.network().layers.front().id);
    auto *height = editor<QSpinBox>(inspector, "padding.height");
    height->setFocus();
    QTest::keyClick(height, Qt::Key_Up);
    QTest::keyClick(height, Qt::Key_Up);
    CHECK(std::get<NinBlock>(document.network().layers.front().kind).padding == Pair{2, 2});
    CHECK(QApplication::focusWidget() == height);
    CHECK(editor<QSpinBox>(inspector, "padding.height") == height);
}

TEST_CASE("Inspector builds a new form when the selection changes")
{
    Document document;
    loadNin(document);
    Inspector inspector(&document);
    const LayerId pool = document.network().layers.at(1).id;
    document.setCurrentLayer(pool);

    auto *follows = editor<QCheckBox>(inspector, "stride.followsKernel");
    CHECK(!follows->isChecked());
    CHECK(inspector.findChild<QSpinBox *>(QStringLiteral("out_channels")) == nullptr);
    follows->setChecked(true);
    CHECK(!std::get<MaxPool2d>(document.network().layers.at(1).kind).stride.has_value());
    CHECK(editor<QSpinBox>(inspector, "stride.height")->value() == 3); // shows the kernel
    CHECK(!editor<QSpinBox>(inspector, "stride.height")->isEnabled());
    CHECK(document.analysis().layers.at(1).output.height == 18); // (54 − 3) / 3 + 1

    document.setCurrentLayer(0);
    CHECK(inspector.findChild<QCheckBox *>(QStringLiteral("stride.followsKernel")) == nullptr);
    CHECK(inspector.findChild<QSpinBox *>(QStringLiteral("settings.batch")) != nullptr);
}

TEST_CASE("Inspector renames a layer when editing the name finishes")
{
    Document document;
    loadNin(document);
    Inspector inspector(&document);
    document.setCurrentLayer(document.network().layers.at(2).id);
    auto *name = editor<QLineEdit>(inspector, "name");
    CHECK(name->text() == QStringLiteral("nin2"));
    name->clear();
    QTest::keyClicks(name, QStringLiteral("second block"));
    CHECK(document.network().layers.at(2).name == "nin2"); // nothing until editing finishes
    QTest::keyClick(name, Qt::Key_Return);
    CHECK(document.network().layers.at(2).name == "second block");

    // An empty name falls back to the derived one, shown as the placeholder.
    name->clear();
    QTest::keyClick(name, Qt::Key_Space);
    QTest::keyClick(name, Qt::Key_Return);
    CHECK(document.network().layers.at(2).name.empty());
    CHECK(name->placeholderText()
          == QStringLiteral("derived: nin_block_2, changes when layers move"));
    // Consecutive renames of one layer are one undo step.
    document.undoStack()->undo();
    CHECK(name->text() == QStringLiteral("nin2"));
}

TEST_CASE("Inspector header editors change the input and the settings")
{
    Document document;
    loadNin(document);
    LayerTableModel model(&document);
    Inspector inspector(&document);
    REQUIRE(document.currentLayer() == 0);

    auto *height = editor<QSpinBox>(inspector, "input.height");
    auto *width = editor<QSpinBox>(inspector, "input.width");
    const int steps = document.undoStack()->count();
    height->setValue(112); // 224×224 is square: linked
    CHECK(document.network().input.height == 112);
    CHECK(document.network().input.width == 112);
    CHECK(width->value() == 112);
    CHECK(model.data(model.index(0, ColumnOutput)).toString()
          == QStringLiteral("1\u00d7112\u00d7112"));

    editor<QSpinBox>(inspector, "input.channels")->setValue(3);
    CHECK(document.network().input.channels == 3);
    editor<QSpinBox>(inspector, "settings.batch")->setValue(8);
    CHECK(document.network().settings.batch == 8);
    auto *dtype = editor<QComboBox>(inspector, "settings.dtype");
    dtype->setCurrentIndex(dtype->findData(static_cast<int>(DType::Float16)));
    CHECK(document.network().settings.dtype == DType::Float16);
    auto *optimizer = editor<QComboBox>(inspector, "settings.optimizer");
    optimizer->setCurrentIndex(optimizer->findData(static_cast<int>(Optimizer::Adam)));
    CHECK(document.network().settings.optimizer == Optimizer::Adam);
    CHECK(document.undoStack()->count() == steps + 5);

    while (document.undoStack()->canUndo())
        document.undoStack()->undo();
    CHECK(height->value() == 224);
    CHECK(editor<QSpinBox>(inspector, "settings.batch")->value() == 1);
    CHECK(dtype->currentData().toInt() == static_cast<int>(DType::Float32));
    CHECK(document.undoStack()->index() == 0);
}

TEST_CASE("Inspector shows the computed results and a layer's error")
{
    Document document;
    loadNin(document);
    Inspector inspector(&document);
    const LayerId first = document.network().layers.front().id;
    document.setCurrentLayer(first);
    auto *results = editor<TextGrid>(inspector, "results");
    auto *convs = editor<TextGrid>(inspector, "convs");
    auto *error = editor<QLabel>(inspector, "error");
    CHECK(results->text().contains(QStringLiteral("Output\t96\u00d754\u00d754")));
    CHECK(results->text().contains(QStringLiteral("Parameters\t30,336")));
    CHECK(convs->text().contains(QStringLiteral("11\u00d711 conv\t11,616\t96\t33,872,256")));
    CHECK(error->isHidden());

    editor<QSpinBox>(inspector, "kernel.height")->setValue(300); // larger than the input
    CHECK(!error->isHidden());
    CHECK(error->text().startsWith(QStringLiteral("nin1:")));
    CHECK(results->isHidden());
    CHECK(convs->isHidden());
}

namespace {

// stem (block "trunk") forks into three 1×1 convs a, b, c of 2, 3 and 5 channels, joined by
// the concat "cat"; the branches and the concat are the block "branches".
Network threeBranches()
{
    Network net;
    net.input = {3, 8, 8};
    const auto conv = [](std::int64_t channels) {
        return Conv2d{.outChannels = channels, .kernel = Pair::square(1)};
    };
    const LayerId stem = net.add(conv(4), {Network::inputId}, "stem", "trunk");
    const LayerId a = net.add(conv(2), {stem}, "a", "branches");
    const LayerId b = net.add(conv(3), {stem}, "b", "branches");
    const LayerId c = net.add(conv(5), {stem}, "c", "branches");
    net.add(Concat{}, {a, b, c}, "cat", "branches");
    return net;
}

LayerId idOf(const Document &document, const char *name)
{
    for (const Layer &layer : document.network().layers) {
        if (layer.name == name)
            return layer.id;
    }
    FAIL("no layer " << name);
    return 0;
}

// The input lines of the inspector's form, in slot order.
QWidget *inputLine(const Inspector &inspector, int slot)
{
    return editor<QWidget>(inspector, QStringLiteral("input%1").arg(slot).toUtf8().constData());
}

// "a, b, c"
QString inputNames(const Inspector &inspector)
{
    QStringList names;
    for (int slot = 0;; ++slot) {
        auto *line = inspector.findChild<QWidget *>(QStringLiteral("input%1").arg(slot));
        if (line == nullptr || line->isHidden())
            return names.join(QStringLiteral(", "));
        names << line->findChild<QToolButton *>(QStringLiteral("inputName"))->text();
    }
}

QToolButton *slotButton(const Inspector &inspector, int slot, const char *button)
{
    auto *found = inputLine(inspector, slot)->findChild<QToolButton *>(QString::fromUtf8(button));
    REQUIRE(found != nullptr);
    return found;
}

QString readerNames(const Inspector &inspector)
{
    QStringList names;
    for (QToolButton *link : inspector.findChildren<QToolButton *>(QStringLiteral("reader"))) {
        if (!link->isHidden())
            names << link->text();
    }
    return names.join(QStringLiteral(", "));
}

std::vector<std::string> blocksOf(const Document &document)
{
    std::vector<std::string> blocks;
    for (const Layer &layer : document.network().layers)
        blocks.push_back(layer.block);
    return blocks;
}

} // namespace

TEST_CASE("Inspector reorders and removes a concat's inputs, one undo step each")
{
    Document document;
    document.reset(threeBranches(), QString());
    Inspector inspector(&document);
    const Network before = document.network();
    const LayerId a = idOf(document, "a");
    const LayerId b = idOf(document, "b");
    const LayerId c = idOf(document, "c");
    const LayerId cat = idOf(document, "cat");
    document.setCurrentLayer(cat);
    REQUIRE(inputNames(inspector) == QStringLiteral("a, b, c"));
    CHECK(!slotButton(inspector, 0, "up")->isEnabled());
    CHECK(slotButton(inspector, 0, "down")->isEnabled());
    CHECK(!slotButton(inspector, 2, "down")->isEnabled());
    const std::int64_t channels = document.analysis().layers.back().output.channels;
    REQUIRE(channels == 2 + 3 + 5);
    const int steps = document.undoStack()->count();

    slotButton(inspector, 1, "up")->click();
    CHECK(document.network().find(cat)->inputs == std::vector<LayerId>{b, a, c});
    CHECK(document.analysis().layers.back().output.channels == channels);
    CHECK(document.undoStack()->count() == steps + 1);
    CHECK(inputNames(inspector) == QStringLiteral("b, a, c"));
    CHECK(document.currentLayer() == cat);
    const Network reordered = document.network();

    slotButton(inspector, 2, "remove")->click();
    CHECK(document.network().find(cat)->inputs == std::vector<LayerId>{b, a});
    CHECK(document.network().readersOf(c).empty());
    CHECK(document.undoStack()->count() == steps + 2);
    CHECK(inputNames(inspector) == QStringLiteral("b, a"));

    document.undoStack()->undo();
    CHECK(document.network() == reordered);
    CHECK(inputNames(inspector) == QStringLiteral("b, a, c"));
    document.undoStack()->undo();
    CHECK(document.network() == before);
    CHECK(inputNames(inspector) == QStringLiteral("a, b, c"));
}

TEST_CASE("Inspector shows a single input, and says when a layer reads nothing")
{
    Document document;
    document.reset(threeBranches(), QString());
    Inspector inspector(&document);
    document.setCurrentLayer(idOf(document, "b"));
    CHECK(inputNames(inspector) == QStringLiteral("stem"));
    CHECK(slotButton(inspector, 0, "up")->isHidden()); // one input: nothing to order
    CHECK(slotButton(inspector, 0, "remove")->isHidden());
    CHECK(editor<QLabel>(inspector, "inputsError")->isHidden());

    addUnconnectedLayer(&document, LayerType::ReLU);
    REQUIRE(document.network().find(document.currentLayer())->inputs.empty());
    CHECK(inputNames(inspector).isEmpty());
    auto *error = editor<QLabel>(inspector, "inputsError");
    CHECK(!error->isHidden());
    CHECK(error->text()
          == QStringLiteral("not connected: drag from a node's output port to its input"));
}

TEST_CASE("Inspector lists a forked layer's readers, and a click selects one")
{
    Document document;
    document.reset(threeBranches(), QString());
    Inspector inspector(&document);
    document.setCurrentLayer(idOf(document, "stem"));
    CHECK(readerNames(inspector) == QStringLiteral("a, b, c"));
    CHECK(editor<QLabel>(inspector, "noReaders")->isHidden());

    inspector.findChildren<QToolButton *>(QStringLiteral("reader")).at(1)->click();
    CHECK(document.currentLayer() == idOf(document, "b"));
    CHECK(readerNames(inspector) == QStringLiteral("cat"));

    // An input's name selects it too; the network input shows the network's form.
    editor<QToolButton>(inspector, "inputName")->click();
    CHECK(document.currentLayer() == idOf(document, "stem"));
    editor<QToolButton>(inspector, "inputName")->click();
    CHECK(document.currentLayer() == Network::inputId);
    CHECK(inspector.findChild<QSpinBox *>(QStringLiteral("settings.batch")) != nullptr);

    document.setCurrentLayer(idOf(document, "cat"));
    CHECK(readerNames(inspector).isEmpty());
    CHECK(!editor<QLabel>(inspector, "noReaders")->isHidden());
}

TEST_CASE("Inspector renames a block for every layer in it, and shows a refusal")
{
    Document document;
    document.reset(threeBranches(), QString());
    Inspector inspector(&document);
    inspector.show();
    inspector.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&inspector));
    document.setCurrentLayer(idOf(document, "b"));
    auto *block = editor<QLineEdit>(inspector, "block");
    CHECK(block->isVisibleTo(&inspector));
    CHECK(block->text() == QStringLiteral("branches"));
    const int steps = document.undoStack()->count();

    // Typing survives a change elsewhere, and keeps the focus; finishing renames the block.
    block->setFocus();
    block->selectAll();
    QTest::keyClicks(block, QStringLiteral("paths"));
    renameLayer(&document, idOf(document, "stem"), QStringLiteral("root"));
    CHECK(block->text() == QStringLiteral("paths"));
    CHECK(QApplication::focusWidget() == block);
    CHECK(document.network().layers[1].block == "branches");
    QTest::keyClick(block, Qt::Key_Return);
    CHECK(blocksOf(document)
          == std::vector<std::string>{"trunk", "paths", "paths", "paths", "paths"});
    CHECK(document.undoStack()->count() == steps + 2);
    CHECK(editor<QLineEdit>(inspector, "block") == block); // the same form
    auto *refusal = editor<QLabel>(inspector, "blockRefusal");
    CHECK(refusal->isHidden());

    // Another block's name is taken: nothing changes, and the form says why.
    block->selectAll();
    QTest::keyClicks(block, QStringLiteral("trunk"));
    QTest::keyClick(block, Qt::Key_Return);
    CHECK(blocksOf(document)
          == std::vector<std::string>{"trunk", "paths", "paths", "paths", "paths"});
    CHECK(document.undoStack()->count() == steps + 2);
    CHECK(!refusal->isHidden());
    CHECK(refusal->text().contains(QStringLiteral("already a block \"trunk\"")));
    CHECK(block->text() == QStringLiteral("paths"));

    document.undoStack()->undo();
    CHECK(blocksOf(document)
          == std::vector<std::string>{"trunk", "branches", "branches", "branches", "branches"});
    CHECK(block->text() == QStringLiteral("branches"));
    CHECK(refusal->isHidden()); // a change clears it
}

TEST_CASE("Inspector ungroups a layer's block")
{
    Document document;
    document.reset(threeBranches(), QString());
    Inspector inspector(&document);
    document.setCurrentLayer(idOf(document, "a"));
    editor<QPushButton>(inspector, "ungroup")->click();
    CHECK(blocksOf(document) == std::vector<std::string>{"trunk", "", "", "", ""});
    // The block's layers stay selected; the form has no block line now.
    CHECK(document.selection().size() == 4);
    CHECK(!editor<QLineEdit>(inspector, "block")->isVisibleTo(&inspector));
    document.undoStack()->undo();
    CHECK(blocksOf(document)
          == std::vector<std::string>{"trunk", "branches", "branches", "branches", "branches"});
}

TEST_CASE("Inspector wraps or summarises a long value instead of scrolling sideways",
          "[inspector][issue10]")
{
    Document document;
    loadNin(document);
    Inspector inspector(&document);
    inspector.resize(360, 600);
    inspector.show();
    REQUIRE(QTest::qWaitForWindowExposed(&inspector));
    const LayerId pool1 = document.network().layers.at(1).id;
    document.setCurrentLayer(pool1);
    // Kernel 2, stride 3 on pool1's 54 rows: windows read 0–1, …, 51–52; 2, 5, …, 53 are left.
    editor<QToolButton>(inspector, "kernel.link")->setChecked(true);
    editor<QSpinBox>(inspector, "kernel.height")->setValue(2);
    editor<QToolButton>(inspector, "stride.link")->setChecked(true);
    editor<QSpinBox>(inspector, "stride.height")->setValue(3);
    QApplication::processEvents();

    const QString results = editor<TextGrid>(inspector, "results")->text();
    CHECK(results.contains(QStringLiteral("rows 2, 5, \u2026, 53 (18 rows, every 3rd)")));
    CHECK(!inspector.horizontalScrollBar()->isVisible());
    CHECK(inspector.widget()->width() <= inspector.viewport()->width());
}

TEST_CASE("Inspector shows the padding \"same\" resolves to", "[inspector][issue10]")
{
    Document document;
    loadNin(document);
    Inspector inspector(&document);
    insertNewLayer(&document, LayerType::Conv2d, 0);
    const LayerId conv = document.network().layers.front().id;
    document.setCurrentLayer(conv);
    setLayerField(&document, conv, "kernel", FieldValue(Pair{5, 5}));
    setLayerField(&document, conv, "padding",
                  FieldValue(ConvPaddingValue{PaddingMode::Same, Pair{0, 0}}));
    auto *resolved = editor<QLabel>(inspector, "padding.same");
    // Kernel 5, dilation 1: total 4, 2 on each side.
    CHECK(resolved->text() == QStringLiteral("same: 2\u00d72"));
    CHECK(!resolved->isHidden());
    CHECK(!editor<QSpinBox>(inspector, "padding.height")->isVisibleTo(&inspector));
    // Kernel 4: total 3, 1 before and 2 after.
    setLayerField(&document, conv, "kernel", FieldValue(Pair{4, 4}));
    CHECK(resolved->text() == QStringLiteral("same: 1 top/left, 2 bottom/right"));
    // Explicit again: the numbers come back, the note goes.
    setLayerField(&document, conv, "padding",
                  FieldValue(ConvPaddingValue{PaddingMode::Explicit, Pair{1, 1}}));
    CHECK(resolved->isHidden());
}

TEST_CASE("Inspector says a name is derived, and keeps it in one undo step",
          "[inspector][issue10]")
{
    Document document;
    loadNin(document);
    Inspector inspector(&document);
    insertNewLayer(&document, LayerType::Conv2d, 2); // unnamed, between pool1 and nin2
    const LayerId conv = document.network().layers.at(2).id;
    document.setCurrentLayer(conv);
    const std::string derived = displayName(document.network().layers.at(2), 2);
    auto *name = editor<QLineEdit>(inspector, "name");
    CHECK(name->text().isEmpty());
    CHECK(name->placeholderText()
          == QStringLiteral("derived: %1, changes when layers move")
                 .arg(QString::fromStdString(derived)));
    auto *keep = editor<QPushButton>(inspector, "keepName");
    CHECK(!keep->isHidden());

    const int steps = document.undoStack()->count();
    keep->click();
    CHECK(document.network().layers.at(2).name == derived);
    CHECK(document.undoStack()->count() == steps + 1);
    CHECK(name->text() == QString::fromStdString(derived));
    CHECK(keep->isHidden()); // a kept name is no longer derived
    document.undoStack()->undo();
    CHECK(document.network().layers.at(2).name.empty());
    CHECK(!keep->isHidden());
}

TEST_CASE("Inspector edits name the layer and the values in the history", "[inspector][issue10]")
{
    Document document;
    loadNin(document);
    Inspector inspector(&document);
    const LayerId pool1 = document.network().layers.at(1).id;
    document.setCurrentLayer(pool1);
    editor<QToolButton>(inspector, "kernel.link")->setChecked(true);
    editor<QSpinBox>(inspector, "kernel.height")->setValue(2);
    const QUndoStack *stack = document.undoStack();
    CHECK(stack->text(stack->count() - 1) == QStringLiteral("pool1: kernel 3 \u2192 2"));
    // Steps of one spin box merge, and so does their text: from the first value to the last.
    auto *channels = [&] {
        document.setCurrentLayer(document.network().layers.front().id);
        return editor<QSpinBox>(inspector, "out_channels");
    }();
    channels->stepBy(1);
    channels->stepBy(1);
    CHECK(stack->text(stack->count() - 1) == QStringLiteral("nin1: out_channels 96 \u2192 98"));
}
