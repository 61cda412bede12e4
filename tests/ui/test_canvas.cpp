// The canvas on chains: a chain is still the column it always was, blocks follow the document
// incrementally, drops from the palette insert where they land, dragging a block onto an edge
// moves it as one undo step, and the selection is shared. test_graph_canvas.cpp has branches.

#include "canvas/canvas_layout.h"
#include "canvas/canvas_scene.h"
#include "canvas/canvas_view.h"
#include "canvas/connector_item.h"
#include "canvas/insertion_marker_item.h"
#include "canvas/layer_block_item.h"
#include "canvas_mouse.h"
#include "document.h"
#include "edits.h"
#include "io/network_reader.h"
#include "palette/layer_mime.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QDragEnterEvent>
#include <QMimeData>
#include <QTest>
#include <QUndoStack>

#include <memory>
#include <vector>

using namespace cd;
using namespace cd::ui;
using namespace cd::ui::test;

namespace {

Network readExample(const char *file)
{
    io::ReadResult read
        = io::readNetworkFile(QStringLiteral(CONVDESIGNER_EXAMPLES "/") + QString::fromUtf8(file));
    REQUIRE(read.network);
    return std::move(*read.network);
}

// A view of the NiN example, shown, at the size of the screenshot.
struct NinCanvas
{
    Document document;
    CanvasView view{&document};
    CanvasScene *scene = view.canvasScene();

    NinCanvas()
    {
        document.reset(readExample("nin.cnn.json"), QString());
        view.resize(900, 900);
        view.show();
        REQUIRE(QTest::qWaitForWindowExposed(&view));
    }

    LayerId idAt(int index) const
    {
        return document.network().layers[static_cast<std::size_t>(index)].id;
    }
    LayerBlockItem *blockAt(int index) const { return scene->blockFor(idAt(index)); }
    // The edge out of layer `index` (-1: the input) into the next, or the output connector.
    ConnectorItem *edgeBelow(int index) const
    {
        const int count = static_cast<int>(document.network().layers.size());
        if (index + 1 >= count)
            return scene->outputConnector();
        return scene->edge(index < 0 ? 0 : idAt(index), idAt(index + 1));
    }
    QPoint viewportPoint(QPointF scenePos) const { return view.mapFromScene(scenePos); }
};

std::vector<LayerId> idsOf(const Network &network)
{
    std::vector<LayerId> ids;
    for (const Layer &layer : network.layers)
        ids.push_back(layer.id);
    return ids;
}

// The middle of the edge that enters layer `index` of a chain (the output connector for the
// layer count): where a layer dropped to land at `index` goes.
constexpr qreal gapY(int index)
{
    return canvas::rowTop(index) + canvas::blockHeight + canvas::connectorLength / 2;
}

// A long chain: 500 pairs of 3×3 conv (padding 1, so the shape never changes) and ReLU.
Network longChain(int layers)
{
    Network network;
    network.input = InputShape{16, 32, 32};
    for (int i = 0; i < layers; ++i) {
        if (i % 2 == 0) {
            Conv2d conv;
            conv.outChannels = 16;
            conv.padding = Pair::square(1);
            network.append(conv);
        } else {
            network.append(ReLU{});
        }
    }
    return network;
}

} // namespace

TEST_CASE("the canvas draws the input and one block per layer with summary and shapes", "[canvas]")
{
    NinCanvas canvas;
    CHECK(canvas.scene->inputBlock()->title() == QStringLiteral("input"));
    CHECK(canvas.scene->inputBlock()->summary() == QStringLiteral("1\u00d7224\u00d7224"));
    CHECK(canvas.edgeBelow(-1)->text() == QStringLiteral("1\u00d7224\u00d7224"));
    for (int i = 0; i < 10; ++i) {
        LayerBlockItem *block = canvas.blockAt(i);
        REQUIRE(block != nullptr);
        CHECK(block->pos() == QPointF(0, canvas::rowTop(i + 1)));
        CHECK(block->status() == LayerStatus::Ok);
    }
    LayerBlockItem *nin1 = canvas.blockAt(0);
    CHECK(nin1->title() == QStringLiteral("nin1"));
    CHECK(nin1->summary() == QStringLiteral("NiN 11\u00d711 /4, 96"));
    CHECK(canvas.edgeBelow(0)->text() == QStringLiteral("96\u00d754\u00d754"));
    CHECK(canvas.edgeBelow(9) == canvas.scene->outputConnector());
    CHECK(canvas.edgeBelow(9)->text() == QStringLiteral("10"));
}

TEST_CASE("a layer that discards pixels carries a lost badge", "[canvas]")
{
    NinCanvas canvas;
    CHECK(canvas.blockAt(0)->badgeText() == QStringLiteral("1 row, 1 col lost"));
    CHECK(canvas.blockAt(2)->badgeText().isEmpty());
    CHECK(canvas.blockAt(0)->toolTip().contains(QStringLiteral("row 223, col 223")));
}

TEST_CASE("dropping a palette type on the canvas inserts that layer where it lands", "[canvas]")
{
    NinCanvas canvas;
    const auto index = GENERATE(0, 3, 10);
    const LayerType type = GENERATE(LayerType::Conv2d, LayerType::MaxPool2d, LayerType::Linear);
    CAPTURE(index, static_cast<int>(type));
    const QPoint at = canvas.viewportPoint(QPointF(canvas::blockWidth / 2, gapY(index)));
    std::unique_ptr<QMimeData> mime(encodeLayerMime(type));
    QWidget *viewport = canvas.view.viewport();

    QDragEnterEvent enter(at, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &enter);
    CHECK(enter.isAccepted());
    QDragMoveEvent move(at, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &move);
    CHECK(move.isAccepted());
    CHECK(canvas.scene->insertionMarker()->isVisible());
    CHECK(canvas.scene->insertionMarker()->pos().y() == Approx(gapY(index)).margin(3));

    QDropEvent drop(QPointF(at), Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &drop);
    CHECK(drop.isAccepted());
    CHECK_FALSE(canvas.scene->insertionMarker()->isVisible());

    REQUIRE(canvas.document.network().layers.size() == 11);
    CHECK(layerType(canvas.document.network().layers[static_cast<std::size_t>(index)].kind)
          == type);
    CHECK(canvas.document.undoStack()->count() == 1);
    // The new layer has its block, in place, and is selected.
    LayerBlockItem *block = canvas.blockAt(index);
    REQUIRE(block != nullptr);
    CHECK(block->pos().y() == canvas::rowTop(index + 1));
    CHECK(block->isCurrent());
    CHECK(canvas.document.currentLayer() == canvas.idAt(index));
}

TEST_CASE("a drag of foreign data is refused and leaves the network alone", "[canvas]")
{
    NinCanvas canvas;
    QMimeData mime;
    mime.setText(QStringLiteral("conv2d"));
    const QPoint at = canvas.viewportPoint(QPointF(canvas::blockWidth / 2, gapY(2)));
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(canvas.view.viewport(), &enter);
    CHECK_FALSE(enter.isAccepted());
    CHECK_FALSE(canvas.scene->insertionMarker()->isVisible());
    QDropEvent drop(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(canvas.view.viewport(), &drop);
    CHECK(canvas.document.network().layers.size() == 10);
    CHECK(canvas.document.undoStack()->count() == 0);
}

TEST_CASE("dragging a block onto an edge moves the layer as one undo step", "[canvas]")
{
    NinCanvas canvas;
    const std::vector<LayerId> before = idsOf(canvas.document.network());
    LayerBlockItem *moved = canvas.blockAt(0);
    QWidget *viewport = canvas.view.viewport();

    // nin1 from the top into the gap between pool2 (3) and nin3 (4): it becomes index 3.
    const QPoint from = canvas.viewportPoint(moved->sceneBoundingRect().center());
    const QPoint to = canvas.viewportPoint(QPointF(canvas::blockWidth / 2, gapY(4)));
    dragMouse(viewport, from, to);
    CHECK(canvas.scene->isMovingBlock());
    CHECK(canvas.scene->insertionMarker()->isVisible());
    CHECK(canvas.edgeBelow(3)->emphasis() == ConnectorItem::Emphasis::DropTarget);
    CHECK(moved->isLifted());
    CHECK(canvas.document.network().layers[0].id == before[0]); // nothing moves before release
    release(viewport, to);

    CHECK_FALSE(canvas.scene->isMovingBlock());
    CHECK_FALSE(canvas.scene->insertionMarker()->isVisible());
    const std::vector<LayerId> expected = {before[1], before[2], before[3], before[0], before[4],
                                           before[5], before[6], before[7], before[8], before[9]};
    CHECK(idsOf(canvas.document.network()) == expected);
    CHECK(canvas.document.undoStack()->count() == 1);
    CHECK(canvas.scene->blockFor(before[0]) == moved);
    CHECK(moved->pos().y() == canvas::rowTop(4));
    CHECK_FALSE(moved->isLifted());
    CHECK(canvas.document.currentLayer() == before[0]);

    canvas.document.undoStack()->undo();
    CHECK(idsOf(canvas.document.network()) == before);
    CHECK(moved->pos().y() == canvas::rowTop(1));
}

TEST_CASE("dragging a block upwards and onto its own place", "[canvas]")
{
    NinCanvas canvas;
    const std::vector<LayerId> before = idsOf(canvas.document.network());
    QWidget *viewport = canvas.view.viewport();

    SECTION("upwards: the last layer to the top")
    {
        canvas.view.zoomToFit(); // both ends in view
        const QPoint from = canvas.viewportPoint(canvas.blockAt(9)->sceneBoundingRect().center());
        const QPoint to = canvas.viewportPoint(QPointF(canvas::blockWidth / 2, gapY(0)));
        dragMouse(viewport, from, to);
        release(viewport, to);
        CHECK(canvas.document.network().layers[0].id == before[9]);
        CHECK(canvas.document.undoStack()->count() == 1);
    }
    SECTION("onto the gap just below itself: nothing to undo")
    {
        const QPoint from = canvas.viewportPoint(canvas.blockAt(4)->sceneBoundingRect().center());
        const QPoint to = canvas.viewportPoint(QPointF(canvas::blockWidth / 2, gapY(5)));
        dragMouse(viewport, from, to);
        release(viewport, to);
        CHECK(idsOf(canvas.document.network()) == before);
        CHECK(canvas.document.undoStack()->count() == 0);
    }
    SECTION("to the end: onto the output connector")
    {
        canvas.view.zoomToFit(); // both ends in view
        const QPoint from = canvas.viewportPoint(canvas.blockAt(2)->sceneBoundingRect().center());
        const QPoint to = canvas.viewportPoint(QPointF(canvas::blockWidth / 2, gapY(10)));
        dragMouse(viewport, from, to);
        release(viewport, to);
        CHECK(canvas.document.network().layers.back().id == before[2]);
        CHECK(canvas.document.undoStack()->count() == 1);
    }
    SECTION("a click without dragging only selects")
    {
        const QPoint at = canvas.viewportPoint(canvas.blockAt(6)->sceneBoundingRect().center());
        sendMouse(viewport, QEvent::MouseButtonPress, at, Qt::LeftButton);
        release(viewport, at);
        CHECK(canvas.document.currentLayer() == before[6]);
        CHECK(canvas.document.undoStack()->count() == 0);
    }
}

TEST_CASE("canvas labels follow an edit and its undo and redo", "[canvas]")
{
    NinCanvas canvas;
    LayerBlockItem *nin1 = canvas.blockAt(0);
    LayerBlockItem *pool1 = canvas.blockAt(1);
    setLayerField(&canvas.document, canvas.idAt(0), "stride", Pair::square(2));

    CHECK(nin1->summary() == QStringLiteral("NiN 11\u00d711 /2, 96"));
    CHECK(canvas.edgeBelow(0)->text() == QStringLiteral("96\u00d7107\u00d7107"));
    CHECK(canvas.edgeBelow(1)->text() == QStringLiteral("96\u00d753\u00d753"));
    CHECK(nin1->badgeText() == QStringLiteral("1 row, 1 col lost")); // windows end at 222
    canvas.document.undoStack()->undo();
    CHECK(nin1->summary() == QStringLiteral("NiN 11\u00d711 /4, 96"));
    CHECK(canvas.edgeBelow(0)->text() == QStringLiteral("96\u00d754\u00d754"));
    CHECK(canvas.edgeBelow(1)->text() == QStringLiteral("96\u00d726\u00d726"));
    CHECK(nin1->badgeText() == QStringLiteral("1 row, 1 col lost"));
    canvas.document.undoStack()->redo();
    CHECK(canvas.edgeBelow(0)->text() == QStringLiteral("96\u00d7107\u00d7107"));
    CHECK(pool1->pos() == QPointF(0, canvas::rowTop(2))); // a field edit moves nothing
}

TEST_CASE("an invalid layer is drawn as an error with its message as tooltip", "[canvas]")
{
    NinCanvas canvas;
    setLayerField(&canvas.document, canvas.idAt(2), "kernel", Pair::square(40));
    const LayerReport &report = canvas.document.analysis().layers[2];
    REQUIRE(report.status == LayerStatus::Invalid);

    LayerBlockItem *block = canvas.blockAt(2);
    CHECK(block->status() == LayerStatus::Invalid);
    CHECK(block->toolTip().startsWith(QString::fromStdString(report.error)));
    CHECK(canvas.edgeBelow(2)->text() == QStringLiteral("?"));
    CHECK(canvas.blockAt(3)->status() == LayerStatus::NotComputed);
    CHECK(canvas.scene->outputConnector()->text() == QStringLiteral("?"));

    canvas.document.undoStack()->undo();
    CHECK(block->status() == LayerStatus::Ok);
    CHECK(canvas.blockAt(3)->status() == LayerStatus::Ok);
}

TEST_CASE("an invalid input marks the input block", "[canvas]")
{
    NinCanvas canvas;
    Document::Header header = canvas.document.header();
    header.input.channels = 0;
    setHeader(&canvas.document, header, QStringLiteral("input.channels"));
    CHECK(canvas.scene->inputBlock()->status() == LayerStatus::Invalid);
    CHECK(canvas.blockAt(0)->status() == LayerStatus::NotComputed);
    canvas.document.undoStack()->undo();
    CHECK(canvas.scene->inputBlock()->status() == LayerStatus::Ok);
}

TEST_CASE("the selection is shared between canvas and document", "[canvas]")
{
    NinCanvas canvas;
    QWidget *viewport = canvas.view.viewport();
    CHECK(canvas.scene->inputBlock()->isCurrent());

    const QPoint onBlock = canvas.viewportPoint(canvas.blockAt(2)->sceneBoundingRect().center());
    sendMouse(viewport, QEvent::MouseButtonPress, onBlock, Qt::LeftButton);
    release(viewport, onBlock);
    CHECK(canvas.document.currentLayer() == canvas.idAt(2));
    CHECK(canvas.blockAt(2)->isCurrent());
    CHECK_FALSE(canvas.scene->inputBlock()->isCurrent());

    canvas.document.setCurrentLayer(canvas.idAt(5));
    CHECK(canvas.blockAt(5)->isCurrent());
    CHECK_FALSE(canvas.blockAt(2)->isCurrent());

    QTest::keyClick(&canvas.view, Qt::Key_Down);
    CHECK(canvas.document.currentLayer() == canvas.idAt(6));
    QTest::keyClick(&canvas.view, Qt::Key_Up);
    QTest::keyClick(&canvas.view, Qt::Key_Up);
    CHECK(canvas.document.currentLayer() == canvas.idAt(4));

    const QPoint empty = canvas.viewportPoint(QPointF(-150, canvas::rowTop(3)));
    sendMouse(viewport, QEvent::MouseButtonPress, empty, Qt::LeftButton);
    release(viewport, empty);
    CHECK(canvas.document.currentLayer() == 0);
    CHECK(canvas.scene->inputBlock()->isCurrent());
    CHECK_FALSE(canvas.blockAt(4)->isCurrent());

    // Removing the selected layer leaves no stale highlight behind: the layer that followed
    // it is current, and only it.
    canvas.document.setCurrentLayer(canvas.idAt(7));
    const LayerId next = canvas.idAt(8);
    removeLayer(&canvas.document, canvas.idAt(7));
    CHECK(canvas.document.currentLayer() == next);
    CHECK(canvas.blockAt(7)->isCurrent());
    CHECK_FALSE(canvas.scene->inputBlock()->isCurrent());
}

TEST_CASE("zoom slots and Ctrl+wheel scale the view", "[canvas]")
{
    NinCanvas canvas;
    CanvasView &view = canvas.view;
    CHECK(view.zoom() == Approx(1.0));
    view.zoomIn();
    CHECK(view.zoom() == Approx(1.25));
    view.zoomOut();
    view.zoomOut();
    CHECK(view.zoom() == Approx(0.8));
    view.resetZoom();
    CHECK(view.zoom() == Approx(1.0));
    view.zoomToFit();
    CHECK(view.zoom() < 1.0);
    CHECK(view.zoom() >= 0.1);
    view.resetZoom();
    for (int i = 0; i < 40; ++i)
        view.zoomOut();
    CHECK(view.zoom() == Approx(0.1));
    view.resetZoom();

    const QPointF at(450, 450);
    QWheelEvent plain(at, view.viewport()->mapToGlobal(at), QPoint(), QPoint(0, -120), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(view.viewport(), &plain);
    CHECK(view.zoom() == Approx(1.0));
    QWheelEvent zoomWheel(at, view.viewport()->mapToGlobal(at), QPoint(), QPoint(0, 120),
                          Qt::NoButton, Qt::ControlModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(view.viewport(), &zoomWheel);
    CHECK(view.zoom() == Approx(1.15));
}

TEST_CASE("a new document rebuilds the canvas", "[canvas]")
{
    NinCanvas canvas;
    canvas.document.reset(readExample("lenet5.cnn.json"), QString());
    const auto &layers = canvas.document.network().layers;
    for (std::size_t i = 0; i < layers.size(); ++i) {
        LayerBlockItem *block = canvas.scene->blockFor(layers[i].id);
        REQUIRE(block != nullptr);
        CHECK(block->pos().y() == canvas::rowTop(static_cast<int>(i) + 1));
    }
    int blocks = 0;
    for (QGraphicsItem *item : canvas.scene->items())
        blocks += item->type() == LayerBlockItem::Type ? 1 : 0;
    CHECK(blocks == static_cast<int>(layers.size()) + 1);
    CHECK(canvas.scene->inputBlock()->isCurrent());
}

TEST_CASE("a join's edges say what it reads, in order, instead of its summary", "[canvas]")
{
    NinCanvas canvas;
    canvas.document.reset(readExample("resnet18.cnn.json"), QString());
    const Network &network = canvas.document.network();
    // The first residual block: its add joins the branch (slot 1) with the block's input.
    const Layer &add = network.layers[9];
    REQUIRE(typeName(layerType(add.kind)) == "add");
    REQUIRE(add.inputs.size() == 2);
    CHECK(canvas.scene->blockFor(add.id)->summary() == QStringLiteral("add"));
    ConnectorItem *branch = canvas.scene->edge(add.inputs[0], add.id);
    ConnectorItem *shortcut = canvas.scene->edge(add.inputs[1], add.id);
    REQUIRE(branch != nullptr);
    REQUIRE(shortcut != nullptr);
    CHECK(branch->slotNumber() == 1);
    CHECK(shortcut->slotNumber() == 2);
    CHECK(network.find(add.inputs[1])->name == "b1_out");
    // Edges into a layer that is not a join carry no number.
    CHECK(canvas.scene->edge(network.layers[7].id, network.layers[8].id)->slotNumber() == 0);
}

TEST_CASE("a 1000-layer chain is updated in place on an edit", "[canvas]")
{
    Document document;
    document.reset(longChain(1000), QString());
    CanvasView view(&document);
    view.resize(900, 900);
    CanvasScene *scene = view.canvasScene();

    std::vector<LayerBlockItem *> blocks;
    for (const Layer &layer : document.network().layers)
        blocks.push_back(scene->blockFor(layer.id));
    const qsizetype itemCount = scene->items().size();
    CHECK(scene->sceneRect().bottom() > canvas::rowTop(1000));

    SECTION("a field edit keeps every item")
    {
        setLayerField(&document, document.network().layers[500].id, "out_channels",
                      std::int64_t{8});
        CHECK(scene->items().size() == itemCount);
        for (std::size_t i = 0; i < blocks.size(); ++i)
            REQUIRE(scene->blockFor(document.network().layers[i].id) == blocks[i]);
        CHECK(blocks[500]->summary() == QStringLiteral("conv 3\u00d73 pad 1, 8"));
        CHECK(blocks[502]->status() == LayerStatus::Ok); // a 3×3 conv takes any channel count
    }
    SECTION("an insertion adds one block and shifts the rest")
    {
        insertNewLayer(&document, LayerType::ReLU, 10);
        CHECK(scene->items().size() == itemCount + 2); // a node and one more edge
        for (std::size_t i = 0; i < blocks.size(); ++i) {
            const int index = static_cast<int>(i) + (i >= 10 ? 1 : 0);
            REQUIRE(document.network().layers[static_cast<std::size_t>(index)].id
                    == blocks[i]->layerId());
            REQUIRE(blocks[i]->pos().y() == canvas::rowTop(index + 1));
        }
        document.undoStack()->undo();
        CHECK(scene->items().size() == itemCount);
        CHECK(blocks[999]->pos().y() == canvas::rowTop(1000));
    }
}
