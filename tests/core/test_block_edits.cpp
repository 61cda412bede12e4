// Blocks as the designer edits them: the contiguity rule files need, when a selection may be
// grouped, and which block an inserted layer joins. Networks are drawn above each case.

#include "block_edits.h"
#include "block_spec.h"

#include <catch2/catch.hpp>

using cd::LayerId;
using cd::Network;

namespace {

constexpr LayerId input = Network::inputId;

// input → a → b → c → d, with b and c in block "blk".
struct Chain
{
    Network net;
    LayerId a = net.add(cd::Conv2d{}, {input}, "a");
    LayerId b = net.add(cd::ReLU{}, {a}, "b", "blk");
    LayerId c = net.add(cd::Conv2d{}, {b}, "c", "blk");
    LayerId d = net.add(cd::ReLU{}, {c}, "d");
};

} // namespace

TEST_CASE("a block split by another layer is found by name", "[block_edits]")
{
    Chain chain;
    CHECK(cd::splitBlock(chain.net).empty());
    chain.net.layers[3].block = "blk"; // a, b, c, d: d joins blk right after c — still whole
    CHECK(cd::splitBlock(chain.net).empty());
    chain.net.layers[2].block.clear(); // b, d in blk with c between them outside
    CHECK(cd::splitBlock(chain.net) == "blk");
}

TEST_CASE("only connected layers that run one after another may be grouped", "[block_edits]")
{
    Chain chain;
    CHECK(cd::groupRefusal(chain.net, {}) == "select the layers to group first");
    CHECK(cd::groupRefusal(chain.net, {chain.a}).empty());
    // a and d: b and c run between them.
    CHECK(cd::groupRefusal(chain.net, {chain.a, chain.d})
          == "the layers do not run one after another: \"b\" runs between them");
    // a and b only: b is in blk, whose other layer c is not selected.
    CHECK(cd::groupRefusal(chain.net, {chain.b, chain.a})
          == "block \"blk\" would be split: \"c\" is not selected");
    // a, b, c swallows blk whole.
    CHECK(cd::groupRefusal(chain.net, {chain.c, chain.a, chain.b}).empty());
}

TEST_CASE("layers next to each other but not wired together are not one group", "[block_edits]")
{
    // input → p, input → q: neighbours in execution order, no edge between them.
    Network net;
    const LayerId p = net.add(cd::Conv2d{}, {input}, "p");
    const LayerId q = net.add(cd::Conv2d{}, {input}, "q");
    CHECK(cd::groupRefusal(net, {p, q}) == "the layers are not connected to one another");
    // An add reading both connects them through itself.
    const LayerId sum = net.add(cd::Add{}, {p, q}, "sum");
    CHECK(cd::groupRefusal(net, {p, q, sum}).empty());
}

TEST_CASE("setting and listing a block's layers", "[block_edits]")
{
    Chain chain;
    cd::setBlock(chain.net, {chain.a, 999}, "stem");
    CHECK(chain.net.find(chain.a)->block == "stem");
    CHECK(cd::layersInBlock(chain.net, "blk") == std::vector<LayerId>{chain.b, chain.c});
    CHECK(cd::layersInBlock(chain.net, "").empty());
    cd::setBlock(chain.net, cd::layersInBlock(chain.net, "blk"), "");
    CHECK(cd::layersInBlock(chain.net, "blk").empty());
}

TEST_CASE("a layer inserted inside a block joins it, between blocks it joins none",
          "[block_edits]")
{
    Chain chain; // a (0), b (1, blk), c (2, blk), d (3)
    CHECK(cd::blockAround(chain.net, 2) == "blk"); // between b and c
    CHECK(cd::blockAround(chain.net, 1).empty());  // between a and b
    CHECK(cd::blockAround(chain.net, 3).empty());  // between c and d
    CHECK(cd::blockAround(chain.net, 0).empty());
    CHECK(cd::blockAround(chain.net, 4).empty());
}

TEST_CASE("a block spec appends its block and spells d2l's call", "[block_spec]")
{
    using namespace cd::templates;
    CHECK(d2lCall(Inception{}) == "Inception(64, (96, 128), (16, 32), 32)");
    CHECK(d2lCall(Residual{.channels = 128, .use1x1Conv = true, .stride = 2})
          == "Residual(128, use_1x1conv=True, strides=2)");
    CHECK(d2lCall(Residual{.channels = 64}) == "Residual(64)");
    CHECK(d2lCall(DenseBlock{.convs = 4, .growth = 32}) == "DenseBlock(4, 32)");
    CHECK(d2lCall(TransitionBlock{.channels = 96}) == "transition_block(96)");
    CHECK(blockStem(BlockSpec{ResNeXt{}}) == "resnext");

    // A residual block without shortcut conv: conv, bn, relu, conv, bn, add, relu = 7 layers,
    // the add reading the block's input and the second batchnorm.
    Network net;
    const LayerId stem = net.add(cd::Conv2d{}, {input}, "stem");
    const LayerId out = addBlock(net, stem, Residual{.channels = 64}, "residual");
    REQUIRE(net.layers.size() == 1 + 7);
    CHECK(out == net.layers.back().id);
    CHECK(cd::layersInBlock(net, "residual").size() == 7);
    const cd::Layer &sum = net.layers[6];
    CHECK(std::holds_alternative<cd::Add>(sum.kind));
    CHECK(std::find(sum.inputs.begin(), sum.inputs.end(), stem) != sum.inputs.end());
}
