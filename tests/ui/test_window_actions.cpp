// The window's actions as a first-time user meets them: Export Picture only where there is a
// picture, the redo and save-as keys users bring from elsewhere, and a layer's right-click
// menu on the canvas and in the table.

#include "canvas/canvas_scene.h"
#include "canvas/canvas_view.h"
#include "centre_views.h"
#include "document.h"
#include "edits.h"
#include "main_window.h"
#include "table/layer_table_model.h"
#include "table/layer_table_view.h"
#include "visualiser/layer_view.h"
#include "visualiser/network_view.h"

#include "named_action.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QMenu>
#include <QUndoStack>

#include <memory>

using namespace cd;
using namespace cd::ui;

namespace {

const QString ninResource = QStringLiteral(":/examples/nin.cnn.json");


LayerId layerAt(const Document &document, int index)
{
    return document.network().layers[static_cast<std::size_t>(index)].id;
}

// NiN: 0 nin1, 1 pool1, …, 6 dropout, 7 nin4, 8 gap, 9 flatten.
constexpr int nin1 = 0;
constexpr int pool1 = 1;
constexpr int dropout = 6;

} // namespace

TEST_CASE("Export Picture is enabled only where the view shows a picture", "[actions]")
{
    MainWindow window;
    window.openExample(ninResource);
    Document *document = window.document();
    QAction *layerPng = namedAction(window, "exportLayerViewPng");
    QAction *layerSvg = namedAction(window, "exportLayerViewSvg");
    QAction *coveragePng = namedAction(window, "exportCoveragePng");
    QAction *coverageSvg = namedAction(window, "exportCoverageSvg");

    // The input is current: the layer view shows "Select a convolution…".
    CHECK_FALSE(layerPng->isEnabled());
    CHECK_FALSE(layerSvg->isEnabled());
    CHECK(coveragePng->isEnabled());
    CHECK(coverageSvg->isEnabled());

    document->setCurrentLayer(layerAt(*document, dropout));
    CHECK_FALSE(layerPng->isEnabled());
    document->setCurrentLayer(layerAt(*document, nin1));
    CHECK(layerPng->isEnabled());
    CHECK(layerSvg->isEnabled());
    document->setCurrentLayer(layerAt(*document, dropout));
    CHECK_FALSE(layerSvg->isEnabled());
    document->setCurrentLayer(layerAt(*document, pool1));
    CHECK(layerSvg->isEnabled());

    // An input too small for the 11×11 kernel: the network is invalid, no coverage to show.
    Document::Header header = document->header();
    header.input.height = 4;
    header.input.width = 4;
    setHeader(document, header, QStringLiteral("input.height"));
    CHECK_FALSE(coveragePng->isEnabled());
    CHECK_FALSE(coverageSvg->isEnabled());
    CHECK_FALSE(layerPng->isEnabled()); // pool1 has no valid input now
    document->undoStack()->undo();
    CHECK(coveragePng->isEnabled());
    CHECK(layerPng->isEnabled());
}

TEST_CASE("Ctrl+Y redoes and Ctrl+Shift+S saves as", "[actions]")
{
    MainWindow window;
    QAction *redo = namedAction(window, "redoAction");
    CHECK(redo->shortcuts().contains(QKeySequence(QStringLiteral("Ctrl+Y"))));
    for (const QKeySequence &platform : QKeySequence::keyBindings(QKeySequence::Redo))
        CHECK(redo->shortcuts().contains(platform));
    QAction *saveAs = namedAction(window, "saveAsAction");
    CHECK(saveAs->shortcuts().contains(QKeySequence(QStringLiteral("Ctrl+Shift+S"))));
    for (const QKeySequence &platform : QKeySequence::keyBindings(QKeySequence::SaveAs))
        CHECK(saveAs->shortcuts().contains(platform));
}

TEST_CASE("a layer's right-click menu duplicates, deletes and shows it", "[actions][menu]")
{
    MainWindow window;
    window.openExample(ninResource);
    Document *document = window.document();
    const LayerId conv = layerAt(*document, nin1);
    const std::size_t count = document->network().layers.size();

    SECTION("no menu for the input")
    {
        CHECK(window.createLayerMenu(0, &window) == nullptr);
    }
    SECTION("Duplicate adds a copy after it")
    {
        std::unique_ptr<QMenu> menu(window.createLayerMenu(conv, &window));
        REQUIRE(menu != nullptr);
        namedAction(*menu, "duplicateLayer")->trigger();
        REQUIRE(document->network().layers.size() == count + 1);
        CHECK(document->network().layers[1].kind == document->network().layers[0].kind);
        CHECK(document->network().layers[1].id != conv);
    }
    SECTION("Delete removes it, one undo step")
    {
        const LayerId removed = layerAt(*document, dropout);
        std::unique_ptr<QMenu> menu(window.createLayerMenu(removed, &window));
        REQUIRE(menu != nullptr);
        namedAction(*menu, "deleteLayer")->trigger();
        CHECK(document->network().layers.size() == count - 1);
        CHECK(document->network().indexOf(removed) < 0);
        document->undoStack()->undo();
        CHECK(document->network().layers.size() == count);
    }
    SECTION("Show in Layer View selects a conv and brings the view to front")
    {
        std::unique_ptr<QMenu> menu(window.createLayerMenu(conv, &window));
        QAction *show = namedAction(*menu, "showInLayerView");
        CHECK(show->isEnabled());
        CHECK(namedAction(*menu, "exportLayerPicture")->isEnabled());
        show->trigger();
        CHECK(document->currentLayer() == conv);
        CHECK(window.centreViews()->isShown(window.layerView()));
        CHECK(window.layerView()->layer() == conv);
    }
    SECTION("a dropout has nothing to show in the layer view")
    {
        std::unique_ptr<QMenu> menu(window.createLayerMenu(layerAt(*document, dropout), &window));
        CHECK_FALSE(namedAction(*menu, "showInLayerView")->isEnabled());
        CHECK_FALSE(namedAction(*menu, "exportLayerPicture")->isEnabled());
        CHECK(namedAction(*menu, "duplicateLayer")->isEnabled());
    }
    SECTION("the canvas and the table ask the window for that menu")
    {
        auto *scene = window.findChild<CanvasView *>()->canvasScene();
        std::unique_ptr<QMenu> fromCanvas(scene->createLayerMenu(conv, &window));
        REQUIRE(fromCanvas != nullptr);
        namedAction(*fromCanvas, "showInLayerView")->trigger();
        CHECK(window.layerView()->layer() == conv);

        auto *table = window.findChild<LayerTableView *>();
        const int row = table->layerModel()->rowForLayer(layerAt(*document, pool1));
        std::unique_ptr<QMenu> fromTable(table->contextMenuFor(row));
        namedAction(*fromTable, "deleteLayer")->trigger();
        CHECK(document->network().layers.size() == count - 1);
        CHECK(fromTable->actions().last()->objectName() == QStringLiteral("copyRows"));
        // The totals row is no layer: only Copy rows.
        std::unique_ptr<QMenu> totals(table->contextMenuFor(table->model()->rowCount() - 1));
        CHECK(totals->actions().size() == 1);
    }
}
