// The designer's multi-layer edits (wiring, blocks, templates, paste) on a real Document: each
// is one undo step that restores the exact network, refusals change nothing, and the analysis
// of the result is what core computes for the network drawn by hand.

#include "block_edits.h"
#include "document.h"
#include "palette/block_template_dialog.h"
#include "structure_edits.h"

#include <catch2/catch.hpp>

#include <QUndoStack>

using namespace cd;
using namespace cd::ui;

namespace {

constexpr LayerId input = Network::inputId;

Conv2d conv(std::int64_t out, std::int64_t kernel = 1, std::int64_t padding = 0)
{
    Conv2d c;
    c.outChannels = out;
    c.kernel = Pair::square(kernel);
    c.padding = Pair::square(padding);
    return c;
}

// Undoes everything pushed since `depth`, checking each state against `states` on the way.
void undoBackTo(Document &document, int depth, const std::vector<Network> &states)
{
    while (document.undoStack()->index() > depth) {
        document.undoStack()->undo();
        const auto at = static_cast<std::size_t>(document.undoStack()->index() - depth);
        CHECK(document.network() == states.at(at));
    }
}

std::vector<LayerId> idsOf(const Network &network)
{
    std::vector<LayerId> ids;
    for (const Layer &layer : network.layers)
        ids.push_back(layer.id);
    return ids;
}

} // namespace

TEST_CASE("an Inception-like join is wired edge by edge, each step undone exactly",
          "[structure_edits]")
{
    Network start;
    start.input = {8, 16, 16};
    const LayerId a = start.add(conv(4), {input}, "a");
    const LayerId b = start.add(conv(6, 3, 1), {input}, "b");
    Document document;
    document.reset(start, {});

    std::vector<Network> states{document.network()};
    addUnconnectedLayer(&document, LayerType::Concat);
    const LayerId cat = document.network().layers.back().id;
    CHECK(document.network().find(cat)->inputs.empty());
    CHECK_FALSE(document.analysis().layers.back().ok()); // drawn as an error until wired
    states.push_back(document.network());

    CHECK(connectLayers(&document, a, cat).isEmpty());
    states.push_back(document.network());
    CHECK(connectLayers(&document, b, cat).isEmpty());
    states.push_back(document.network());
    CHECK(document.network().find(cat)->inputs == std::vector<LayerId>{a, b});
    // 4 + 6 channels at 16×16: the 3×3 conv with padding 1 keeps the size.
    const LayerReport &joined = document.analysis().layers.back();
    REQUIRE(joined.ok());
    CHECK(joined.output.channels == 10);
    CHECK(joined.output.height == 16);

    // The concat order is the user's: b first now.
    CHECK(moveLayerInput(&document, cat, 1, 0).isEmpty());
    CHECK(document.network().find(cat)->inputs == std::vector<LayerId>{b, a});
    states.push_back(document.network());
    CHECK(document.undoStack()->count() == 4);

    undoBackTo(document, 0, states);
    for (std::size_t i = 1; i < states.size(); ++i) {
        document.undoStack()->redo();
        CHECK(document.network() == states[i]);
    }
}

TEST_CASE("a cycle is refused with its reason and nothing changes", "[structure_edits]")
{
    Network start;
    const LayerId a = start.add(conv(4), {input}, "a");
    const LayerId b = start.add(ReLU{}, {a}, "b");
    Document document;
    document.reset(start, {});
    const QString refusal = connectLayers(&document, b, a);
    CHECK(refusal.contains(QStringLiteral("cycle")));
    CHECK(refusal.contains(QStringLiteral("b already depends on a")));
    CHECK(document.network() == start);
    CHECK(document.undoStack()->count() == 0);
}

TEST_CASE("a layer dropped onto an edge is spliced into it", "[structure_edits]")
{
    Network start;
    const LayerId a = start.add(conv(4), {input}, "a");
    const LayerId skip = start.add(conv(4), {input}, "skip");
    const LayerId sum = start.add(Add{}, {a, skip}, "sum");
    Document document;
    document.reset(start, {});

    // Onto skip → sum: the new ReLU reads skip and takes skip's slot (1) in the add.
    CHECK(insertNewLayerOnEdge(&document, LayerType::ReLU, skip, sum).isEmpty());
    const Network &net = document.network();
    const LayerId relu = document.currentLayer();
    REQUIRE(net.find(relu) != nullptr);
    CHECK(net.find(relu)->inputs == std::vector<LayerId>{skip});
    CHECK(net.find(sum)->inputs == std::vector<LayerId>{a, relu});
    CHECK(idsOf(net) == std::vector<LayerId>{a, skip, relu, sum});
    document.undoStack()->undo();
    CHECK(document.network() == start);
}

TEST_CASE("blocks are grouped, renamed and dissolved, one step each", "[structure_edits]")
{
    Network start;
    const LayerId a = start.add(conv(4), {input}, "a");
    const LayerId b = start.add(ReLU{}, {a}, "b");
    const LayerId c = start.add(conv(4), {b}, "c");
    const LayerId d = start.add(ReLU{}, {c}, "d");
    Document document;
    document.reset(start, {});

    CHECK(groupLayers(&document, {a, c}).contains(QStringLiteral("\"b\" runs between them")));
    CHECK(document.undoStack()->count() == 0);

    CHECK(groupLayers(&document, {b, c}).isEmpty());
    CHECK(layersInBlock(document.network(), "block") == std::vector<LayerId>{b, c});
    CHECK(groupLayers(&document, {a}).isEmpty()); // a second block gets a fresh name
    CHECK(layersInBlock(document.network(), "block_2") == std::vector<LayerId>{a});

    CHECK(renameBlock(&document, QStringLiteral("block"), QStringLiteral("block_2"))
              .contains(QStringLiteral("already a block")));
    CHECK(renameBlock(&document, QStringLiteral("block"), QStringLiteral("  body ")).isEmpty());
    CHECK(layersInBlock(document.network(), "body") == std::vector<LayerId>{b, c});

    CHECK(ungroupBlock(&document, QStringLiteral("body")).isEmpty());
    CHECK(layersInBlock(document.network(), "body").empty());
    CHECK(document.network().find(d)->block.empty());
    CHECK(document.undoStack()->count() == 4);
    while (document.undoStack()->canUndo())
        document.undoStack()->undo();
    CHECK(document.network() == start);
}

TEST_CASE("nothing may land inside a block without joining it", "[structure_edits]")
{
    Network start;
    const LayerId a = start.add(conv(4), {input}, "a", "blk");
    const LayerId b = start.add(ReLU{}, {a}, "b", "blk");
    Document document;
    document.reset(start, {});

    // A single layer joins the block it lands in.
    CHECK(insertNewLayerOnEdge(&document, LayerType::BatchNorm2d, a, b).isEmpty());
    CHECK(document.network().find(document.currentLayer())->block == "blk");
    document.undoStack()->undo();

    // A whole template cannot nest in it.
    const QString refusal = insertBlockOnEdge(&document, templates::Residual{.channels = 4}, a, b);
    CHECK(refusal.contains(QStringLiteral("inside another block")));
    CHECK(document.network() == start);
}

TEST_CASE("a template arrives as one tagged block with d2l's shapes", "[structure_edits]")
{
    // GoogLeNet's first Inception reads 192 channels at 28×28 and gives 64 + 128 + 32 + 32.
    Network start;
    start.input = {192, 28, 28};
    Document document;
    document.reset(start, {});
    CHECK(insertBlock(&document, defaultBlockSpec(BlockTemplate::Inception), 0).isEmpty());
    CHECK(document.undoStack()->count() == 1);
    const Network &net = document.network();
    REQUIRE_FALSE(net.layers.empty());
    CHECK(layersInBlock(net, "inception").size() == net.layers.size());
    const LayerReport &out = document.analysis().layers.back();
    REQUIRE(out.ok());
    CHECK(out.output.channels == 256);
    CHECK(out.output.height == 28);
    CHECK(out.output.width == 28);
    CHECK(document.undoStack()->text(0) == QStringLiteral("Insert Inception(64, (96, 128), (16, 32), 32)"));
    document.undoStack()->undo();
    CHECK(document.network() == start);
}

TEST_CASE("pasting a residual block after its output stacks a second one", "[structure_edits]")
{
    Network start;
    start.input = {64, 56, 56};
    Document document;
    document.reset(start, {});
    REQUIRE(insertBlock(&document, templates::Residual{.channels = 64}, 0).isEmpty());
    const std::vector<LayerId> first = layersInBlock(document.network(), "residual");
    REQUIRE(first.size() == 7);
    const std::int64_t oneBlock = document.analysis().totals->weights
                                  + document.analysis().totals->biases;

    copyLayers(&document, first);
    document.setCurrentLayer(first.back());
    REQUIRE(pasteLayers(&document).isEmpty());
    const Network &net = document.network();
    const std::vector<LayerId> second = layersInBlock(net, "residual_2");
    REQUIRE(second.size() == 7);
    // The copy hangs off the first block's output: its first conv and its add read it.
    CHECK(net.find(second.front())->inputs == std::vector<LayerId>{first.back()});
    const Layer &sum = *net.find(second[5]);
    CHECK(std::holds_alternative<Add>(sum.kind));
    CHECK(std::find(sum.inputs.begin(), sum.inputs.end(), first.back()) != sum.inputs.end());
    REQUIRE(document.analysis().totals);
    CHECK(document.analysis().totals->weights + document.analysis().totals->biases == 2 * oneBlock);
    CHECK(document.selection() == second);
}

TEST_CASE("pasting between two layers hangs the copy in between", "[structure_edits]")
{
    Network start;
    const LayerId a = start.add(conv(4), {input}, "a");
    const LayerId b = start.add(ReLU{}, {a}, "b");
    Document document;
    document.reset(start, {});
    copyLayers(&document, {a});
    document.setCurrentLayer(a);
    REQUIRE(pasteLayers(&document).isEmpty());
    const LayerId copy = document.currentLayer();
    CHECK(document.network().find(copy)->inputs == std::vector<LayerId>{a});
    CHECK(document.network().find(b)->inputs == std::vector<LayerId>{copy});
}

TEST_CASE("deleting a selection is one step", "[structure_edits]")
{
    Network start;
    const LayerId a = start.add(conv(4), {input}, "a");
    const LayerId b = start.add(ReLU{}, {a}, "b");
    const LayerId c = start.add(conv(4), {b}, "c");
    Document document;
    document.reset(start, {});
    document.setSelection({a, b});
    CHECK(removeLayers(&document, document.selection()).isEmpty());
    CHECK(idsOf(document.network()) == std::vector<LayerId>{c});
    CHECK(document.network().find(c)->inputs == std::vector<LayerId>{input});
    // The layer after them takes the selection: Delete again would go on from there.
    CHECK(document.selection() == std::vector<LayerId>{c});
    CHECK(document.currentLayer() == c);
    document.undoStack()->undo();
    CHECK(document.network() == start);
    CHECK(document.selection() == std::vector<LayerId>{a, b});
}

TEST_CASE("every block folds and unfolds at once, outside the undo history", "[structure_edits]")
{
    Network start;
    const LayerId a = start.add(conv(4), {input}, "a", "one");
    start.add(conv(4), {a}, "b", "two");
    Document document;
    document.reset(start, {});
    setAllBlocksCollapsed(&document, true);
    CHECK(document.isBlockCollapsed(QStringLiteral("one")));
    CHECK(document.isBlockCollapsed(QStringLiteral("two")));
    CHECK(document.collapsedBlocks().size() == 2);
    CHECK(document.undoStack()->count() == 0);
    setAllBlocksCollapsed(&document, false);
    CHECK(document.collapsedBlocks().isEmpty());
}
