// The layer table as a widget on a network of blocks (ResNet-18): a block's rows fold under
// its row by the arrow, a double click or the keys; selection is shared with the document both
// ways, a block's row selecting all its layers; picking a layer of a block the canvas shows
// collapsed expands it there.

#include "block_edits.h"
#include "document.h"
#include "edits.h"
#include "io/network_reader.h"
#include "structure_edits.h"
#include "table/layer_table_model.h"
#include "table/layer_table_view.h"

#include "nin_document.h"

#include <catch2/catch.hpp>

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QStyle>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <algorithm>

using namespace cd;
using namespace cd::ui;

namespace {

void loadResNet(Document &document)
{
    io::ReadResult read
        = io::readNetworkFile(QStringLiteral(CONVDESIGNER_EXAMPLES "/resnet18.cnn.json"));
    REQUIRE(read.network.has_value());
    document.reset(std::move(*read.network), QStringLiteral("resnet18.cnn.json"));
}

std::vector<LayerId> layersOf(const Document &document, const char *block)
{
    const std::vector<LayerId> ids = layersInBlock(document.network(), block);
    REQUIRE(!ids.empty());
    return ids;
}

// Every layer row of `ids` is hidden (or shown, with `hidden` false).
bool rowsHidden(const LayerTableView &view, const std::vector<LayerId> &ids, bool hidden)
{
    return std::all_of(ids.begin(), ids.end(), [&](LayerId id) {
        return view.isRowHidden(view.layerModel()->rowForLayer(id)) == hidden;
    });
}

std::vector<LayerId> sorted(std::vector<LayerId> ids)
{
    std::sort(ids.begin(), ids.end());
    return ids;
}

void showTable(LayerTableView &view)
{
    view.resize(1200, 600);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
}

} // namespace

TEST_CASE("LayerTableView folds a block's rows under the block's row")
{
    Document document;
    loadResNet(document);
    LayerTableView view(&document);
    showTable(view);
    LayerTableModel *model = view.layerModel();
    const QString block = QStringLiteral("residual2_1");
    const std::vector<LayerId> ids = layersOf(document, "residual2_1");
    const int blockRow = model->rowForBlock(block);
    REQUIRE(blockRow > 0);
    CHECK(!view.isBlockFolded(block));
    CHECK(rowsHidden(view, ids, false));

    SECTION("by the arrow, which selects nothing")
    {
        document.setCurrentLayer(layersOf(document, "b1").front());
        view.scrollTo(model->index(blockRow, 0));
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {},
                          view.foldArrowRect(blockRow).center());
        CHECK(view.isBlockFolded(block));
        CHECK(rowsHidden(view, ids, true));
        CHECK(!view.isRowHidden(blockRow));
        CHECK(rowsHidden(view, layersOf(document, "residual2_2"), false));
        CHECK(document.currentLayer() == layersOf(document, "b1").front());
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {},
                          view.foldArrowRect(blockRow).center());
        CHECK(!view.isBlockFolded(block));
        CHECK(rowsHidden(view, ids, false));
    }
    SECTION("by a double click on the block's row")
    {
        const QRect cell = view.visualRect(model->index(blockRow, layerTableColumn("macs")));
        QTest::mouseDClick(view.viewport(), Qt::LeftButton, {}, cell.center());
        CHECK(view.isBlockFolded(block));
        CHECK(rowsHidden(view, ids, true));
    }
    SECTION("by the keys of a tree on the block's row")
    {
        view.setFocus();
        view.selectRow(blockRow);
        QTest::keyClick(&view, Qt::Key_Left);
        CHECK(view.isBlockFolded(block));
        QTest::keyClick(&view, Qt::Key_Right);
        CHECK(!view.isBlockFolded(block));
    }
    SECTION("and keeps it folded through edits")
    {
        view.setBlockFolded(block, true);
        insertNewLayer(&document, LayerType::ReLU, document.network().indexOf(ids[2]));
        const LayerId added = document.currentLayer();
        CHECK(model->rowAt(model->rowForLayer(added)).block == block);
        // The new layer is current, so the table shows it: its block unfolds.
        CHECK(!view.isBlockFolded(block));
        view.setBlockFolded(block, true);
        removeLayer(&document, added);
        // The layer after it is current now, and shown: its block unfolds.
        CHECK(document.currentLayer() == ids[2]);
        CHECK(!view.isBlockFolded(block));
        view.setBlockFolded(block, true);
        // Undone, the layer comes back current: shown again, its block unfolded.
        document.undoStack()->undo();
        CHECK(document.currentLayer() == added);
        CHECK(!view.isBlockFolded(block));

        // Rows that come and go elsewhere, and edits inside, keep the folded rows hidden.
        view.setBlockFolded(block, true);
        const std::vector<LayerId> first = layersOf(document, "b1");
        document.setCurrentLayer(first[0]);
        removeLayer(&document, first[1]);
        setLayerField(&document, ids[0], "out_channels", std::int64_t{32});
        CHECK(view.isBlockFolded(block));
        CHECK(rowsHidden(view, ids, true));
        CHECK(!view.isRowHidden(model->rowForBlock(block)));
        document.undoStack()->undo();
        document.undoStack()->undo();
        CHECK(rowsHidden(view, ids, true));
        CHECK(rowsHidden(view, layersOf(document, "b1"), false));
    }
}

TEST_CASE("LayerTableView shares a selection of layers and blocks with the document")
{
    Document document;
    loadResNet(document);
    LayerTableView view(&document);
    LayerTableModel *model = view.layerModel();
    const std::vector<LayerId> ids = layersOf(document, "residual3_1");
    const int blockRow = model->rowForBlock(QStringLiteral("residual3_1"));

    SECTION("a block's row selects all its layers, the last one current")
    {
        view.selectRow(blockRow);
        CHECK(sorted(document.selection()) == sorted(ids));
        CHECK(document.currentLayer() == ids.back());
        CHECK(view.currentIndex().row() == blockRow); // stays on the block's row
    }
    SECTION("several rows select several layers")
    {
        const std::vector<LayerId> other = layersOf(document, "residual4_1");
        view.selectRow(model->rowForLayer(ids[1]));
        view.selectionModel()->select(model->index(model->rowForLayer(other[0]), 0),
                                      QItemSelectionModel::Select | QItemSelectionModel::Rows);
        CHECK(sorted(document.selection()) == sorted({ids[1], other[0]}));
    }
    SECTION("the document's selection selects the layers' rows")
    {
        document.setSelection({ids[0], ids[3]}, ids[3]);
        QItemSelectionModel *selection = view.selectionModel();
        CHECK(selection->isRowSelected(model->rowForLayer(ids[0])));
        CHECK(selection->isRowSelected(model->rowForLayer(ids[3])));
        CHECK(!selection->isRowSelected(model->rowForLayer(ids[1])));
        CHECK(!selection->isRowSelected(blockRow));
        CHECK(view.currentIndex().row() == model->rowForLayer(ids[3]));

        // All of a block is its row too; folded in the table, the block's row is current.
        view.setBlockFolded(QStringLiteral("residual3_1"), true);
        document.setSelection(ids, ids.back());
        CHECK(selection->isRowSelected(blockRow));
        CHECK(selection->isRowSelected(model->rowForLayer(ids[1])));
        CHECK(view.currentIndex().row() == blockRow);
        CHECK(view.isBlockFolded(QStringLiteral("residual3_1")));

        // One layer of a folded block unfolds it, to show the layer.
        document.setCurrentLayer(ids[2]);
        CHECK(!view.isBlockFolded(QStringLiteral("residual3_1")));
        CHECK(view.currentIndex().row() == model->rowForLayer(ids[2]));
        CHECK(!view.isRowHidden(model->rowForLayer(ids[2])));
        CHECK(selection->selectedRows().size() == 1);
    }
    SECTION("the selection survives an edit that resets the rows")
    {
        document.setCurrentLayer(ids[1]);
        QSignalSpy resets(model, &QAbstractItemModel::modelReset);
        CHECK(renameBlock(&document, QStringLiteral("residual3_1"), QStringLiteral("renamed"))
                  .isEmpty());
        CHECK(resets.count() == 1); // a new name is a new skeleton
        CHECK(view.selectionModel()->isRowSelected(model->rowForLayer(ids[1])));
        CHECK(view.currentIndex().row() == model->rowForLayer(ids[1]));
        CHECK(document.currentLayer() == ids[1]);
    }
}

TEST_CASE("LayerTableView expands the canvas block of a layer picked in the table")
{
    Document document;
    loadResNet(document);
    LayerTableView view(&document);
    LayerTableModel *model = view.layerModel();
    const QString block = QStringLiteral("residual4_2");
    const std::vector<LayerId> ids = layersOf(document, "residual4_2");
    document.setBlockCollapsed(block, true);

    // The block's row selects the block, which the canvas can show collapsed.
    view.selectRow(model->rowForBlock(block));
    CHECK(document.currentLayer() == ids.back());
    CHECK(document.isBlockCollapsed(block));

    // One of its layers must be seen: the canvas expands the block.
    view.selectRow(model->rowForLayer(ids[1]));
    CHECK(document.currentLayer() == ids[1]);
    CHECK(document.selection() == std::vector<LayerId>{ids[1]});
    CHECK(!document.isBlockCollapsed(block));
    CHECK(document.isBlockCollapsed(QStringLiteral("residual4_1")) == false);
}

namespace {

void setInput(Document &document, std::int64_t side)
{
    Document::Header header = document.header();
    header.input.height = side;
    header.input.width = side;
    setHeader(&document, header, QStringLiteral("input"));
}

// Each column at least as wide as every cell's text in the font it is drawn in (the totals
// row's bold) plus the item's margins, and as its title; a failed row's spanning message aside.
void checkNothingElided(const LayerTableView &view)
{
    const LayerTableModel &model = *view.layerModel();
    const int margin = 2 * (view.style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, &view) + 1);
    const int headerMargin = 2 * view.style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, &view);
    const QFontMetrics headerMetrics(view.horizontalHeader()->font());
    for (int c = 0; c < model.columnCount(); ++c) {
        const QString title = model.headerData(c, Qt::Horizontal).toString();
        INFO("column " << title.toStdString());
        CHECK(view.columnWidth(c) >= headerMetrics.horizontalAdvance(title) + headerMargin);
        for (int r = 0; r < model.rowCount(); ++r) {
            if (view.columnSpan(r, c) > 1 || view.rowSpan(r, c) > 1)
                continue;
            const QModelIndex index = model.index(r, c);
            const QString text = index.data().toString();
            const QVariant fontData = index.data(Qt::FontRole);
            const QFont font = fontData.isValid() ? qvariant_cast<QFont>(fontData).resolve(view.font())
                                                  : view.font();
            INFO("row " << r << ": " << text.toStdString());
            CHECK(view.columnWidth(c) >= QFontMetrics(font).horizontalAdvance(text) + margin);
        }
    }
}

} // namespace

TEST_CASE("LayerTableView sizes its columns to their widest number, after every change",
          "[layer_table_view][issue10]")
{
    Document document;
    loadNin(document);
    LayerTableView view(&document);
    showTable(view);
    const int macs = layerTableColumn("macs");
    const int totals = view.layerModel()->rowCount() - 1;
    REQUIRE(view.layerModel()->rowAt(totals).kind == TableRow::Totals);

    // 4096 / 224 ≈ 18.3 times the side: some 334 times the MACs, past 10^11 in total.
    setInput(document, 4096);
    const QString total4096 = view.layerModel()->index(totals, macs).data().toString();
    CHECK(total4096.size() >= QStringLiteral("100,000,000,000").size());
    checkNothingElided(view);
    const int width4096 = view.columnWidth(macs);

    // Four times the side again: sixteen times the MACs, a digit or two more.
    setInput(document, 16384);
    const QString total16384 = view.layerModel()->index(totals, macs).data().toString();
    CHECK(total16384.size() > total4096.size());
    checkNothingElided(view);
    CHECK(view.columnWidth(macs) > width4096);
}

TEST_CASE("LayerTableView Ctrl+End goes to the last layer, not to the totals row",
          "[layer_table_view][issue10]")
{
    Document document;
    loadNin(document);
    LayerTableView view(&document);
    showTable(view);
    const LayerId middle = document.network().layers.at(3).id;
    document.setCurrentLayer(middle);
    view.setFocus();
    QTest::keyClick(&view, Qt::Key_End, Qt::ControlModifier);
    const LayerId last = document.network().layers.back().id;
    CHECK(document.currentLayer() == last);
    CHECK(view.layerModel()->rowAt(view.currentIndex().row()).kind != TableRow::Totals);
    // Down from the last layer stays there: the totals row is no layer.
    QTest::keyClick(&view, Qt::Key_Down);
    CHECK(document.currentLayer() == last);
}
