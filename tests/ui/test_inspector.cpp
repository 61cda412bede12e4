// The inspector drives real edits: its spin boxes push undoable commands that change the
// table, steps of one spin box merge, and a refresh never rebuilds the form or pushes anything.

#include "document.h"
#include "inspector/inspector.h"
#include "inspector/text_grid.h"
#include "io/network_reader.h"
#include "table/layer_table_model.h"

#include "nin_document.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
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
    CHECK(name->placeholderText() == QStringLiteral("nin_block_2"));
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
