// What a first-time user tripped over in the main window (issue 10): Delete keeps their place
// in the network, and a value a spin box refuses is explained in the status bar.

#include "document.h"
#include "main_window.h"
#include "table/layer_table_model.h"
#include "table/layer_table_view.h"
#include "visualiser/layer_view.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QApplication>
#include <QSpinBox>
#include <QStatusBar>
#include <QTest>

using namespace cd;
using namespace cd::ui;

namespace {

const QString ninResource = QStringLiteral(":/examples/nin.cnn.json");

QAction *deleteAction(const MainWindow &window)
{
    auto *action = window.findChild<QAction *>(QStringLiteral("deleteAction"));
    REQUIRE(action != nullptr);
    return action;
}

// The table shows the current layer's row, scrolled into view.
void checkTableShows(const MainWindow &window, LayerId id)
{
    auto *table = window.findChild<LayerTableView *>();
    REQUIRE(table != nullptr);
    const int row = table->layerModel()->rowForLayer(id);
    REQUIRE(row >= 0);
    CHECK(table->currentIndex().row() == row);
    CHECK(table->viewport()->rect().intersects(
        table->visualRect(table->layerModel()->index(row, 0))));
}

} // namespace

TEST_CASE("Delete selects the layer that followed, or the one before at the end",
          "[main_window][issue10]")
{
    MainWindow window;
    window.resize(1400, 900);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.openExample(ninResource);
    Document *document = window.document();
    const std::vector<Layer> layers = document->network().layers; // nin1 … flatten

    SECTION("in the middle, twice")
    {
        document->setCurrentLayer(layers.at(3).id); // pool2
        deleteAction(window)->trigger();
        CHECK(document->network().indexOf(layers.at(3).id) < 0);
        CHECK(document->currentLayer() == layers.at(4).id); // nin3
        checkTableShows(window, layers.at(4).id);
        deleteAction(window)->trigger();
        CHECK(document->network().indexOf(layers.at(4).id) < 0);
        CHECK(document->currentLayer() == layers.at(5).id); // pool3
        CHECK(document->network().layers.size() == layers.size() - 2);
    }
    SECTION("at the end")
    {
        document->setCurrentLayer(layers.back().id); // flatten
        deleteAction(window)->trigger();
        CHECK(document->currentLayer() == layers.at(layers.size() - 2).id); // gap
    }
    SECTION("several selected: the layer after the last of them")
    {
        document->setSelection({layers.at(1).id, layers.at(2).id}, layers.at(2).id);
        deleteAction(window)->trigger();
        CHECK(document->network().layers.size() == layers.size() - 2);
        CHECK(document->currentLayer() == layers.at(3).id); // pool2
    }
}

TEST_CASE("a value out of a spin box's range is refused with the range in the status bar",
          "[main_window][issue10]")
{
    MainWindow window;
    window.resize(1400, 900);
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    window.openExample(ninResource);
    Document *document = window.document();
    const LayerId nin1 = document->network().layers.front().id;
    document->setCurrentLayer(nin1);
    auto *stride = window.findChild<QSpinBox *>(QStringLiteral("stride.height"));
    REQUIRE(stride != nullptr);
    REQUIRE(stride->value() == 4);

    stride->setFocus();
    stride->selectAll();
    QTest::keyClicks(stride, QStringLiteral("0"));
    QTest::keyClick(stride, Qt::Key_Tab);
    CHECK(stride->value() == 4);
    CHECK(std::get<NinBlock>(document->network().layers.front().kind).stride == Pair{4, 4});
    const QString message = window.statusBar()->currentMessage();
    INFO(message.toStdString());
    CHECK(message.contains(QStringLiteral("stride height")));
    CHECK(message.contains(QStringLiteral("0 is out of range")));
    CHECK(message.contains(QStringLiteral("at least 1")));
}

TEST_CASE("a nin_block's 1x1 row in the table shows that convolution in the Layer View",
          "[main_window][issue10]")
{
    MainWindow window;
    window.openExample(ninResource);
    Document *document = window.document();
    auto *table = window.findChild<LayerTableView *>();
    REQUIRE(table != nullptr);
    const LayerId nin1 = document->network().layers.front().id;
    const int blockRow = table->layerModel()->rowForLayer(nin1);
    // The block's row, then its 11×11, 1×1 and 1×1 convolutions.
    const int secondConv = blockRow + 2;
    REQUIRE(table->layerModel()->rowAt(secondConv).kind == TableRow::Conv);

    // Clicked while another layer is current: Qt makes the row current before it selects it.
    window.resize(1400, 900);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    document->setCurrentLayer(document->network().layers.at(1).id);
    const QModelIndex cell = table->layerModel()->index(secondConv, 0);
    table->scrollTo(cell);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(cell).center());
    CHECK(document->currentLayer() == nin1);
    CHECK(window.layerView()->blockConv() == 1);
    CHECK(window.layerView()->grid() == nullptr);
    CHECK(window.layerView()->heading().contains(QStringLiteral("conv 2 of 3")));
    CHECK(window.layerView()->statement().contains(QStringLiteral("discards nothing")));

    // The block's first convolution is the block's windows again.
    table->setCurrentIndex(table->layerModel()->index(blockRow + 1, 0));
    CHECK(window.layerView()->blockConv() == 0);
    CHECK(window.layerView()->grid() != nullptr);
    // Another layer, picked elsewhere, forgets the convolution.
    table->setCurrentIndex(table->layerModel()->index(secondConv, 0));
    document->setCurrentLayer(document->network().layers.at(1).id);
    document->setCurrentLayer(nin1);
    CHECK(window.layerView()->blockConv() == 0);
}
