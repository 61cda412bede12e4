// Copy and paste of layers with their wiring (layer_clipboard.h): what a copy remembers, how a
// paste rewires it, and the names it picks. Expected values are worked out by hand from the
// small networks drawn above each case.

#include "analysis.h"
#include "layer_clipboard.h"
#include "network_probes.h"

#include <catch2/catch.hpp>

using namespace cd::test;

namespace {

constexpr cd::LayerId input = cd::Network::inputId;

// input (1×8×8) → stem → [b1 → relu → out = add(relu, stem)], the bracket being the block
// residual2_1: a ResNet block without its batchnorms, every shape 4×8×8.
struct Residual
{
    cd::Network net = [] {
        cd::Network n;
        n.input = {.channels = 1, .height = 8, .width = 8};
        return n;
    }();
    cd::Conv2d conv{.outChannels = 4, .padding = cd::Pair::square(1)};
    cd::LayerId stem = net.add(conv, {input}, "stem");
    cd::LayerId b1 = net.add(conv, {stem}, "b1", "residual2_1");
    cd::LayerId relu = net.add(cd::ReLU{}, {b1}, "", "residual2_1");
    cd::LayerId out = net.add(cd::Add{}, {relu, stem}, "residual2_1_out", "residual2_1");
};

} // namespace

TEST_CASE("copying remembers the layers in order and what they hang off", "[clipboard]")
{
    Residual r;
    SECTION("a whole block hangs off the layer before it")
    {
        const cd::Fragment fragment = cd::copyLayers(r.net, {r.out, r.b1, r.relu, 99});
        CHECK(fragment.layers
              == std::vector<cd::Layer>(r.net.layers.begin() + 1, r.net.layers.end()));
        CHECK(fragment.entry == r.stem);
        CHECK(fragment.external.empty());
    }
    SECTION("a lone add hangs off the relu; its skip from stem is external")
    {
        const cd::Fragment fragment = cd::copyLayers(r.net, {r.out});
        CHECK(fragment.entry == r.relu);
        CHECK(fragment.external == Ids{r.stem});
    }
}

TEST_CASE("pasting a residual block after its output stacks a second block", "[clipboard]")
{
    Residual r;
    const cd::Network before = r.net;
    const cd::Fragment fragment = cd::copyLayers(r.net, {r.b1, r.relu, r.out});
    // Ids 1..4 are taken, so the copies get 5, 6, 7 and hang off `out` (index 3).
    const Ids pasted = cd::pasteLayers(r.net, fragment, 3);
    REQUIRE(pasted == Ids{5, 6, 7});
    CHECK(order(r.net) == Ids{r.stem, r.b1, r.relu, r.out, 5, 6, 7});
    CHECK(inputsOf(r.net, 5) == Ids{r.out});
    CHECK(inputsOf(r.net, 6) == Ids{5});
    CHECK(inputsOf(r.net, 7) == Ids{6, r.out}); // the skip reads the new block's input
    CHECK(r.net.find(5)->name == "b1_2");
    CHECK(r.net.find(6)->name.empty());
    CHECK(r.net.find(7)->name == "residual2_1_out_2");
    for (cd::LayerId id : pasted)
        CHECK(r.net.find(id)->block == "residual2_1_2");
    CHECK(cd::analyze(r.net).valid());

    SECTION("a second paste gets the next suffix")
    {
        const Ids again = cd::pasteLayers(r.net, fragment, 6);
        REQUIRE(again == Ids{8, 9, 10});
        CHECK(inputsOf(r.net, 8) == Ids{7});
        CHECK(inputsOf(r.net, 10) == Ids{9, 7});
        CHECK(r.net.find(8)->name == "b1_3");
        CHECK(r.net.find(10)->block == "residual2_1_3");
        CHECK(cd::analyze(r.net).valid());
    }
    SECTION("undo removes the copies")
    {
        cd::removePasted(r.net, pasted);
        CHECK(r.net == before);
    }
}

TEST_CASE("a pasted long skip is kept only where its node runs earlier", "[clipboard]")
{
    Residual r;
    const cd::Fragment fragment = cd::copyLayers(r.net, {r.out}); // add(relu, stem)
    const auto [after, expected] = GENERATE_COPY(table<int, Ids>({
        {3, Ids{r.out, r.stem}},  // at the end: hangs off out, stem still runs earlier
        {0, Ids{r.stem, r.stem}}, // after stem: hangs off stem, which is also the skip
        {-1, Ids{input, input}},  // at the front: stem runs later, so both read the input
    }));
    CAPTURE(after);
    const Ids pasted = cd::pasteLayers(r.net, fragment, after);
    REQUIRE(pasted.size() == 1);
    CHECK(r.net.indexOf(pasted[0]) == after + 1);
    CHECK(inputsOf(r.net, pasted[0]) == expected);
}

TEST_CASE("pasted names avoid every explicit name, earlier copies included", "[clipboard]")
{
    Residual r;
    r.net.layers[2].name = "b1_2"; // the relu already holds b1's first candidate
    const cd::Fragment fragment = cd::copyLayers(r.net, {r.b1, r.relu});
    const Ids pasted = cd::pasteLayers(r.net, fragment, 3);
    CHECK(r.net.find(pasted[0])->name == "b1_3");
    CHECK(r.net.find(pasted[1])->name == "b1_2_2");
}
