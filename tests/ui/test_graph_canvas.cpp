// The graph canvas: branches laid out in file order, wiring by dragging from an output port to
// an input port (each step one exact undo), refusals in the status bar, edges selected and
// disconnected, drops on edges and on empty space, collapsible blocks, multi-selection, the
// keyboard walk, and the bundled branching networks drawn without overlaps.

#include "block_edits.h"
#include "block_templates.h"
#include "canvas/block_frame_item.h"
#include "canvas/canvas_layout.h"
#include "canvas/canvas_scene.h"
#include "canvas/canvas_view.h"
#include "canvas/collapsed_block_item.h"
#include "canvas/connector_item.h"
#include "canvas/insertion_marker_item.h"
#include "canvas/layer_block_item.h"
#include "canvas_mouse.h"
#include "document.h"
#include "edits.h"
#include "format.h"
#include "io/network_reader.h"
#include "main_window.h"
#include "palette/block_template_dialog.h"
#include "palette/layer_mime.h"
#include "palette/template_mime.h"
#include "report/layer_rows.h"
#include "structure_edits.h"
#include "table/layer_table_model.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QDragEnterEvent>
#include <QMenu>
#include <QMimeData>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>
#include <QUndoStack>

#include <memory>
#include <vector>

using namespace cd;
using namespace cd::ui;
using namespace cd::ui::test;

namespace {

constexpr LayerId input = Network::inputId;

Conv2d conv(std::int64_t out, std::int64_t kernel = 1, std::int64_t padding = 0)
{
    return Conv2d{
        .outChannels = out, .kernel = Pair::square(kernel), .padding = Pair::square(padding)};
}

MaxPool2d samePool()
{
    return MaxPool2d{
        .kernel = Pair::square(3), .stride = Pair::square(1), .padding = Pair::square(1)};
}

Network readExample(const char *file)
{
    io::ReadResult read
        = io::readNetworkFile(QStringLiteral(CONVDESIGNER_EXAMPLES "/") + QString::fromUtf8(file));
    REQUIRE(read.network);
    return std::move(*read.network);
}

QString shape(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

// A view of `network`, shown, large enough for the small graphs built here.
struct GraphCanvas
{
    Document document;
    CanvasView view{&document};
    CanvasScene *scene = view.canvasScene();
    QWidget *viewport = view.viewport();

    explicit GraphCanvas(Network network)
    {
        document.reset(std::move(network), QString());
        view.resize(1500, 1000);
        view.show();
        REQUIRE(QTest::qWaitForWindowExposed(&view));
    }

    QPoint at(QPointF scenePos) const { return view.mapFromScene(scenePos); }
    NodeItem *node(LayerId id) const { return scene->nodeFor(id); }
    QPointF topAt(LayerId id, qreal fraction) const
    {
        return node(id)->sceneBodyRect().topLeft() + QPointF(canvas::blockWidth * fraction, 6);
    }
    // Presses on `from`'s output port and drags a wire to `to`'s top side, `fraction` of its
    // width from the left (where a join's slot is chosen), without releasing.
    QPoint startWire(LayerId from, LayerId to, qreal fraction)
    {
        const QPoint end = at(topAt(to, fraction));
        dragMouse(viewport, at(node(from)->outputPort()), end);
        return end;
    }
    void wire(LayerId from, LayerId to, qreal fraction = 0.5)
    {
        release(viewport, startWire(from, to, fraction));
    }
    QPointF pos(LayerId id) const { return node(id)->pos(); }
};

// Undoes back to `depth`, checking each state on the way against `states` (index = depth).
void undoBackTo(Document &document, int depth, const std::vector<Network> &states)
{
    while (document.undoStack()->index() > depth) {
        document.undoStack()->undo();
        const auto at = static_cast<std::size_t>(document.undoStack()->index() - depth);
        CHECK(document.network() == states.at(at));
    }
}

void redoAll(Document &document, const std::vector<Network> &states)
{
    while (document.undoStack()->canRedo()) {
        document.undoStack()->redo();
        CHECK(document.network()
              == states.at(static_cast<std::size_t>(document.undoStack()->index())));
    }
}

// Inception(64, (96, 128), (16, 32), 32) of d2l, its four branches not yet joined: the
// concat at the end reads nothing.
struct InceptionParts
{
    Network network;
    LayerId b1, b2_1, b2, b3_1, b3, b4_1, b4, cat;

    InceptionParts()
    {
        network.input = {192, 12, 12};
        b1 = network.add(conv(64), {input}, "b1");
        b2_1 = network.add(conv(96), {input}, "b2_1");
        b2 = network.add(conv(128, 3, 1), {b2_1}, "b2");
        b3_1 = network.add(conv(16), {input}, "b3_1");
        b3 = network.add(conv(32, 5, 2), {b3_1}, "b3");
        b4_1 = network.add(samePool(), {input}, "b4_1");
        b4 = network.add(conv(32), {b4_1}, "b4");
        cat = network.add(Concat{}, {}, "cat");
    }
};

// Two 3×3 convs with batch norm and ReLU, and an add that reads nothing yet, then a ReLU.
struct ResidualParts
{
    Network network;
    LayerId c1, n1, r1, c2, n2, add, out;

    ResidualParts()
    {
        network.input = {64, 24, 24};
        c1 = network.add(conv(64, 3, 1), {input}, "c1");
        n1 = network.add(BatchNorm2d{}, {c1}, "n1");
        r1 = network.add(ReLU{}, {n1}, "r1");
        c2 = network.add(conv(64, 3, 1), {r1}, "c2");
        n2 = network.add(BatchNorm2d{}, {c2}, "n2");
        add = network.add(Add{}, {}, "add");
        out = network.add(ReLU{}, {add}, "out");
    }
};

// Two of d2l's Residual(64) blocks, tagged res1 and res2, on a 64×24×24 input.
Network twoResidualBlocks()
{
    Network network;
    network.input = {64, 24, 24};
    const LayerId first = templates::addResidual(network, input, {.channels = 64}, "res1");
    templates::addResidual(network, first, {.channels = 64}, "res2");
    return network;
}

// A stem, three branches that read it, and a concat of the three.
struct Fork
{
    Network network;
    LayerId stem, p, q, r, cat;

    explicit Fork(bool framed)
    {
        network.input = {8, 16, 16};
        const std::string block = framed ? "fork" : "";
        stem = network.add(conv(8), {input}, "stem", framed ? "stem_block" : "");
        p = network.add(conv(4), {stem}, "p", block);
        q = network.add(conv(4, 3, 1), {stem}, "q", block);
        r = network.add(samePool(), {stem}, "r", block);
        cat = network.add(Concat{}, {p, q, r}, "cat", block);
    }
};

void dropMime(GraphCanvas &canvas, const QMimeData *mime, QPointF scenePos)
{
    const QPoint at = canvas.at(scenePos);
    QDragEnterEvent enter(at, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(canvas.viewport, &enter);
    REQUIRE(enter.isAccepted());
    QDropEvent drop(QPointF(at), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(canvas.viewport, &drop);
    REQUIRE(drop.isAccepted());
}

// Every node apart from every other, and every edge from its source's output port to its
// slot's port on its target's top side.
void checkDrawing(const CanvasScene &scene)
{
    const std::vector<NodeItem *> &nodes = scene.nodes();
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        for (std::size_t j = i + 1; j < nodes.size(); ++j) {
            INFO("nodes " << i << " and " << j);
            REQUIRE_FALSE(nodes[i]->sceneBodyRect().intersects(nodes[j]->sceneBodyRect()));
        }
    }
    const canvas::VisibleGraph &graph = scene.graph();
    REQUIRE(scene.edges().size() == graph.edges.size());
    for (std::size_t e = 0; e < graph.edges.size(); ++e) {
        const canvas::VisibleEdge &edge = graph.edges[e];
        const ConnectorItem *item = scene.edges()[e];
        const NodeItem *from = nodes[static_cast<std::size_t>(edge.from)];
        const NodeItem *to = nodes[static_cast<std::size_t>(edge.to)];
        INFO("edge " << e);
        CHECK(QLineF(item->startPoint(), from->outputPort()).length() < 0.01);
        CHECK(QLineF(item->endPoint(), to->inputPort(edge.targetSlot, edge.targetSlots)).length()
              < 0.01);
        // The input port lies on the top side, inside the node's width.
        const QRectF body = to->sceneBodyRect();
        CHECK(item->endPoint().y() == Approx(body.top()));
        CHECK(item->endPoint().x() > body.left());
        CHECK(item->endPoint().x() < body.right());
        CHECK(item->startPoint().y() == Approx(from->sceneBodyRect().bottom()));
        CHECK(item->startPoint().x() == Approx(from->sceneBodyRect().center().x()));
    }
}

struct AnswerGuard
{
    explicit AnswerGuard(BlockArgumentsAnswer answer) { setBlockArgumentsAnswer(answer); }
    ~AnswerGuard() { setBlockArgumentsAnswer(nullptr); }
};

std::optional<templates::BlockSpec> residual64(BlockTemplate)
{
    return templates::Residual{.channels = 64};
}

} // namespace

TEST_CASE("every chain of the examples is one column of 100-unit pitch", "[canvas]")
{
    const char *file
        = GENERATE("nin.cnn.json", "lenet5.cnn.json", "alexnet.cnn.json", "vgg11.cnn.json");
    CAPTURE(file);
    GraphCanvas canvas(readExample(file));
    const std::vector<NodeItem *> &nodes = canvas.scene->nodes();
    REQUIRE(nodes.size() == canvas.document.network().layers.size() + 1);
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        CAPTURE(i);
        // 56 high with a 44 gap: each top 100 below the one before, all on one x.
        CHECK(nodes[i]->pos().x() == nodes[0]->pos().x());
        CHECK(nodes[i]->pos().y() == Approx(canvas::rowTop(static_cast<int>(i))));
    }
    for (const ConnectorItem *edge : canvas.scene->edges()) {
        CHECK(edge->startPoint().x() == Approx(canvas::blockWidth / 2));
        CHECK(edge->endPoint().x() == Approx(canvas::blockWidth / 2));
        CHECK(edge->endPoint().y() - edge->startPoint().y() == Approx(canvas::connectorLength));
    }
    checkDrawing(*canvas.scene);
}

TEST_CASE("a fork's branches stand left to right in file order, framed or not", "[canvas]")
{
    const bool framed = GENERATE(false, true);
    CAPTURE(framed);
    Fork fork(framed);
    GraphCanvas canvas(fork.network);
    const QPointF p = canvas.pos(fork.p);
    const QPointF q = canvas.pos(fork.q);
    const QPointF r = canvas.pos(fork.r);
    CHECK(p.y() == q.y());
    CHECK(q.y() == r.y());
    CHECK(p.x() + canvas::blockWidth < q.x());
    CHECK(q.x() + canvas::blockWidth < r.x());
    // The concat's ports, numbered 1 to 3, take the branches in the same order.
    const ConnectorItem *fromP = canvas.scene->edge(fork.p, fork.cat);
    const ConnectorItem *fromQ = canvas.scene->edge(fork.q, fork.cat);
    const ConnectorItem *fromR = canvas.scene->edge(fork.r, fork.cat);
    CHECK(fromP->slotNumber() == 1);
    CHECK(fromQ->slotNumber() == 2);
    CHECK(fromR->slotNumber() == 3);
    CHECK(fromP->endPoint().x() < fromQ->endPoint().x());
    CHECK(fromQ->endPoint().x() < fromR->endPoint().x());
    CHECK(canvas.node(fork.cat)->hasNumberedSlots());
    CHECK(canvas.node(fork.cat)->inputSlots() == 3);
    // The fork says its shape once, on the trunk its three edges share.
    const ConnectorItem *toP = canvas.scene->edge(fork.stem, fork.p);
    CHECK(toP->text() == shape("8\u00d716\u00d716"));
    CHECK_FALSE(toP->labelRect().isEmpty());
    CHECK(canvas.scene->edge(fork.stem, fork.q)->labelRect().isEmpty());
    if (framed) {
        BlockFrameItem *frame = canvas.scene->frameFor(QStringLiteral("fork"));
        REQUIRE(frame != nullptr);
        for (LayerId id : {fork.p, fork.q, fork.r, fork.cat})
            CHECK(frame->box().contains(canvas.node(id)->sceneBodyRect()));
        CHECK_FALSE(frame->box().intersects(canvas.node(fork.stem)->sceneBodyRect()));
    }
    checkDrawing(*canvas.scene);
}

TEST_CASE("an Inception block wired by API and by dragging wires, each step undone exactly",
          "[canvas]")
{
    InceptionParts parts;
    GraphCanvas canvas(parts.network);
    Document &document = canvas.document;
    std::vector<Network> states{document.network()};

    REQUIRE(connectLayers(&document, parts.b1, parts.cat).isEmpty());
    states.push_back(document.network());

    SECTION("dragging shows where the wire may go")
    {
        canvas.startWire(parts.b2, parts.cat, 0.95);
        CHECK(canvas.scene->isWiring());
        CHECK(canvas.node(parts.cat)->isWiringTarget());
        CHECK(canvas.node(parts.b4)->isWiringTarget());
        // b2_1 feeds b2: wiring b2 into it would close a cycle.
        CHECK_FALSE(canvas.node(parts.b2_1)->isWiringTarget());
        CHECK_FALSE(canvas.node(parts.b2)->isWiringTarget());
        CHECK_FALSE(canvas.scene->inputBlock()->isWiringTarget());
        release(canvas.viewport, canvas.at(canvas.topAt(parts.cat, 0.95)));
        CHECK_FALSE(canvas.scene->isWiring());
        CHECK_FALSE(canvas.node(parts.b4)->isWiringTarget());
    }
    SECTION("three drags: appended at the right end, then one between the second and third")
    {
        canvas.wire(parts.b2, parts.cat, 0.95);
        states.push_back(document.network());
        canvas.wire(parts.b4, parts.cat, 0.95);
        states.push_back(document.network());
        // Three ports at 1/4, 2/4 and 3/4 of the width: dropped at 0.6, after the second.
        canvas.wire(parts.b3, parts.cat, 0.6);
        states.push_back(document.network());
        CHECK(document.undoStack()->count() == 4);

        InceptionParts expected;
        expected.network.layers.back().inputs = {parts.b1, parts.b2, parts.b3, parts.b4};
        CHECK(document.network() == expected.network);

        const Analysis core = analyze(expected.network);
        REQUIRE(core.valid());
        REQUIRE(document.analysis().valid());
        for (std::size_t i = 0; i < core.layers.size(); ++i) {
            CAPTURE(i);
            CHECK(document.analysis().layers[i].output == core.layers[i].output);
        }
        // 64 + 128 + 32 + 32 channels, the size kept by every branch.
        CHECK(document.analysis().layers.back().output == Shape{256, 12, 12, false});
        LayerTableModel model(&document);
        // The input, eight layers and the totals; the core's GUI rows say the same.
        CHECK(model.rowCount() == 10);
        CHECK(model.rowCount() == static_cast<int>(layerTableRows(core, TableOutput::Gui).size()));

        const std::vector<LayerId> order = {parts.b1, parts.b2, parts.b3, parts.b4};
        for (std::size_t slot = 0; slot < order.size(); ++slot) {
            const ConnectorItem *edge = canvas.scene->edge(order[slot], parts.cat);
            REQUIRE(edge != nullptr);
            CHECK(edge->slotNumber() == static_cast<int>(slot) + 1);
            if (slot > 0) {
                CHECK(canvas.scene->edge(order[slot - 1], parts.cat)->endPoint().x()
                      < edge->endPoint().x());
            }
        }
        CHECK(canvas.scene->outputConnector()->text() == shape("256\u00d712\u00d712"));
        checkDrawing(*canvas.scene);

        undoBackTo(document, 0, states);
        CHECK(document.network() == parts.network);
        redoAll(document, states);
        CHECK(document.network() == expected.network);
    }
}

TEST_CASE("a residual block's add wired by dragging, from a layer and from the input", "[canvas]")
{
    ResidualParts parts;
    GraphCanvas canvas(parts.network);
    Document &document = canvas.document;
    std::vector<Network> states{document.network()};

    canvas.wire(parts.n2, parts.add);
    states.push_back(document.network());
    CHECK(document.network().find(parts.add)->inputs == std::vector<LayerId>{parts.n2});
    canvas.wire(input, parts.add, 0.95);
    states.push_back(document.network());

    ResidualParts expected;
    expected.network.layers[5].inputs = {parts.n2, input};
    CHECK(document.network() == expected.network);
    REQUIRE(document.analysis().valid());
    CHECK(document.analysis().layers.back().output == Shape{64, 24, 24, false});
    CHECK(canvas.scene->edge(input, parts.add)->slotNumber() == 2);
    CHECK(canvas.scene->edge(parts.n2, parts.add)->slotNumber() == 1);
    checkDrawing(*canvas.scene);

    undoBackTo(document, 0, states);
    CHECK(document.network() == parts.network);
    redoAll(document, states);
    CHECK(document.network() == expected.network);
}

TEST_CASE("a wire that would close a cycle is refused with the reason", "[canvas]")
{
    ResidualParts parts;
    parts.network.layers[5].inputs = {parts.n2, input};
    GraphCanvas canvas(parts.network);
    QSignalSpy messages(canvas.scene, &CanvasScene::statusMessage);

    canvas.startWire(parts.out, parts.c1, 0.5);
    CHECK_FALSE(canvas.node(parts.c1)->isWiringTarget()); // c1 runs before out
    release(canvas.viewport, canvas.at(canvas.topAt(parts.c1, 0.5)));

    CHECK(canvas.document.network() == parts.network);
    CHECK(canvas.document.undoStack()->count() == 0);
    REQUIRE(messages.count() == 1);
    const QString message = messages.front().front().toString();
    CHECK(message.contains(QStringLiteral("cycle")));
    CHECK(message.contains(QStringLiteral("c1")));
}

TEST_CASE("clicking an edge selects it; Delete disconnects it and undo reconnects", "[canvas]")
{
    GraphCanvas canvas(readExample("nin.cnn.json"));
    const Network before = canvas.document.network();
    const LayerId source = before.layers[2].id;
    const LayerId reader = before.layers[3].id;
    ConnectorItem *edge = canvas.scene->edge(source, reader);
    REQUIRE(edge != nullptr);
    QSignalSpy selected(canvas.scene, &CanvasScene::selectedEdgeChanged);

    click(canvas.viewport, canvas.at(edge->path().pointAtPercent(0.5)));
    CHECK(canvas.scene->selectedEdge() == edge);
    CHECK(edge->emphasis() == ConnectorItem::Emphasis::Selected);
    CHECK(selected.count() == 1);

    QTest::keyClick(&canvas.view, Qt::Key_Delete);
    CHECK(canvas.document.network().find(reader)->inputs.empty());
    CHECK(canvas.scene->selectedEdge() == nullptr);
    CHECK(canvas.scene->edge(source, reader) == nullptr);
    CHECK(canvas.scene->blockFor(reader)->status() == LayerStatus::Invalid);
    CHECK(canvas.document.undoStack()->count() == 1);

    canvas.document.undoStack()->undo();
    CHECK(canvas.document.network() == before);
    CHECK(canvas.scene->edge(source, reader) != nullptr);

    SECTION("a click elsewhere lets go of it")
    {
        ConnectorItem *again = canvas.scene->edge(source, reader);
        click(canvas.viewport, canvas.at(again->path().pointAtPercent(0.5)));
        CHECK(canvas.scene->selectedEdge() == again);
        click(canvas.viewport, canvas.at(canvas.node(reader)->sceneBodyRect().center()));
        CHECK(canvas.scene->selectedEdge() == nullptr);
        QTest::keyClick(&canvas.view, Qt::Key_Delete); // the view alone: no edge, nothing
        CHECK(canvas.document.network() == before);
    }
}

TEST_CASE("an edge's menu moves a join's input left and right", "[canvas]")
{
    InceptionParts parts;
    parts.network.layers.back().inputs = {parts.b1, parts.b2, parts.b3, parts.b4};
    GraphCanvas canvas(parts.network);
    QWidget parent;

    std::unique_ptr<QMenu> menu(
        canvas.scene->createEdgeMenu(canvas.scene->edge(parts.b2, parts.cat), &parent));
    auto *left = menu->findChild<QAction *>(QStringLiteral("moveInputLeft"));
    auto *right = menu->findChild<QAction *>(QStringLiteral("moveInputRight"));
    REQUIRE(left != nullptr);
    REQUIRE(right != nullptr);
    CHECK(left->isEnabled());
    CHECK(right->isEnabled());
    left->trigger();
    const std::vector<LayerId> swapped = {parts.b2, parts.b1, parts.b3, parts.b4};
    CHECK(canvas.document.network().find(parts.cat)->inputs == swapped);
    CHECK(canvas.scene->edge(parts.b2, parts.cat)->slotNumber() == 1);
    CHECK(canvas.scene->edge(parts.b2, parts.cat)->endPoint().x()
          < canvas.scene->edge(parts.b1, parts.cat)->endPoint().x());

    menu.reset(canvas.scene->createEdgeMenu(canvas.scene->edge(parts.b4, parts.cat), &parent));
    CHECK_FALSE(menu->findChild<QAction *>(QStringLiteral("moveInputRight"))->isEnabled());
    // A single-input layer's edge has no order to change, but can be disconnected.
    menu.reset(canvas.scene->createEdgeMenu(canvas.scene->edge(parts.b2_1, parts.b2), &parent));
    CHECK_FALSE(menu->findChild<QAction *>(QStringLiteral("moveInputLeft"))->isEnabled());
    menu->findChild<QAction *>(QStringLiteral("disconnect"))->trigger();
    CHECK(canvas.document.network().find(parts.b2)->inputs.empty());
    canvas.document.undoStack()->undo();
    canvas.document.undoStack()->undo();
    CHECK(canvas.document.network() == parts.network);
}

TEST_CASE("a palette layer dropped on an edge goes between, on empty space stands alone",
          "[canvas]")
{
    InceptionParts parts;
    parts.network.layers.back().inputs = {parts.b1, parts.b2, parts.b3, parts.b4};
    GraphCanvas canvas(parts.network);
    std::unique_ptr<QMimeData> relu(encodeLayerMime(LayerType::ReLU));

    SECTION("on the edge from b3 into the concat")
    {
        const ConnectorItem *edge = canvas.scene->edge(parts.b3, parts.cat);
        const QPointF on = edge->path().pointAtPercent(0.4);
        const QPoint at = canvas.at(on);
        QDragEnterEvent enter(at, Qt::CopyAction, relu.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(canvas.viewport, &enter);
        CHECK(canvas.scene->insertionMarker()->isVisible());
        CHECK(edge->emphasis() == ConnectorItem::Emphasis::DropTarget);
        dropMime(canvas, relu.get(), on);

        const Network &network = canvas.document.network();
        REQUIRE(network.layers.size() == parts.network.layers.size() + 1);
        const LayerId added = canvas.document.currentLayer();
        CHECK(layerType(network.find(added)->kind) == LayerType::ReLU);
        CHECK(network.find(added)->inputs == std::vector<LayerId>{parts.b3});
        const std::vector<LayerId> joined = {parts.b1, parts.b2, added, parts.b4};
        CHECK(network.find(parts.cat)->inputs == joined);
        CHECK(canvas.document.analysis().valid());
        CHECK(canvas.scene->edge(added, parts.cat)->slotNumber() == 3);
        CHECK_FALSE(canvas.scene->insertionMarker()->isVisible());
        CHECK(canvas.document.undoStack()->count() == 1);
    }
    SECTION("on empty space, right of the graph")
    {
        const QRectF drawing = canvas.scene->itemsBoundingRect();
        dropMime(canvas, relu.get(), QPointF(drawing.right() + 100, drawing.center().y()));
        const Network &network = canvas.document.network();
        REQUIRE(network.layers.size() == parts.network.layers.size() + 1);
        const Layer &added = network.layers.back();
        CHECK(layerType(added.kind) == LayerType::ReLU);
        CHECK(added.inputs.empty());
        // Drawn as an error until it is wired.
        CHECK(canvas.scene->blockFor(added.id)->status() == LayerStatus::Invalid);
        CHECK(canvas.scene->blockFor(added.id)->inputSlots() == 0);
        CHECK(canvas.document.undoStack()->count() == 1);
    }
}

TEST_CASE("a template dropped on an edge or on empty space asks its arguments and inserts",
          "[canvas]")
{
    Network chain;
    chain.input = {64, 24, 24};
    const LayerId c = chain.add(conv(64, 3, 1), {input}, "c");
    const LayerId r = chain.add(ReLU{}, {c}, "r");
    GraphCanvas canvas(chain);
    AnswerGuard answer(residual64);
    std::unique_ptr<QMimeData> mime(encodeTemplateMime(BlockTemplate::Residual));

    SECTION("on the edge c → r: the block runs between them")
    {
        dropMime(canvas, mime.get(), canvas.scene->edge(c, r)->path().pointAtPercent(0.5));
        const Network &network = canvas.document.network();
        const std::vector<LayerId> block = layersInBlock(network, "residual");
        REQUIRE(block.size() > 3);
        CHECK(network.layers.front().id == c);
        CHECK(network.layers.back().id == r);
        CHECK(network.find(r)->inputs == std::vector<LayerId>{block.back()});
        CHECK(canvas.scene->frameFor(QStringLiteral("residual")) != nullptr);
        CHECK(canvas.document.analysis().valid());
    }
    SECTION("on empty space: after the last layer")
    {
        const QRectF drawing = canvas.scene->itemsBoundingRect();
        dropMime(canvas, mime.get(), QPointF(drawing.left() - 200, drawing.center().y()));
        const Network &network = canvas.document.network();
        const std::vector<LayerId> block = layersInBlock(network, "residual");
        REQUIRE_FALSE(block.empty());
        CHECK(network.layers.back().id == block.back());
        CHECK(canvas.document.analysis().valid());
    }
    CHECK(canvas.document.undoStack()->count() == 1);
}

TEST_CASE("a block collapses into one node and expands back", "[canvas]")
{
    GraphCanvas canvas(twoResidualBlocks());
    Document &document = canvas.document;
    const Network network = document.network();
    const std::vector<LayerId> res1 = layersInBlock(network, "res1");
    const std::vector<LayerId> res2 = layersInBlock(network, "res2");
    REQUIRE(res1.size() == 7);
    std::vector<QPointF> before;
    for (const NodeItem *node : canvas.scene->nodes())
        before.push_back(node->pos());
    const QString block1 = QStringLiteral("res1");

    // The frame's figures are the sums of its layers'.
    std::int64_t params = 0;
    std::int64_t macs = 0;
    for (const LayerReport &layer : document.analysis().layers) {
        if (layer.block == "res2") {
            params += layer.params;
            macs += layer.macs;
        }
    }
    BlockFrameItem *frame2 = canvas.scene->frameFor(QStringLiteral("res2"));
    REQUIRE(frame2 != nullptr);
    CHECK(frame2->figureLines()
          == QStringList({QString::fromStdString(withThousands(params)) + QStringLiteral(" params"),
                          QString::fromStdString(withThousands(macs)) + QStringLiteral(" MACs")}));

    document.setBlockCollapsed(block1, true);
    CollapsedBlockItem *collapsed = canvas.scene->collapsedBlock(block1);
    REQUIRE(collapsed != nullptr);
    CHECK(canvas.scene->frameFor(block1) == nullptr);
    for (LayerId id : res1) {
        CHECK(canvas.scene->blockFor(id) == nullptr);
        CHECK(canvas.scene->nodeFor(id) == collapsed);
    }
    CHECK(collapsed->layerId() == res1.back());
    CHECK(collapsed->summary().layerCount == 7);
    CHECK(collapsed->shapesText() == shape("64\u00d724\u00d724 \u2192 64\u00d724\u00d724"));
    CHECK(canvas.scene->nodes().size() == network.layers.size() + 1 - 6);
    // The input feeds the block twice (its first conv and its add): one edge, onto its node.
    const ConnectorItem *into = canvas.scene->edge(input, res1.front());
    REQUIRE(into != nullptr);
    CHECK(into->isMerged());
    CHECK(QLineF(into->endPoint(), collapsed->inputPort()).length() < 0.01);
    const ConnectorItem *out = canvas.scene->edge(res1.back(), res2.front());
    REQUIRE(out != nullptr);
    CHECK(QLineF(out->startPoint(), collapsed->outputPort()).length() < 0.01);
    checkDrawing(*canvas.scene);

    SECTION("expanding puts every node back where it was")
    {
        document.setBlockCollapsed(block1, false);
        CHECK(canvas.scene->collapsedBlock(block1) == nullptr);
        REQUIRE(canvas.scene->nodes().size() == before.size());
        for (std::size_t i = 0; i < before.size(); ++i)
            CHECK(canvas.scene->nodes()[i]->pos() == before[i]);
    }
    SECTION("the state survives edits elsewhere, and their undo")
    {
        setLayerField(&document, res2.front(), "out_channels", std::int64_t{32});
        CHECK(canvas.scene->collapsedBlock(block1) == collapsed);
        insertNewLayer(&document, LayerType::Flatten, static_cast<int>(network.layers.size()));
        CHECK(document.isBlockCollapsed(block1));
        CHECK(canvas.scene->collapsedBlock(block1) != nullptr);
        document.undoStack()->undo();
        document.undoStack()->undo();
        CHECK(canvas.scene->collapsedBlock(block1) != nullptr);
        CHECK(document.network() == network);
    }
    SECTION("clicking the node makes the block's output current; + expands")
    {
        click(canvas.viewport, canvas.at(collapsed->sceneBodyRect().center()));
        CHECK(document.currentLayer() == res1.back());
        CHECK(collapsed->isCurrent());
        QTest::keyClick(&canvas.view, Qt::Key_Plus);
        CHECK_FALSE(document.isBlockCollapsed(block1));
        QTest::keyClick(&canvas.view, Qt::Key_Minus);
        CHECK(document.isBlockCollapsed(block1));
    }
    SECTION("the + and − buttons")
    {
        click(canvas.viewport, canvas.at(collapsed->expandButtonSceneRect().center()));
        CHECK_FALSE(document.isBlockCollapsed(block1));
        BlockFrameItem *frame = canvas.scene->frameFor(block1);
        REQUIRE(frame != nullptr);
        click(canvas.viewport, canvas.at(frame->collapseButtonSceneRect().center()));
        CHECK(document.isBlockCollapsed(block1));
    }
    CHECK(document.undoStack()->index() == 0); // view state, never an edit
}

TEST_CASE("a block copied and pasted after its output stacks a second one", "[canvas]")
{
    Network network;
    network.input = {64, 24, 24};
    templates::addResidual(network, input, {.channels = 64}, "res");
    GraphCanvas canvas(network);
    Document &document = canvas.document;
    const std::vector<LayerId> block = layersInBlock(network, "res");

    copyLayers(&document, block);
    document.setCurrentLayer(block.back());
    REQUIRE(pasteLayers(&document).isEmpty());

    const Network &after = document.network();
    REQUIRE(after.layers.size() == 2 * block.size());
    const std::string pasted = after.layers.back().block;
    CHECK(pasted != "res");
    const std::vector<LayerId> copies = layersInBlock(after, pasted);
    REQUIRE(copies.size() == block.size());
    // The same wiring inside; what read the input now reads the first block's output.
    const auto positionIn = [](const std::vector<LayerId> &ids, LayerId id) {
        return static_cast<int>(std::find(ids.begin(), ids.end(), id) - ids.begin());
    };
    for (std::size_t i = 0; i < block.size(); ++i) {
        const Layer &original = *network.find(block[i]);
        const Layer &copy = *after.find(copies[i]);
        CHECK(copy.kind == original.kind);
        REQUIRE(copy.inputs.size() == original.inputs.size());
        for (std::size_t slot = 0; slot < copy.inputs.size(); ++slot) {
            if (original.inputs[slot] == input)
                CHECK(copy.inputs[slot] == block.back());
            else
                CHECK(positionIn(copies, copy.inputs[slot])
                      == positionIn(block, original.inputs[slot]));
        }
    }
    CHECK(document.analysis().valid());
    CHECK(canvas.scene->frameFor(QString::fromStdString(pasted)) != nullptr);
    CHECK(canvas.scene->frameFor(QStringLiteral("res")) != nullptr);
    checkDrawing(*canvas.scene);
    document.undoStack()->undo();
    CHECK(document.network() == network);
}

TEST_CASE("a field edit moves nothing", "[canvas]")
{
    GraphCanvas canvas(readExample("googlenet.cnn.json"));
    const auto snapshot = [&] {
        std::vector<QRectF> rects;
        for (const NodeItem *node : canvas.scene->nodes())
            rects.push_back(node->sceneBodyRect());
        for (const ConnectorItem *edge : canvas.scene->edges())
            rects.push_back(edge->path().boundingRect());
        for (const Layer &layer : canvas.document.network().layers) {
            if (const BlockFrameItem *frame
                = canvas.scene->frameFor(QString::fromStdString(layer.block)))
                rects.push_back(frame->box());
        }
        return rects;
    };
    const std::vector<QRectF> before = snapshot();
    QSignalSpy relaid(canvas.scene, &CanvasScene::relaidOut);
    const Network &network = canvas.document.network();
    const auto conv
        = std::find_if(network.layers.begin() + 10, network.layers.end(),
                       [](const Layer &l) { return layerType(l.kind) == LayerType::Conv2d; });
    setLayerField(&canvas.document, conv->id, "out_channels", std::int64_t{48});
    renameLayer(&canvas.document, conv->id, QStringLiteral("renamed"));
    CHECK(canvas.scene->blockFor(conv->id)->title() == QStringLiteral("renamed"));
    CHECK(relaid.count() == 0);
    CHECK(snapshot() == before);
}

TEST_CASE("ResNet-18, GoogLeNet and DenseNet are drawn without overlaps", "[canvas]")
{
    const char *file = GENERATE("resnet18.cnn.json", "googlenet.cnn.json", "densenet.cnn.json");
    CAPTURE(file);
    GraphCanvas canvas(readExample(file));
    checkDrawing(*canvas.scene);
    // Every expanded block has its frame around its nodes, and frames do not overlap.
    const Network &network = canvas.document.network();
    std::vector<BlockFrameItem *> frames;
    for (const Layer &layer : network.layers) {
        if (layer.block.empty())
            continue;
        BlockFrameItem *frame = canvas.scene->frameFor(QString::fromStdString(layer.block));
        REQUIRE(frame != nullptr);
        CHECK(frame->box().contains(canvas.node(layer.id)->sceneBodyRect()));
        if (std::find(frames.begin(), frames.end(), frame) == frames.end())
            frames.push_back(frame);
    }
    for (std::size_t i = 0; i < frames.size(); ++i) {
        for (std::size_t j = i + 1; j < frames.size(); ++j)
            CHECK_FALSE(frames[i]->box().intersects(frames[j]->box()));
    }
}

TEST_CASE("Inception's branches keep file order in GoogLeNet", "[canvas]")
{
    GraphCanvas canvas(readExample("googlenet.cnn.json"));
    const Network &network = canvas.document.network();
    int joins = 0;
    for (const Layer &layer : network.layers) {
        if (layerType(layer.kind) != LayerType::Concat)
            continue;
        ++joins;
        // Each branch ends right above the concat: left to right in the order it reads them.
        for (std::size_t slot = 1; slot < layer.inputs.size(); ++slot)
            CHECK(canvas.pos(layer.inputs[slot - 1]).x() < canvas.pos(layer.inputs[slot]).x());
    }
    CHECK(joins == 9);
}

TEST_CASE("Ctrl+click and a rubber band select several nodes", "[canvas]")
{
    GraphCanvas canvas(readExample("nin.cnn.json"));
    Document &document = canvas.document;
    const auto id = [&](int index) {
        return document.network().layers[static_cast<std::size_t>(index)].id;
    };
    const auto centre = [&](int index) {
        return canvas.at(canvas.node(id(index))->sceneBodyRect().center());
    };

    click(canvas.viewport, centre(1));
    click(canvas.viewport, centre(3), Qt::ControlModifier);
    click(canvas.viewport, centre(4), Qt::ControlModifier);
    CHECK(document.selection() == std::vector<LayerId>{id(1), id(3), id(4)});
    CHECK(document.currentLayer() == id(4));
    CHECK(canvas.node(id(4))->selection() == NodeItem::Selection::Current);
    CHECK(canvas.node(id(1))->selection() == NodeItem::Selection::Selected);
    CHECK(canvas.node(id(2))->selection() == NodeItem::Selection::None);
    click(canvas.viewport, centre(3), Qt::ControlModifier); // toggles it off
    CHECK(document.selection() == std::vector<LayerId>{id(1), id(4)});
    click(canvas.viewport, centre(4), Qt::ControlModifier); // the current one: the last left
    CHECK(document.selection() == std::vector<LayerId>{id(1)});
    CHECK(document.currentLayer() == id(1));

    // A band from empty space left of the column over layers 2 to 4.
    const QRectF first = canvas.node(id(2))->sceneBodyRect();
    const QRectF last = canvas.node(id(4))->sceneBodyRect();
    dragMouse(canvas.viewport, canvas.at(QPointF(first.left() - 60, first.top() + 10)),
              canvas.at(QPointF(first.center().x(), last.top() + 10)));
    release(canvas.viewport, canvas.at(QPointF(first.center().x(), last.top() + 10)));
    CHECK(document.selection() == std::vector<LayerId>{id(2), id(3), id(4)});
    CHECK(document.currentLayer() == id(4));

    SECTION("Delete in the window removes them all as one step")
    {
        MainWindow window;
        window.openExample(QStringLiteral(":/examples/nin.cnn.json"));
        Document *doc = window.document();
        const Network before = doc->network();
        doc->setSelection({before.layers[2].id, before.layers[3].id, before.layers[4].id});
        auto *remove = window.findChild<QAction *>(QStringLiteral("deleteAction"));
        REQUIRE(remove != nullptr);
        CHECK(remove->isEnabled());
        remove->trigger();
        CHECK(doc->network().layers.size() == before.layers.size() - 3);
        CHECK(doc->undoStack()->count() == 1);
        doc->undoStack()->undo();
        CHECK(doc->network() == before);
    }
}

TEST_CASE("the window's Delete disconnects a selected edge; refusals reach the status bar",
          "[canvas]")
{
    MainWindow window;
    window.openExample(QStringLiteral(":/examples/nin.cnn.json"));
    Document *document = window.document();
    auto *view = window.findChild<CanvasView *>();
    REQUIRE(view != nullptr);
    CanvasScene *scene = view->canvasScene();
    const Network before = document->network();
    const LayerId source = before.layers[0].id;
    const LayerId reader = before.layers[1].id;
    auto *remove = window.findChild<QAction *>(QStringLiteral("deleteAction"));
    REQUIRE(remove != nullptr);
    document->setCurrentLayer(before.layers[5].id);
    scene->selectEdge(scene->edge(source, reader));
    CHECK(remove->isEnabled());
    remove->trigger();
    CHECK(document->network().find(reader)->inputs.empty());
    CHECK(document->network().layers.size() == before.layers.size()); // no layer removed

    Q_EMIT scene->statusMessage(QStringLiteral("Not done: would make a cycle"));
    CHECK(window.statusBar()->currentMessage() == QStringLiteral("Not done: would make a cycle"));
}

TEST_CASE("the arrow keys walk the graph", "[canvas]")
{
    Fork fork(false);
    GraphCanvas canvas(fork.network);
    Document &document = canvas.document;
    const auto press = [&](Qt::Key key) {
        QTest::keyClick(&canvas.view, key);
    };

    document.setCurrentLayer(fork.stem);
    press(Qt::Key_Down); // the first reader
    CHECK(document.currentLayer() == fork.p);
    press(Qt::Key_Right); // the next branch in the same rank
    CHECK(document.currentLayer() == fork.q);
    press(Qt::Key_Right);
    CHECK(document.currentLayer() == fork.r);
    press(Qt::Key_Right); // nothing further right
    CHECK(document.currentLayer() == fork.r);
    press(Qt::Key_Left);
    CHECK(document.currentLayer() == fork.q);
    press(Qt::Key_Down);
    CHECK(document.currentLayer() == fork.cat);
    press(Qt::Key_Up); // a join's first input
    CHECK(document.currentLayer() == fork.p);
    press(Qt::Key_Up);
    press(Qt::Key_Up);
    CHECK(document.currentLayer() == input);
    press(Qt::Key_Up);
    CHECK(document.currentLayer() == input);
}

TEST_CASE("the memory timeline's highlight tints nodes", "[canvas]")
{
    GraphCanvas canvas(twoResidualBlocks());
    const Network &network = canvas.document.network();
    const std::vector<LayerId> res1 = layersInBlock(network, "res1");
    const LayerId last = network.layers.back().id;

    canvas.scene->setHighlightedLayers({res1[1], last});
    CHECK(canvas.scene->blockFor(res1[1])->isHighlighted());
    CHECK(canvas.scene->blockFor(last)->isHighlighted());
    CHECK_FALSE(canvas.scene->blockFor(res1[0])->isHighlighted());
    // Collapsed, the block's node stands for its highlighted layer.
    canvas.document.setBlockCollapsed(QStringLiteral("res1"), true);
    CHECK(canvas.scene->collapsedBlock(QStringLiteral("res1"))->isHighlighted());
    canvas.scene->setHighlightedLayers({});
    CHECK_FALSE(canvas.scene->collapsedBlock(QStringLiteral("res1"))->isHighlighted());
    CHECK_FALSE(canvas.scene->blockFor(last)->isHighlighted());
}

TEST_CASE("a structural edit eases nodes to their new places", "[canvas]")
{
    GraphCanvas canvas(readExample("nin.cnn.json"));
    const LayerId last = canvas.document.network().layers.back().id;
    CanvasScene::setAnimationsEnabled(true);
    insertNewLayer(&canvas.document, LayerType::ReLU, 0);
    CHECK(canvas.scene->isAnimating());
    CHECK(canvas.scene->finalNodeRect(last).top() == Approx(canvas::rowTop(11)));
    CHECK(QTest::qWaitFor([&] { return !canvas.scene->isAnimating(); }, 2000));
    CHECK(canvas.node(last)->pos().y() == Approx(canvas::rowTop(11)));
    // A new document is drawn at once.
    canvas.document.reset(readExample("lenet5.cnn.json"), QString());
    CHECK_FALSE(canvas.scene->isAnimating());
    CanvasScene::setAnimationsEnabled(false);
}

TEST_CASE("no edge's shape label covers a node, the network output's included", "[canvas]")
{
    const char *file = GENERATE("nin.cnn.json", "resnet18.cnn.json", "googlenet.cnn.json");
    CAPTURE(file);
    GraphCanvas canvas(readExample(file));
    std::vector<const ConnectorItem *> edges(canvas.scene->edges().begin(),
                                             canvas.scene->edges().end());
    REQUIRE(canvas.scene->outputConnector() != nullptr);
    edges.push_back(canvas.scene->outputConnector());
    const QRectF outputLabel = canvas.scene->outputConnector()->labelRect();
    REQUIRE_FALSE(outputLabel.isEmpty());
    for (std::size_t e = 0; e < edges.size(); ++e) {
        const QRectF label = edges[e]->labelRect();
        for (const NodeItem *node : canvas.scene->nodes()) {
            INFO("edge " << e << " label " << label.top() << ".." << label.bottom()
                         << ", node " << node->sceneBodyRect().top() << ".."
                         << node->sceneBodyRect().bottom());
            CHECK_FALSE(label.intersects(node->sceneBodyRect()));
        }
    }
}
