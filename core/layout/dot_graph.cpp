// buildDotGraph: the spec as a cgraph graph with the attributes dot lays it out by (dot_graph.h).

#include "dot_graph.h"

#include <charconv>
#include <cmath>
#include <string>
#include <unordered_map>

namespace cd::layout {

namespace {

// cgraph's API predates const: it takes char * for names and values it only reads.
char *text(const char *value)
{
    return const_cast<char *>(value);
}

char *text(const std::string &value)
{
    return const_cast<char *>(value.c_str());
}

// Graphviz reads sizes and gaps in inches of 72 points; to_chars spells them without a locale.
std::string inches(double units)
{
    char buffer[32];
    const auto end = std::to_chars(buffer, buffer + sizeof buffer, units / 72).ptr;
    return std::string(buffer, end);
}

struct Attribute
{
    int kind; // AGRAPH, AGNODE or AGEDGE
    const char *name;
    const char *value; // the default; "" where it is set per node or per cluster
};

// What dot needs beyond the spec's sizes and gaps. The canvas draws the nodes, so dot only
// needs their boxes.
constexpr Attribute fixedAttributes[] = {
    {AGRAPH, "rankdir", "TB"},
    {AGRAPH, "splines", "spline"},
    {AGRAPH, "margin", ""}, // on the root the page's margin, which layout ignores
    {AGNODE, "shape", "box"},
    {AGNODE, "fixedsize", "true"},
    {AGNODE, "label", ""},
    {AGNODE, "width", ""},
    {AGNODE, "height", ""},
    {AGNODE, "ordering", ""},
    {AGEDGE, "weight", "1"},
    {AGEDGE, "tailport", "s"},
    {AGEDGE, "headport", "n"},
    // No arrowheads: dot would end the spline short of the port, where the arrow's base is.
    {AGEDGE, "dir", "none"},
};

void declareAttributes(Agraph_t *graph, const GraphSpec &spec)
{
    for (const Attribute &attribute : fixedAttributes)
        agattr(graph, attribute.kind, text(attribute.name), text(attribute.value));
    agattr(graph, AGRAPH, text("nodesep"), text(inches(spec.nodeGap)));
    agattr(graph, AGRAPH, text("ranksep"), text(inches(spec.rankGap)));
}

Agraph_t *clusterFor(DotGraph &dot, const std::string &name, const GraphSpec &spec)
{
    for (const auto &[clusterName, subgraph] : dot.clusters)
        if (clusterName == name)
            return subgraph;
    // dot frames a subgraph only when its name starts with "cluster".
    const std::string dotName = "cluster_" + std::to_string(dot.clusters.size());
    Agraph_t *subgraph = agsubg(dot.graph.get(), text(dotName), 1);
    // A cluster's margin is in points, not inches, and dot reads it as a whole number.
    agset(subgraph, text("margin"), text(std::to_string(std::lround(spec.clusterMargin))));
    dot.clusters.emplace_back(name, subgraph);
    return subgraph;
}

void addNodes(DotGraph &dot, const GraphSpec &spec, std::unordered_map<int, Agnode_t *> &byId)
{
    Agraph_t *graph = dot.graph.get();
    Agsym_t *width = agattr(graph, AGNODE, text("width"), nullptr);
    Agsym_t *height = agattr(graph, AGNODE, text("height"), nullptr);
    dot.nodes.reserve(spec.nodes.size());
    for (const NodeBox &box : spec.nodes) {
        Agnode_t *node = agnode(graph, text(std::to_string(box.id)), 1);
        agxset(node, width, text(inches(box.width)));
        agxset(node, height, text(inches(box.height)));
        if (!box.cluster.empty())
            agsubnode(clusterFor(dot, box.cluster, spec), node, 1);
        byId.emplace(box.id, node);
        dot.nodes.push_back(node);
    }
}

void addEdges(DotGraph &dot, const GraphSpec &spec, const std::unordered_map<int, Agnode_t *> &byId)
{
    dot.edges.reserve(spec.edges.size());
    for (const EdgeSpec &edge : spec.edges) {
        const auto from = byId.find(edge.from);
        const auto to = byId.find(edge.to);
        const bool known = from != byId.end() && to != byId.end();
        // dot orders edges by creation, so creating them in spec order is what keeps it.
        dot.edges.push_back(known ? agedge(dot.graph.get(), from->second, to->second, nullptr, 1)
                                  : nullptr);
    }
}

// dot keeps either a node's out-edge order or its in-edge order; a join's inputs matter more
// (a concat's channel order), and a fork's branches then line up with the joins that read them.
void orderEdges(const DotGraph &dot)
{
    Agraph_t *graph = dot.graph.get();
    Agsym_t *ordering = agattr(graph, AGNODE, text("ordering"), nullptr);
    for (Agnode_t *node : dot.nodes) {
        if (agdegree(graph, node, 1, 0) > 1)
            agxset(node, ordering, text("in"));
        else if (agdegree(graph, node, 0, 1) > 1)
            agxset(node, ordering, text("out"));
    }
}

// The main line (graph_layout.h) weighs more, so dot keeps it straight: otherwise it shifts
// each framed block sideways to make room for the shortcut outside the frame, and a residual
// stack drifts wider with every block (ResNet-18: 1231 units wide instead of 600). dot already
// weighs a long edge's ends double, so the main line needs more than that. cgraph lists a
// node's edges by the other end's creation, not the edge's, hence the maps.
void weighMainLine(const DotGraph &dot)
{
    std::unordered_map<Agnode_t *, Agedge_t *> firstOut;
    std::unordered_map<Agnode_t *, Agedge_t *> firstIn;
    for (Agedge_t *edge : dot.edges) {
        if (edge) {
            firstOut.try_emplace(agtail(edge), edge);
            firstIn.try_emplace(aghead(edge), edge);
        }
    }
    Agsym_t *weight = agattr(dot.graph.get(), AGEDGE, text("weight"), nullptr);
    for (Agedge_t *edge : dot.edges)
        if (edge && firstOut[agtail(edge)] == edge && firstIn[aghead(edge)] == edge)
            agxset(edge, weight, text("4"));
}

} // namespace

DotGraph buildDotGraph(const GraphSpec &spec)
{
    DotGraph dot;
    dot.graph.reset(agopen(text("layout"), Agdirected, nullptr));
    declareAttributes(dot.graph.get(), spec);
    std::unordered_map<int, Agnode_t *> byId;
    addNodes(dot, spec, byId);
    addEdges(dot, spec, byId);
    orderEdges(dot);
    weighMainLine(dot);
    return dot;
}

} // namespace cd::layout
