// layOut: runs Graphviz's dot on the spec's graph (dot_graph.h) and reads the places, splines
// and frames back in scene coordinates (y down, top-left at the origin).

#include "graph_layout.h"

#include "dot_graph.h"

#include <vector>

namespace cd::layout {

namespace {

// Graphviz's y axis points up and its drawing may not start at the origin.
struct SceneTransform
{
    boxf bounds;
    Point operator()(pointf p) const { return {p.x - bounds.LL.x, bounds.UR.y - p.y}; }
};

Point between(Point a, Point b, double t)
{
    return {a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t};
}

// A straight segment as a cubic, so the spline keeps its 1 + 3k points.
void appendLine(std::vector<Point> &spline, Point to)
{
    const Point from = spline.back();
    spline.insert(spline.end(), {between(from, to, 1.0 / 3), between(from, to, 2.0 / 3), to});
}

std::vector<Point> splineOf(Agedge_t *edge, const SceneTransform &toScene)
{
    const splines *routes = edge ? ED_spl(edge) : nullptr;
    if (!routes || routes->size == 0 || routes->list[0].size == 0)
        return {};
    const bezier &curve = routes->list[0];
    std::vector<Point> spline;
    spline.reserve(static_cast<std::size_t>(curve.size) + 6);
    // With an arrowhead (sflag/eflag) the curve stops at the arrow's base; sp/ep are the ports.
    if (curve.sflag) {
        spline.push_back(toScene(curve.sp));
        appendLine(spline, toScene(curve.list[0]));
    } else {
        spline.push_back(toScene(curve.list[0]));
    }
    for (int i = 1; i < curve.size; ++i)
        spline.push_back(toScene(curve.list[i]));
    if (curve.eflag)
        appendLine(spline, toScene(curve.ep));
    return spline;
}

// The layout's shape before dot's answer: ids in place, every node at the origin.
GraphLayout unplaced(const GraphSpec &spec)
{
    GraphLayout layout;
    layout.nodes.reserve(spec.nodes.size());
    for (const NodeBox &box : spec.nodes)
        layout.nodes.push_back({.id = box.id, .centre = {}});
    layout.edges.reserve(spec.edges.size());
    for (const EdgeSpec &edge : spec.edges)
        layout.edges.push_back({.from = edge.from, .to = edge.to, .spline = {}});
    return layout;
}

void readPlaces(GraphLayout &layout, const DotGraph &dot)
{
    const SceneTransform toScene{GD_bb(dot.graph.get())};
    layout.width = toScene.bounds.UR.x - toScene.bounds.LL.x;
    layout.height = toScene.bounds.UR.y - toScene.bounds.LL.y;
    for (std::size_t i = 0; i < dot.nodes.size(); ++i)
        layout.nodes[i].centre = toScene(ND_coord(dot.nodes[i]));
    for (std::size_t i = 0; i < dot.edges.size(); ++i)
        layout.edges[i].spline = splineOf(dot.edges[i], toScene);
    for (const auto &[name, subgraph] : dot.clusters) {
        const boxf frame = GD_bb(subgraph);
        layout.clusters.push_back({.name = name,
                                   .topLeft = toScene({frame.LL.x, frame.UR.y}),
                                   .width = frame.UR.x - frame.LL.x,
                                   .height = frame.UR.y - frame.LL.y});
    }
}

} // namespace

GraphLayout layOut(const GraphSpec &spec)
{
    GraphLayout layout = unplaced(spec);
    if (spec.nodes.empty())
        return layout;
    const MessageCollector messages;
    const DotGraph dot = buildDotGraph(spec);
    const DotLayout dotLayout(dot.graph.get());
    if (!dotLayout.laidOut()) {
        layout.error = messages.text();
        if (layout.error.empty())
            layout.error = "Graphviz's dot could not lay the graph out";
        return layout;
    }
    readPlaces(layout, dot);
    return layout;
}

} // namespace cd::layout
