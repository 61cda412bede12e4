// The layer table model: rows for input, layers, a nin_block's convs, blocks and totals;
// incremental updates that keep QAbstractItemModelTester happy and signal only the rows that
// changed; selection shared with the document and Ctrl+C copying tab-separated rows.

#include "block_edits.h"
#include "document.h"
#include "edits.h"
#include "io/network_reader.h"
#include "structure_edits.h"
#include "table/layer_table_model.h"
#include "table/layer_table_view.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <map>

using namespace cd;
using namespace cd::ui;

namespace {

// The layer table's columns, found by their keys in core's column description.
const int ColumnIndex = cd::ui::layerTableColumn("index");
const int ColumnName = cd::ui::layerTableColumn("name");
const int ColumnType = cd::ui::layerTableColumn("type");
const int ColumnOutput = cd::ui::layerTableColumn("output");
const int ColumnWeights = cd::ui::layerTableColumn("weights");
const int ColumnParams = cd::ui::layerTableColumn("params");
const int ColumnActivations = cd::ui::layerTableColumn("activations");
const int ColumnMemory = cd::ui::layerTableColumn("activation_bytes");
const int ColumnMacs = cd::ui::layerTableColumn("macs");
const int ColumnDiscarded = cd::ui::layerTableColumn("discarded");

Network readNin()
{
    io::ReadResult read
        = io::readNetworkFile(QStringLiteral(CONVDESIGNER_EXAMPLES "/nin.cnn.json"));
    REQUIRE(read.network.has_value());
    return std::move(*read.network);
}

void loadNin(Document &document)
{
    document.reset(readNin(), QStringLiteral("nin.cnn.json"));
}

void loadResNet(Document &document)
{
    io::ReadResult read
        = io::readNetworkFile(QStringLiteral(CONVDESIGNER_EXAMPLES "/resnet18.cnn.json"));
    REQUIRE(read.network.has_value());
    document.reset(std::move(*read.network), QStringLiteral("resnet18.cnn.json"));
}

std::string cell(const LayerTableModel &model, int row, int column)
{
    return model.data(model.index(row, column)).toString().toStdString();
}

// A count as the table spells it ("11,178,378"), read back as a number.
std::int64_t count(const LayerTableModel &model, int row, int column)
{
    QString text = model.data(model.index(row, column)).toString();
    text.remove(QLatin1Char(','));
    bool ok = false;
    const qlonglong value = text.toLongLong(&ok);
    REQUIRE(ok);
    return value;
}

LayerId idAt(const Document &document, int index)
{
    return document.network().layers.at(static_cast<std::size_t>(index)).id;
}

// The incrementally updated model shows exactly what a model built afresh shows.
bool sameAsFresh(const LayerTableModel &model, Document &document)
{
    const LayerTableModel fresh(&document);
    if (model.rowCount() != fresh.rowCount())
        return false;
    for (int r = 0; r < fresh.rowCount(); ++r) {
        if (!(model.rowAt(r) == fresh.rowAt(r)))
            return false;
    }
    return true;
}

struct ChangedRange
{
    int count = 0;
    int top = -1;
    int bottom = -1;
    int left = -1;
    int right = -1;
};

// Records every dataChanged: how many, and the last range.
ChangedRange *watchDataChanged(LayerTableModel &model)
{
    auto *range = new ChangedRange;
    QObject::connect(&model, &QAbstractItemModel::dataChanged, &model,
                     [range](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                         ++range->count;
                         range->top = topLeft.row();
                         range->bottom = bottomRight.row();
                         range->left = topLeft.column();
                         range->right = bottomRight.column();
                     });
    return range;
}

} // namespace

TEST_CASE("LayerTableModel rows cover input layers nin convs and totals")
{
    Document document;
    loadNin(document);
    LayerTableModel model(&document);
    // input, 10 layers, 4 nin_blocks × 3 convs, totals
    REQUIRE(model.rowCount() == 1 + 10 + 12 + 1);
    CHECK(model.columnCount() == layerTableColumnCount());

    CHECK(cell(model, 0, ColumnName) == "input");
    CHECK(cell(model, 0, ColumnOutput) == "1\u00d7224\u00d7224");
    CHECK(cell(model, 0, ColumnActivations) == "50,176");
    CHECK(cell(model, 1, ColumnName) == "nin1");
    CHECK(cell(model, 1, ColumnType) == "nin_block");
    CHECK(cell(model, 1, ColumnOutput) == "96\u00d754\u00d754");
    CHECK(cell(model, 2, ColumnName) == "  \u2514 11\u00d711 conv");
    CHECK(cell(model, 3, ColumnName) == "  \u2514 1\u00d71 conv");
    CHECK(cell(model, 2, ColumnWeights) == "11,616");
    CHECK(cell(model, 5, ColumnName) == "pool1");
    CHECK(cell(model, 5, ColumnDiscarded) == "row 53, col 53"); // (54 − 3) / 2 + 1 windows
    CHECK(cell(model, 6, ColumnDiscarded) == "\u2014");
    CHECK(cell(model, 23, ColumnName) == "total");
    CHECK(cell(model, 23, ColumnParams) == "1,992,166");
    CHECK(cell(model, 23, ColumnActivations) == "1,696,760");
    CHECK(model.data(model.index(23, ColumnName), Qt::FontRole).value<QFont>().bold());
    CHECK(model.data(model.index(2, ColumnWeights), Qt::TextAlignmentRole).toInt()
          == int(Qt::AlignRight | Qt::AlignVCenter));
    CHECK(model.headerData(ColumnMacs, Qt::Horizontal).toString() == QStringLiteral("MACs"));

    SECTION("rowForLayer and layerAtRow map nin child rows to their block")
    {
        const LayerId nin1 = idAt(document, 0);
        const LayerId pool1 = idAt(document, 1);
        CHECK(model.rowForLayer(0) == 0);
        CHECK(model.rowForLayer(nin1) == 1);
        CHECK(model.rowForLayer(pool1) == 5);
        CHECK(model.rowForLayer(idAt(document, 9)) == 22);
        CHECK(model.rowForLayer(9999) == -1);
        CHECK(model.layerAtRow(0) == 0);
        CHECK(model.layerAtRow(1) == nin1);
        CHECK(model.layerAtRow(2) == nin1);
        CHECK(model.layerAtRow(4) == nin1);
        CHECK(model.layerAtRow(5) == pool1);
        CHECK(model.layerAtRow(23) == 0);
        CHECK(model.layerAtRow(24) == 0);
    }
}

TEST_CASE("LayerTableModel passes QAbstractItemModelTester through edits")
{
    Document document;
    loadNin(document);
    LayerTableModel model(&document);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    insertNewLayer(&document, LayerType::Conv2d, 1);
    CHECK(model.rowCount() == 25);
    CHECK(sameAsFresh(model, document));
    insertNewLayer(&document, LayerType::NinBlock, 0);
    CHECK(model.rowCount() == 29);
    CHECK(cell(model, 1, ColumnType) == "nin_block");
    CHECK(sameAsFresh(model, document));
    moveLayer(&document, idAt(document, 0), 5);
    CHECK(model.layerAtRow(model.rowForLayer(idAt(document, 5)) + 3) == idAt(document, 5));
    CHECK(sameAsFresh(model, document));
    moveLayer(&document, idAt(document, 5), 2);
    CHECK(sameAsFresh(model, document));
    moveLayer(&document, idAt(document, 2), 11); // after flatten: invalid, so no conv rows
    CHECK(model.rowForLayer(idAt(document, 11)) == model.rowCount() - 2);
    CHECK(sameAsFresh(model, document));
    setLayerField(&document, idAt(document, 1), "kernel", Pair::square(1000)); // invalid
    CHECK(sameAsFresh(model, document));
    removeLayer(&document, idAt(document, 3));
    CHECK(sameAsFresh(model, document));
    while (document.undoStack()->canUndo()) {
        document.undoStack()->undo();
        CHECK(sameAsFresh(model, document));
    }
    CHECK(model.rowCount() == 24);
    while (document.undoStack()->canRedo()) {
        document.undoStack()->redo();
        CHECK(sameAsFresh(model, document));
    }
    document.reset(readNin(), QString());
    CHECK(model.rowCount() == 24);
    document.reset(Network{}, QString());
    CHECK(model.rowCount() == 2);
    insertNewLayer(&document, LayerType::Linear, 0);
    CHECK(model.rowCount() == 3);
}

TEST_CASE("LayerTableModel emits dataChanged only for the rows that changed")
{
    Document document;
    loadNin(document);
    LayerTableModel model(&document);
    ChangedRange *changed = watchDataChanged(model);

    SECTION("a field of the last nin_block touches its rows and those after it")
    {
        setLayerField(&document, idAt(document, 7), "out_channels", std::int64_t{20});
        CHECK(changed->count == 1);
        CHECK(changed->top == model.rowForLayer(idAt(document, 7)));
        CHECK(changed->top > 1);
        CHECK(changed->bottom == model.rowCount() - 1); // the totals change too
        CHECK(cell(model, 17, ColumnOutput) == "20\u00d75\u00d75");
    }
    SECTION("a name touches its cell and the inputs cell of the layer that reads it")
    {
        renameLayer(&document, idAt(document, 5), QStringLiteral("third pool"));
        CHECK(changed->count == 1);
        CHECK(changed->top == 15);
        CHECK(changed->bottom == 16);
        CHECK(changed->left == ColumnName);
        CHECK(changed->right == layerTableColumn("inputs"));
        CHECK(cell(model, 16, layerTableColumn("inputs")) == "third pool");
    }
    SECTION("the batch touches only the two memory columns")
    {
        // The lecture model's activation memory and autograd's saved bytes, side by side.
        REQUIRE(layerTableColumn("saved_bytes") == ColumnMemory + 1);
        Document::Header header = document.header();
        header.settings.batch = 2;
        setHeader(&document, header, QStringLiteral("settings.batch"));
        CHECK(changed->count == 1);
        CHECK(changed->left == ColumnMemory);
        CHECK(changed->right == layerTableColumn("saved_bytes"));
        CHECK(changed->top == 0);
    }
    SECTION("an edit that changes nothing shown signals nothing")
    {
        setLayerField(&document, idAt(document, 6), "p", 0.25); // dropout's p: no count changes
        CHECK(changed->count == 0);
    }
    delete changed;
}

TEST_CASE("LayerTableModel shows an invalid nin_block without its conv rows")
{
    Document document;
    loadNin(document);
    LayerTableModel model(&document);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    setLayerField(&document, idAt(document, 0), "kernel", Pair::square(300));
    // Every nin_block after it is not computed either: none has conv rows.
    CHECK(model.rowCount() == 24 - 12);
    const QString error = model.data(model.index(1, ColumnOutput)).toString();
    CHECK(!error.isEmpty());
    CHECK(cell(model, 1, ColumnWeights).empty());
    CHECK(model.data(model.index(1, ColumnName), Qt::ToolTipRole)
              .toString()
              .startsWith(QStringLiteral("nin1: ")));
    CHECK(model.data(model.index(1, ColumnName), Qt::BackgroundRole).isValid());
    CHECK(cell(model, 2, ColumnName) == "pool1"); // not computed
    CHECK(model.data(model.index(2, ColumnName), Qt::ToolTipRole)
              .toString()
              .contains(QStringLiteral("not computed")));
    document.undoStack()->undo();
    CHECK(model.rowCount() == 24);
    CHECK(cell(model, 2, ColumnName) == "  \u2514 11\u00d711 conv");
}

TEST_CASE("LayerTableView shares the selection with the document")
{
    Document document;
    loadNin(document);
    LayerTableView view(&document);
    LayerTableModel *model = view.layerModel();

    view.selectRow(3); // a conv row of nin1
    CHECK(document.currentLayer() == idAt(document, 0));
    CHECK(view.currentIndex().row() == 3); // stays on the conv row

    document.setCurrentLayer(idAt(document, 3));
    CHECK(view.currentIndex().row() == model->rowForLayer(idAt(document, 3)));

    // The selection survives an edit elsewhere, and a removal above it.
    setLayerField(&document, idAt(document, 0), "stride", Pair::square(2));
    CHECK(view.currentIndex().row() == 10);
    removeLayer(&document, idAt(document, 1));
    CHECK(view.currentIndex().row() == 9);
    CHECK(document.currentLayer() == idAt(document, 2));

    view.selectRow(model->rowCount() - 1); // totals
    CHECK(document.currentLayer() == 0);
}

TEST_CASE("LayerTableView copies the selected rows with Ctrl+C")
{
    Document document;
    loadNin(document);
    LayerTableView view(&document);
    view.resize(1200, 400);
    view.show();
    view.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&view));
    view.setFocus();

    view.selectRow(1);
    view.selectionModel()->select(view.model()->index(5, 0),
                                  QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QApplication::clipboard()->clear();
    QTest::keyClick(&view, Qt::Key_C, Qt::ControlModifier);
    const QStringList lines
        = QApplication::clipboard()->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 3);
    CHECK(lines[0].startsWith(QStringLiteral("#\tName\tType\tInputs\tBlock\tOutput\tWeights")));
    CHECK(lines[0].split(QLatin1Char('\t')).size() == layerTableColumnCount());
    const QStringList nin1 = lines[1].split(QLatin1Char('\t'));
    REQUIRE(nin1.size() == layerTableColumnCount());
    CHECK(nin1[ColumnIndex] == QStringLiteral("0"));
    CHECK(nin1[ColumnName] == QStringLiteral("nin1"));
    CHECK(nin1[ColumnOutput] == QStringLiteral("96\u00d754\u00d754"));
    CHECK(lines[2].split(QLatin1Char('\t'))[ColumnName] == QStringLiteral("pool1"));
}

TEST_CASE("LayerTableModel heads each block's layers with a row of the block's subtotals")
{
    Document document;
    loadResNet(document);
    LayerTableModel model(&document);
    const Network &network = document.network();

    // The sums, from the analysis of the network, block by block in execution order.
    struct Sums
    {
        std::int64_t params = 0;
        std::int64_t macs = 0;
    };
    const Analysis analysis = analyze(network);
    REQUIRE(analysis.valid());
    std::vector<std::string> blocks;
    std::map<std::string, Sums> sums;
    for (const LayerReport &layer : analysis.layers) {
        REQUIRE(!layer.block.empty()); // every ResNet-18 layer is in a block
        if (blocks.empty() || blocks.back() != layer.block)
            blocks.push_back(layer.block);
        sums[layer.block].params += layer.params;
        sums[layer.block].macs += layer.macs;
    }
    REQUIRE(blocks.size() == 10);
    CHECK(model.rowCount() == 1 + 10 + static_cast<int>(network.layers.size()) + 1);

    int previous = 0;
    for (const std::string &block : blocks) {
        INFO(block);
        const QString name = QString::fromStdString(block);
        const int row = model.rowForBlock(name);
        REQUIRE(row > previous);
        CHECK(model.rowAt(row).kind == TableRow::Block);
        CHECK(cell(model, row, ColumnName) == block);
        CHECK(count(model, row, ColumnParams) == sums[block].params);
        CHECK(count(model, row, ColumnMacs) == sums[block].macs);
        CHECK(model.data(model.index(row, ColumnName), Qt::FontRole).value<QFont>().bold());
        // Its layers follow it, in execution order, each naming the block.
        const std::vector<LayerId> ids = layersInBlock(network, block);
        CHECK(model.layersAtRow(row) == ids);
        CHECK(model.layerAtRow(row) == ids.back());
        for (std::size_t i = 0; i < ids.size(); ++i) {
            const int layerRow = model.rowForLayer(ids[i]);
            CHECK(layerRow == row + 1 + static_cast<int>(i));
            CHECK(model.rowAt(layerRow).block == name);
        }
        previous = row + static_cast<int>(ids.size());
    }
    CHECK(cell(model, model.rowCount() - 1, ColumnParams) == "11,178,378");
    CHECK(model.rowForBlock(QStringLiteral("no such block")) == -1);
}

TEST_CASE("LayerTableModel follows block edits row by row")
{
    Document document;
    loadResNet(document);
    LayerTableModel model(&document);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    const int rows = model.rowCount();
    const QString residual = QStringLiteral("residual2_2");
    const std::vector<LayerId> ids = layersInBlock(document.network(), residual.toStdString());

    // Dissolving a block removes its row; its layers stay.
    CHECK(ungroupBlock(&document, residual).isEmpty());
    CHECK(removed.count() == 1);
    CHECK(model.rowCount() == rows - 1);
    CHECK(model.rowForBlock(residual) == -1);
    CHECK(model.rowAt(model.rowForLayer(ids.front())).block.isEmpty());
    CHECK(sameAsFresh(model, document));

    // Grouping them again inserts one row above them.
    CHECK(groupLayers(&document, ids).isEmpty());
    CHECK(inserted.count() == 1);
    const QString group = model.rowAt(model.rowForLayer(ids.front()) - 1).block;
    CHECK(group == QStringLiteral("block"));
    CHECK(model.rowForBlock(group) == model.rowForLayer(ids.front()) - 1);
    CHECK(sameAsFresh(model, document));

    // A layer inserted inside a block joins it; one inserted before a block's first layer
    // goes before the block's row.
    const std::vector<LayerId> third = layersInBlock(document.network(), "residual3_1");
    const int inside = document.network().indexOf(third[2]);
    insertNewLayer(&document, LayerType::ReLU, inside);
    CHECK(inserted.count() == 2);
    CHECK(model.rowAt(model.rowForLayer(document.currentLayer())).block
          == QStringLiteral("residual3_1"));
    CHECK(sameAsFresh(model, document));
    const int blockRow = model.rowForBlock(QStringLiteral("residual3_1"));
    insertNewLayer(&document, LayerType::Dropout, document.network().indexOf(third[0]));
    CHECK(inserted.count() == 3);
    CHECK(model.rowForLayer(document.currentLayer()) == blockRow);
    CHECK(model.rowAt(blockRow).block.isEmpty());
    CHECK(sameAsFresh(model, document));
    removeLayer(&document, document.currentLayer());
    CHECK(sameAsFresh(model, document));
    CHECK(resets.count() == 0);

    // A renamed block is a new skeleton: the model may reset, but ends up right.
    CHECK(renameBlock(&document, group, QStringLiteral("again")).isEmpty());
    CHECK(model.rowForBlock(QStringLiteral("again")) >= 0);
    CHECK(sameAsFresh(model, document));

    while (document.undoStack()->canUndo()) {
        document.undoStack()->undo();
        CHECK(sameAsFresh(model, document));
    }
    CHECK(model.rowCount() == rows);
    CHECK(model.rowForBlock(residual) >= 0);
    while (document.undoStack()->canRedo()) {
        document.undoStack()->redo();
        CHECK(sameAsFresh(model, document));
    }
}

TEST_CASE("LayerTableModel headers say what each column counts", "[table][help]")
{
    Document document;
    LayerTableModel model(&document);
    for (int c = 0; c < model.columnCount(); ++c) {
        INFO(model.headerData(c, Qt::Horizontal).toString().toStdString());
        CHECK_FALSE(model.headerData(c, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty());
    }
    const QString kept = model.headerData(ColumnActivations, Qt::Horizontal, Qt::ToolTipRole).toString();
    CHECK(kept.contains(QStringLiteral("backward pass")));
    CHECK(kept.contains(QStringLiteral("ReLU")));
}
