// The terminal table's lanes for branching networks (report/graph_lanes.h), drawn by hand.

#include "report/graph_lanes.h"

#include <catch2/catch.hpp>

namespace {

const cd::Conv2d pointwise{.outChannels = 2, .kernel = cd::Pair::square(1)};

} // namespace

TEST_CASE("a chain needs no lanes", "[lanes]")
{
    cd::Network net;
    net.append(pointwise);
    net.append(cd::ReLU{});
    CHECK(cd::graphLanes(cd::analyze(net)) == std::vector<std::string>{"", ""});
}

TEST_CASE("a fork opens a lane and a join closes it", "[lanes]")
{
    // a and b both read the input; the add joins them.
    cd::Network net;
    net.input = {2, 4, 4};
    const cd::LayerId a = net.append(pointwise, "a");
    const cd::LayerId b = net.add(pointwise, {cd::Network::inputId}, "b");
    net.add(cd::Add{}, {a, b});
    const std::vector<std::string> lanes = cd::graphLanes(cd::analyze(net));
    REQUIRE(lanes.size() == 3);
    // a: the input stays in lane 0 (b reads it later), a opens lane 1.
    CHECK(lanes[0] == "\u251c\u2500\u25cf"); // ├─●
    // b: the input's last reader continues lane 0; a waits in lane 1.
    CHECK(lanes[1] == "\u25cf \u2502"); // ● │
    // The add continues a's lane and takes b's in from the left.
    CHECK(lanes[2] == "\u2514\u2500\u25cf"); // └─●
}

TEST_CASE("a skip connection is drawn beside its branch", "[lanes]")
{
    // input → conv → relu; add(relu, input): the input waits in lane 0 while the branch runs.
    cd::Network net;
    net.input = {2, 4, 4};
    net.append(pointwise);
    const cd::LayerId relu = net.append(cd::ReLU{});
    net.add(cd::Add{}, {relu, cd::Network::inputId});
    const std::vector<std::string> lanes = cd::graphLanes(cd::analyze(net));
    CHECK(lanes
          == std::vector<std::string>{"\u251c\u2500\u25cf", "\u2502 \u25cf", "\u2514\u2500\u25cf"});
}

// Issue 9: a fan of thousands of branches into one concat drew a row as wide as the fan for
// every layer (quadratic output), and a concat of one tensor read many times counted its
// readers once per input (quadratic work).
TEST_CASE("more lanes than a terminal shows: no drawing at all", "[lanes][bounds]")
{
    cd::Network net;
    net.input = {2, 4, 4};
    std::vector<cd::LayerId> branches;
    for (int i = 0; i <= cd::maxGraphLanes; ++i)
        branches.push_back(net.add(pointwise, {cd::Network::inputId}));
    net.add(cd::Concat{}, branches);
    const std::vector<std::string> lanes = cd::graphLanes(cd::analyze(net));
    CHECK(lanes == std::vector<std::string>(branches.size() + 1));
}

TEST_CASE("as many lanes as a terminal shows are drawn", "[lanes][bounds]")
{
    cd::Network net;
    net.input = {2, 4, 4};
    std::vector<cd::LayerId> branches;
    for (int i = 0; i < cd::maxGraphLanes; ++i)
        branches.push_back(net.add(pointwise, {cd::Network::inputId}));
    net.add(cd::Concat{}, branches);
    const std::vector<std::string> lanes = cd::graphLanes(cd::analyze(net));
    CHECK_FALSE(lanes.front().empty());
}

TEST_CASE("one tensor read a hundred thousand times by one concat is one lane", "[lanes][bounds]")
{
    cd::Network net;
    net.input = {2, 4, 4};
    const cd::LayerId a = net.append(pointwise);
    const cd::LayerId b = net.append(pointwise);
    std::vector<cd::LayerId> inputs(100000, a);
    inputs.push_back(b);
    net.add(cd::Concat{}, inputs);
    const std::vector<std::string> lanes = cd::graphLanes(cd::analyze(net));
    REQUIRE(lanes.size() == 3);
    CHECK(lanes[2] == "\u25cf\u2500\u2518"); // ●─┘: a ends here, b joins from the right
}
