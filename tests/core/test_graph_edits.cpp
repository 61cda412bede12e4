// Wiring edits on branching networks: connect (with the smallest reordering), disconnect,
// input reordering, and exact undo of each. Expected values are worked out by
// hand from the small networks drawn above each case.

#include "analysis.h"
#include "graph_edits.h"
#include "network_probes.h"

#include <catch2/catch.hpp>

#include <functional>

using namespace cd::test;

namespace {

constexpr cd::LayerId input = cd::Network::inputId;

// Execution order a, to, x, p, y, from, z with edges
//   input → a → to → x → y → z,   a → p,   from = add(p, a).
// `from` and its ancestor p run after `to`; its ancestor a runs before it; x, y, z descend
// from `to`.
struct Branches
{
    cd::Network net;
    cd::LayerId a = net.add(cd::Conv2d{}, {input}, "a");
    cd::LayerId to = net.add(cd::ReLU{}, {a}, "to");
    cd::LayerId x = net.add(cd::Conv2d{}, {to}, "x");
    cd::LayerId p = net.add(cd::Conv2d{}, {a}, "p");
    cd::LayerId y = net.add(cd::ReLU{}, {x}, "y");
    cd::LayerId from = net.add(cd::Add{}, {p, a}, "from");
    cd::LayerId z = net.add(cd::ReLU{}, {y}, "z");
};

} // namespace

TEST_CASE("connecting a layer that already runs earlier only rewires", "[graph_edits]")
{
    Branches g;
    const cd::Network before = g.net;
    const cd::WiringResult result = cd::connect(g.net, g.a, g.z);
    REQUIRE(result.ok());
    CHECK(inputsOf(g.net, g.z) == Ids{g.a}); // a single input is replaced, not added to
    CHECK(order(g.net) == order(before));
    CHECK(result.done->order.empty());
    CHECK(result.done->moved.empty());
    cd::restore(g.net, *result.done);
    CHECK(g.net == before);
}

TEST_CASE("connecting a later layer moves it and its late ancestors before the reader",
          "[graph_edits]")
{
    Branches g;
    const cd::Network before = g.net;
    const cd::WiringResult result = cd::connect(g.net, g.from, g.to);
    REQUIRE(result.ok());
    // p and from run after `to` and feed from, so they move, in their order; a already runs
    // before `to`; x, y, z keep their order after it.
    CHECK(order(g.net) == Ids{g.a, g.p, g.from, g.to, g.x, g.y, g.z});
    CHECK(result.done->moved == Ids{g.p, g.from});
    CHECK(inputsOf(g.net, g.to) == Ids{g.from});
    cd::restore(g.net, *result.done);
    CHECK(g.net == before);
}

TEST_CASE("a later layer joined at a slot moves and is inserted there", "[graph_edits]")
{
    // input → a; b = concat(a, input); c = conv(a) runs after b and is connected into it.
    cd::Network net;
    const cd::LayerId a = net.add(cd::Conv2d{}, {input}, "a");
    const cd::LayerId b = net.add(cd::Concat{}, {a, input}, "b");
    const cd::LayerId c = net.add(cd::Conv2d{}, {a}, "c");
    const cd::Network before = net;
    const cd::WiringResult result = cd::connect(net, c, b, 1);
    REQUIRE(result.ok());
    CHECK(order(net) == Ids{a, c, b});
    CHECK(inputsOf(net, b) == Ids{a, c, input});
    cd::restore(net, *result.done);
    CHECK(net == before);
}

TEST_CASE("a join gets the new input at its slot, or appended", "[graph_edits]")
{
    // input → a → {b, c}; j = concat(b, c).
    cd::Network net;
    const cd::LayerId a = net.add(cd::Conv2d{}, {input}, "a");
    const cd::LayerId b = net.add(cd::Conv2d{}, {a}, "b");
    const cd::LayerId c = net.add(cd::Conv2d{}, {a}, "c");
    const cd::LayerId j = net.add(cd::Concat{}, {b, c}, "j");
    const cd::Network before = net;

    const auto [slot, expected] = GENERATE_COPY(table<int, Ids>({
        {0, Ids{a, b, c}},
        {1, Ids{b, a, c}},
        {2, Ids{b, c, a}},  // one past the last slot: appended
        {7, Ids{b, c, a}},  // past the end: appended
        {-1, Ids{b, c, a}}, // negative: appended
    }));
    CAPTURE(slot);
    const cd::WiringResult result = cd::connect(net, a, j, slot);
    REQUIRE(result.ok());
    CHECK(inputsOf(net, j) == expected);
    cd::restore(net, *result.done);
    CHECK(net == before);
}

TEST_CASE("connections that cannot be made are refused, naming both layers", "[graph_edits]")
{
    Branches g;
    const cd::Network before = g.net;
    const auto [from, to, reason] = GENERATE_COPY(table<cd::LayerId, cd::LayerId, std::string>({
        {g.x, g.to, "would make a cycle: x already depends on to"},
        {g.z, g.a, "would make a cycle: z already depends on a"},
        {g.a, g.a, "a cannot read its own output"},
        {g.p, g.from, "from already reads p"},
        {g.a, input, "a cannot feed input: the network input reads nothing"},
    }));
    const cd::WiringResult result = cd::connect(g.net, from, to);
    CHECK_FALSE(result.ok());
    CHECK(result.refusal == reason);
    CHECK(g.net == before);
}

TEST_CASE("disconnect removes the first occurrence and can leave a layer reading nothing",
          "[graph_edits]")
{
    // input → a → b; s = add(b, a, b).
    cd::Network net;
    net.input = {.channels = 1, .height = 4, .width = 4};
    const cd::LayerId a = net.add(cd::Conv2d{.padding = cd::Pair::square(1)}, {input}, "a");
    const cd::LayerId b = net.add(cd::ReLU{}, {a}, "b");
    const cd::LayerId s = net.add(cd::Add{}, {b, a, b}, "s");
    const cd::Network before = net;

    SECTION("the first of two reads goes")
    {
        const cd::WiringResult result = cd::disconnect(net, b, s);
        REQUIRE(result.ok());
        CHECK(inputsOf(net, s) == Ids{a, b});
        cd::restore(net, *result.done);
        CHECK(net == before);
    }
    SECTION("a layer's only input goes: analysis reports it, the edit does not guess")
    {
        REQUIRE(cd::analyze(net).valid());
        const cd::WiringResult result = cd::disconnect(net, a, b);
        REQUIRE(result.ok());
        CHECK(inputsOf(net, b).empty());
        CHECK_FALSE(cd::analyze(net).valid());
        cd::restore(net, *result.done);
        CHECK(net == before);
    }
    SECTION("an edge that is not there is refused")
    {
        const cd::WiringResult result = cd::disconnect(net, s, a);
        CHECK(result.refusal == "a does not read s");
        CHECK(net == before);
    }
}

TEST_CASE("moveInput reorders a join's inputs; undo restores them", "[graph_edits]")
{
    cd::Network net;
    const cd::LayerId b = net.add(cd::Conv2d{}, {input}, "b");
    const cd::LayerId c = net.add(cd::Conv2d{}, {input}, "c");
    const cd::LayerId d = net.add(cd::Conv2d{}, {input}, "d");
    const cd::LayerId j = net.add(cd::Concat{}, {b, c, d}, "j");
    const cd::Network before = net;

    const auto [fromSlot, toSlot, expected] = GENERATE_COPY(table<int, int, Ids>({
        {0, 2, Ids{c, d, b}}, // b ends in slot 2
        {2, 0, Ids{d, b, c}}, // d ends in slot 0
        {0, 1, Ids{c, b, d}},
        {1, 1, Ids{b, c, d}},
    }));
    CAPTURE(fromSlot, toSlot);
    const cd::WiringResult result = cd::moveInput(net, j, fromSlot, toSlot);
    REQUIRE(result.ok());
    CHECK(inputsOf(net, j) == expected);
    cd::restore(net, *result.done);
    CHECK(net == before);
}

TEST_CASE("moveInput refuses a slot the layer does not have", "[graph_edits]")
{
    cd::Network net;
    const cd::LayerId b = net.add(cd::Conv2d{}, {input}, "b");
    const cd::LayerId j = net.add(cd::Concat{}, {b, input}, "j");
    const cd::Network before = net;
    const cd::WiringResult result = cd::moveInput(net, j, 0, 2);
    CHECK(result.refusal == "j has no input 2 (it reads 2)");
    CHECK(net == before);
}

TEST_CASE("undoing any edit gives back the network it started from", "[graph_edits]")
{
    using Edit = std::function<cd::WiringResult(Branches &)>;
    const Edit edit = GENERATE(
        as<Edit>{}, [](Branches &g) { return cd::connect(g.net, g.from, g.to); },
        [](Branches &g) { return cd::connect(g.net, g.p, g.x); },
        [](Branches &g) { return cd::connect(g.net, g.z, g.from, 0); },
        [](Branches &g) { return cd::disconnect(g.net, g.a, g.from); },
        [](Branches &g) { return cd::disconnect(g.net, g.y, g.z); },
        [](Branches &g) { return cd::moveInput(g.net, g.from, 1, 0); });
    Branches g;
    const cd::Network before = g.net;
    const cd::WiringResult result = edit(g);
    REQUIRE(result.ok());
    CHECK_FALSE(g.net == before);
    cd::restore(g.net, *result.done);
    CHECK(g.net == before);
}
