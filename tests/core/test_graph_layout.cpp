// The Graphviz layout (graph_layout.h): places, ports, branch order, frames and splines,
// checked against what the header promises, worked out from the sizes and gaps given.

#include "graph_layout.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

using cd::layout::EdgeSpec;
using cd::layout::GraphLayout;
using cd::layout::GraphSpec;
using cd::layout::layOut;
using cd::layout::NodeBox;
using cd::layout::Point;

namespace {

constexpr double nodeWidth = 260;
constexpr double nodeHeight = 56;

GraphSpec graphOf(const std::vector<int> &ids, std::vector<EdgeSpec> edges)
{
    GraphSpec spec;
    for (int id : ids)
        spec.nodes.push_back({.id = id, .width = nodeWidth, .height = nodeHeight, .cluster = {}});
    spec.edges = std::move(edges);
    return spec;
}

GraphSpec chainOf(int count)
{
    std::vector<int> ids;
    std::vector<EdgeSpec> edges;
    for (int id = 1; id <= count; ++id) {
        ids.push_back(id);
        if (id > 1)
            edges.push_back({id - 1, id});
    }
    return graphOf(ids, edges);
}

// A stem of 5 nodes, `blocks` residual blocks of 7 (conv, bn, relu, conv, bn, add, relu; the
// add reads the second bn, then the block's input), and a head of 3.
GraphSpec residualStack(int blocks, bool framed)
{
    GraphSpec spec = chainOf(5);
    int last = 5;
    auto append = [&](const std::string &cluster) {
        ++last;
        spec.nodes.push_back(
            {.id = last, .width = nodeWidth, .height = nodeHeight, .cluster = cluster});
        spec.edges.push_back({last - 1, last});
    };
    for (int block = 0; block < blocks; ++block) {
        const std::string cluster = framed ? "block " + std::to_string(block) : "";
        const int input = last;
        for (int layer = 0; layer < 7; ++layer) {
            append(cluster);
            if (layer == 5)
                spec.edges.push_back({input, last});
        }
    }
    for (int layer = 0; layer < 3; ++layer)
        append({});
    return spec;
}

struct Rect
{
    double left = 0;
    double top = 0;
    double right = 0;
    double bottom = 0;
};

std::size_t indexOf(const GraphSpec &spec, int id)
{
    const auto found = std::find_if(spec.nodes.begin(), spec.nodes.end(),
                                    [id](const NodeBox &box) { return box.id == id; });
    REQUIRE(found != spec.nodes.end());
    return static_cast<std::size_t>(found - spec.nodes.begin());
}

Point centreOf(const GraphSpec &spec, const GraphLayout &layout, int id)
{
    return layout.nodes.at(indexOf(spec, id)).centre;
}

Rect rectOf(const GraphSpec &spec, const GraphLayout &layout, int id)
{
    const NodeBox &box = spec.nodes[indexOf(spec, id)];
    const Point centre = centreOf(spec, layout, id);
    return {centre.x - box.width / 2, centre.y - box.height / 2, centre.x + box.width / 2,
            centre.y + box.height / 2};
}

bool strictlyInside(Point p, Rect r, double inset)
{
    return p.x > r.left + inset && p.x < r.right - inset && p.y > r.top + inset
           && p.y < r.bottom - inset;
}

// Points along every cubic segment of a spline (start point, then 3 points a segment).
std::vector<Point> sampled(const std::vector<Point> &spline, int perSegment)
{
    std::vector<Point> points;
    for (std::size_t s = 0; s + 3 < spline.size(); s += 3) {
        const Point p0 = spline[s], p1 = spline[s + 1], p2 = spline[s + 2], p3 = spline[s + 3];
        for (int i = 0; i <= perSegment; ++i) {
            const double t = static_cast<double>(i) / perSegment, u = 1 - t;
            const double a = u * u * u, b = 3 * u * u * t, c = 3 * u * t * t, d = t * t * t;
            points.push_back({a * p0.x + b * p1.x + c * p2.x + d * p3.x,
                              a * p0.y + b * p1.y + c * p2.y + d * p3.y});
        }
    }
    return points;
}

std::vector<double> xsOf(const GraphSpec &spec, const GraphLayout &layout,
                         const std::vector<int> &ids)
{
    std::vector<double> xs;
    for (int id : ids)
        xs.push_back(centreOf(spec, layout, id).x);
    return xs;
}

bool strictlyIncreasing(const std::vector<double> &values)
{
    return std::adjacent_find(values.begin(), values.end(), std::greater_equal<>()) == values.end();
}

} // namespace

TEST_CASE("An empty graph lays out as nothing")
{
    GraphSpec spec;
    spec.edges = {{1, 2}}; // names nodes that do not exist
    const GraphLayout layout = layOut(spec);
    CHECK(layout.error.empty());
    CHECK(layout.nodes.empty());
    CHECK(layout.clusters.empty());
    REQUIRE(layout.edges.size() == 1);
    CHECK(layout.edges[0].spline.empty());
    CHECK(layout.width == 0);
    CHECK(layout.height == 0);
}

TEST_CASE("A chain is one column, rankGap between a node's bottom and the next one's top")
{
    // dot works in whole points: 56.4 and 43.6 are placed as 56 and 44.
    const auto [height, rankGap, placedHeight, placedGap]
        = GENERATE(table<double, double, double, double>({
            {56, 44, 56, 44},
            {56, 20, 56, 20},
            {30, 72, 30, 72},
            {56.4, 43.6, 56, 44},
        }));
    CAPTURE(height, rankGap);
    GraphSpec spec = chainOf(5);
    for (NodeBox &box : spec.nodes)
        box.height = height;
    spec.rankGap = rankGap;
    const GraphLayout layout = layOut(spec);
    REQUIRE(layout.error.empty());
    REQUIRE(layout.nodes.size() == 5);

    // The column is the whole drawing, whose top-left corner is the origin.
    CHECK(layout.width == Approx(nodeWidth).margin(1e-6));
    CHECK(layout.height == Approx(5 * placedHeight + 4 * placedGap).margin(1e-6));
    CHECK(layout.nodes[0].centre.y - placedHeight / 2 == Approx(0).margin(1e-6));
    for (std::size_t i = 0; i < 5; ++i) {
        CHECK(layout.nodes[i].id == spec.nodes[i].id);
        CHECK(layout.nodes[i].centre.x == Approx(nodeWidth / 2).margin(1e-6));
        if (i > 0)
            CHECK(layout.nodes[i].centre.y - layout.nodes[i - 1].centre.y
                  == Approx(placedHeight + placedGap).margin(1e-6));
    }
}

TEST_CASE("Edges run from the tail's bottom middle to the head's top middle")
{
    GraphSpec framed = chainOf(5);
    framed.nodes[1].cluster = framed.nodes[2].cluster = "blk"; // edges crossing a frame
    const auto [name, spec] = GENERATE_COPY(table<std::string, GraphSpec>({
        {"chain", chainOf(5)},
        {"fork and join",
         graphOf({1, 2, 3, 4, 5}, {{1, 2}, {1, 3}, {1, 4}, {2, 5}, {3, 5}, {4, 5}})},
        {"residual", graphOf({1, 2, 3, 4}, {{1, 2}, {2, 3}, {3, 4}, {1, 4}})},
        {"framed chain", framed},
    }));
    CAPTURE(name);
    const GraphLayout layout = layOut(spec);
    REQUIRE(layout.error.empty());
    REQUIRE(layout.edges.size() == spec.edges.size());
    for (const auto &route : layout.edges) {
        CAPTURE(route.from, route.to);
        REQUIRE(route.spline.size() >= 4);
        CHECK(route.spline.size() % 3 == 1);
        const Rect tail = rectOf(spec, layout, route.from);
        const Rect head = rectOf(spec, layout, route.to);
        // Within 1: where an edge crosses a frame dot ends it a point off the node's side.
        CHECK(route.spline.front().x == Approx((tail.left + tail.right) / 2).margin(1));
        CHECK(route.spline.front().y == Approx(tail.bottom).margin(1));
        CHECK(route.spline.back().x == Approx((head.left + head.right) / 2).margin(1));
        CHECK(route.spline.back().y == Approx(head.top).margin(1));
    }
}

TEST_CASE("A fork's branches stand left to right in the order of its out-edges")
{
    // A (1) forks into B, C, D (2, 3, 4), which a concat E (5) reads in the same order. The
    // nodes are always listed B, C, D, so only the edges can give another order.
    const std::vector<int> branches = GENERATE(values<std::vector<int>>({
        {2, 3, 4},
        {4, 2, 3},
        {3, 4, 2},
    }));
    CAPTURE(branches);
    std::vector<EdgeSpec> edges;
    for (int branch : branches)
        edges.push_back({1, branch});
    for (int branch : branches)
        edges.push_back({branch, 5});
    const GraphSpec spec = graphOf({1, 2, 3, 4, 5}, edges);
    const GraphLayout layout = layOut(spec);
    REQUIRE(layout.error.empty());
    for (int branch : branches)
        CHECK(centreOf(spec, layout, branch).y == centreOf(spec, layout, branches[0]).y);
    CHECK(strictlyIncreasing(xsOf(spec, layout, branches)));
    // The first branch is the main line: straight down from the fork to the concat.
    CHECK(centreOf(spec, layout, branches[0]).x == Approx(centreOf(spec, layout, 1).x));
    CHECK(centreOf(spec, layout, 5).x == Approx(centreOf(spec, layout, 1).x));
}

TEST_CASE("A join's inputs stand left to right in the order of its in-edges")
{
    // B, C, D (2, 3, 4) are three sources that E (5) reads; with `forks`, E also feeds F, G
    // (6, 7) in the order G, F, and dot keeps a node's input order over its output order.
    const std::vector<int> inputs = GENERATE(values<std::vector<int>>({
        {2, 3, 4},
        {4, 2, 3},
        {3, 4, 2},
    }));
    const bool forks = GENERATE(false, true);
    CAPTURE(inputs, forks);
    std::vector<EdgeSpec> edges;
    for (int input : inputs)
        edges.push_back({input, 5});
    if (forks)
        edges.insert(edges.end(), {{5, 7}, {5, 6}});
    const GraphSpec spec = graphOf({2, 3, 4, 5, 6, 7}, edges);
    const GraphLayout layout = layOut(spec);
    REQUIRE(layout.error.empty());
    CHECK(strictlyIncreasing(xsOf(spec, layout, inputs)));
}

TEST_CASE("A residual's skip edge goes around the nodes it skips")
{
    // A (1) → B (2) → C (3) → Add (4), and A → Add.
    const GraphSpec spec = graphOf({1, 2, 3, 4}, {{1, 2}, {2, 3}, {3, 4}, {1, 4}});
    const GraphLayout layout = layOut(spec);
    REQUIRE(layout.error.empty());
    const std::vector<Point> skip = sampled(layout.edges[3].spline, 20);
    REQUIRE_FALSE(skip.empty());
    for (int id : {1, 2, 3, 4}) {
        const Rect box = rectOf(spec, layout, id);
        for (const Point &point : skip) {
            CAPTURE(id, point.x, point.y);
            CHECK_FALSE(strictlyInside(point, box, 2));
        }
    }
}

TEST_CASE("A residual stack's main line is one column, its blocks framed or not")
{
    // Every node of the stack is on the chain; the shortcuts are the only other edges, and
    // without the main line's weight dot shifts each framed block sideways.
    const bool framed = GENERATE(false, true);
    CAPTURE(framed);
    const GraphSpec spec = residualStack(8, framed);
    const GraphLayout layout = layOut(spec);
    REQUIRE(layout.error.empty());
    for (const auto &place : layout.nodes) {
        CAPTURE(place.id);
        CHECK(place.centre.x == Approx(layout.nodes[0].centre.x));
    }
    // The column, its frames' margins and the shortcuts beside them: not a node width more.
    CHECK(layout.width < 2 * nodeWidth);
}

TEST_CASE("Nodes tagged with a cluster share one frame, clusterMargin around them")
{
    // 1 → 2 → 3 → 4 → 5, with 2, 3, 4 in "blk".
    GraphSpec spec = chainOf(5);
    for (std::size_t i = 1; i <= 3; ++i)
        spec.nodes[i].cluster = "blk";
    spec.clusterMargin = 12;
    const GraphLayout layout = layOut(spec);
    REQUIRE(layout.error.empty());
    REQUIRE(layout.clusters.size() == 1);
    const auto &frame = layout.clusters[0];
    CHECK(frame.name == "blk");
    const Rect frameRect{frame.topLeft.x, frame.topLeft.y, frame.topLeft.x + frame.width,
                         frame.topLeft.y + frame.height};
    for (int id : {2, 3, 4}) {
        CAPTURE(id);
        const Rect box = rectOf(spec, layout, id);
        CHECK(box.left - frameRect.left >= 12 - 1e-6);
        CHECK(frameRect.right - box.right >= 12 - 1e-6);
        CHECK(box.top - frameRect.top >= 12 - 1e-6);
        CHECK(frameRect.bottom - box.bottom >= 12 - 1e-6);
    }
    for (int id : {1, 5}) {
        CAPTURE(id);
        CHECK_FALSE(strictlyInside(centreOf(spec, layout, id), frameRect, 0));
    }
}

TEST_CASE("Clusters come in the order the nodes first name them")
{
    GraphSpec spec = chainOf(4);
    spec.nodes[0].cluster = spec.nodes[1].cluster = "second";
    spec.nodes[2].cluster = spec.nodes[3].cluster = "first";
    const GraphLayout layout = layOut(spec);
    REQUIRE(layout.error.empty());
    REQUIRE(layout.clusters.size() == 2);
    CHECK(layout.clusters[0].name == "second");
    CHECK(layout.clusters[1].name == "first");
    // Consecutive frames of one column: the second starts below the first.
    CHECK(layout.clusters[1].topLeft.y >= layout.clusters[0].topLeft.y + layout.clusters[0].height);
}

TEST_CASE("An edge naming an unknown id keeps its place with an empty spline")
{
    const GraphSpec spec = graphOf({1, 2}, {{1, 99}, {1, 2}, {98, 2}, {97, 96}});
    const GraphLayout layout = layOut(spec);
    REQUIRE(layout.error.empty());
    REQUIRE(layout.edges.size() == 4);
    for (std::size_t i = 0; i < 4; ++i) {
        CHECK(layout.edges[i].from == spec.edges[i].from);
        CHECK(layout.edges[i].to == spec.edges[i].to);
        CHECK(layout.edges[i].spline.empty() == (i != 1));
    }
    CHECK(centreOf(spec, layout, 2).y > centreOf(spec, layout, 1).y);
}

TEST_CASE("An edge given twice gets two routes, and an edge to its own tail one")
{
    // add(x, x) reads one node twice; a cycle is no network, but must not bring dot down.
    const GraphSpec spec = graphOf({1, 2, 3}, {{1, 2}, {1, 2}, {2, 3}, {3, 3}});
    const GraphLayout layout = layOut(spec);
    REQUIRE(layout.error.empty());
    REQUIRE(layout.edges.size() == 4);
    for (const auto &route : layout.edges) {
        CAPTURE(route.from, route.to);
        CHECK(route.spline.size() % 3 == 1);
        CHECK(route.spline.size() >= 4);
    }
}

TEST_CASE("Residual stacks of ResNet-18's size and of 500 nodes fit in the drawing")
{
    const auto [blocks, framed] = GENERATE(table<int, bool>({
        {8, false},
        {8, true},
        {70, false},
        {70, true},
    }));
    const GraphSpec spec = residualStack(blocks, framed);
    CAPTURE(spec.nodes.size(), framed);
    const GraphLayout layout = layOut(spec);
    REQUIRE(layout.error.empty());
    REQUIRE(layout.nodes.size() == spec.nodes.size());
    CHECK(layout.clusters.size() == (framed ? static_cast<std::size_t>(blocks) : 0));
    for (const auto &place : layout.nodes) {
        CAPTURE(place.id);
        const Rect box = rectOf(spec, layout, place.id);
        CHECK(box.left >= -1e-6);
        CHECK(box.top >= -1e-6);
        CHECK(box.right <= layout.width + 1e-6);
        CHECK(box.bottom <= layout.height + 1e-6);
    }
    for (const auto &route : layout.edges)
        CHECK_FALSE(route.spline.empty());
}
