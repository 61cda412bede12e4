// View ▸ Zoom acts on the view that is shown, and the visualiser can sit beside the canvas:
// with the Layer View in front, Zoom In used to zoom the hidden network canvas.

#include "canvas/canvas_view.h"
#include "centre_views.h"
#include "document.h"
#include "main_window.h"
#include "visualiser/grid_canvas.h"
#include "visualiser/layer_view.h"
#include "visualiser/network_view.h"

#include "named_action.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QTest>

using namespace cd;
using namespace cd::ui;

namespace {

const QString ninResource = QStringLiteral(":/examples/nin.cnn.json");


// A shown window on NiN with nin1 current, so that the layer view has its grids.
struct NinWindow
{
    MainWindow window;
    NinWindow()
    {
        window.openExample(ninResource);
        window.document()->setCurrentLayer(window.document()->network().layers.front().id);
        window.resize(1400, 900);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        // Focus moves only in the active window; the zoom follows the focus.
        window.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&window));
    }
};

} // namespace

TEST_CASE("the zoom actions act on the view that is shown", "[zoom]")
{
    NinWindow nin;
    MainWindow &window = nin.window;
    CanvasView *canvas = window.findChild<CanvasView *>();
    REQUIRE(canvas != nullptr);
    const QTransform canvasBefore = canvas->transform();

    SECTION("Layer View in front: its cells grow, the canvas stays")
    {
        window.centreViews()->showView(window.layerView());
        const qreal cell = window.layerView()->canvas()->cellSize();
        namedAction(window, "zoomInAction")->trigger();
        CHECK(window.layerView()->canvas()->cellSize() > cell);
        CHECK(canvas->transform() == canvasBefore);
        namedAction(window, "zoomToFitAction")->trigger();
        CHECK(window.layerView()->canvas()->isFitting());
        namedAction(window, "actualSizeAction")->trigger();
        CHECK(window.layerView()->canvas()->cellSize() == GridCanvas::naturalCellSize);
        CHECK(canvas->transform() == canvasBefore);
    }
    SECTION("Input Coverage in front: its zoom grows, the canvas stays")
    {
        window.centreViews()->showView(window.networkView());
        const qreal zoom = window.networkView()->zoom();
        namedAction(window, "zoomInAction")->trigger();
        CHECK(window.networkView()->zoom() > zoom);
        CHECK(canvas->transform() == canvasBefore);
        namedAction(window, "actualSizeAction")->trigger(); // 224 px fits: the fit is larger
        CHECK(window.networkView()->zoom() == Approx(zoom));
    }
    SECTION("Network in front: the canvas zooms")
    {
        const qreal cell = window.layerView()->canvas()->cellSize();
        namedAction(window, "zoomInAction")->trigger();
        CHECK(canvas->zoom() > canvasBefore.m11());
        CHECK(window.layerView()->canvas()->cellSize() == cell);
    }
}

TEST_CASE("side by side, the visualiser shows beside the canvas and the zoom follows focus",
          "[zoom][layout]")
{
    NinWindow nin;
    MainWindow &window = nin.window;
    CentreViews *centre = window.centreViews();
    CanvasView *canvas = window.findChild<CanvasView *>();
    QAction *beside = namedAction(window, "sideBySideAction");
    CHECK_FALSE(beside->isChecked());
    CHECK_FALSE(centre->isShown(window.layerView())); // tabs: the canvas is in front

    beside->trigger();
    CHECK(centre->isSideBySide());
    CHECK(centre->isShown(canvas));
    CHECK(centre->isShown(window.layerView()));
    CHECK(window.layerView()->isVisible());
    CHECK(canvas->isVisible());
    CHECK(centre->sizes().at(1) > 300); // a usable half, not a sliver

    // The view last clicked is the one the keys zoom.
    const qreal cell = window.layerView()->canvas()->cellSize();
    const QTransform canvasBefore = canvas->transform();
    window.layerView()->canvas()->setFocus();
    namedAction(window, "zoomInAction")->trigger();
    CHECK(window.layerView()->canvas()->cellSize() > cell);
    CHECK(canvas->transform() == canvasBefore);
    canvas->setFocus();
    namedAction(window, "zoomInAction")->trigger();
    CHECK(canvas->zoom() > canvasBefore.m11());

    // The choice is kept with the layout, and refused layouts leave the tabs.
    const QByteArray layout = centre->saveLayout();
    {
        MainWindow other;
        CHECK_FALSE(other.centreViews()->isSideBySide());
        CHECK(other.centreViews()->restoreLayout(layout));
        CHECK(other.centreViews()->isSideBySide());
        CHECK(namedAction(other, "sideBySideAction")->isChecked());
        MainWindow third;
        CHECK_FALSE(third.centreViews()->restoreLayout(QByteArray("not a layout")));
        CHECK_FALSE(third.centreViews()->isSideBySide());
    }

    beside->trigger();
    CHECK_FALSE(centre->isSideBySide());
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("mainViews"));
    REQUIRE(tabs != nullptr);
    CHECK(tabs->count() == 3);
    CHECK(centre->isShown(canvas));
}
