// Folding a network into the nodes and edges the canvas shows (visible_graph.h).

#include "visible_graph.h"

#include "canvas_layout.h"
#include "graph_layout.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <map>

namespace cd::ui::canvas {

int VisibleGraph::nodeOf(LayerId id) const
{
    const auto it = nodeOfLayer.find(id);
    return it == nodeOfLayer.end() ? -1 : it->second;
}

int VisibleGraph::outputNode() const
{
    return static_cast<int>(nodes.size()) - 1;
}

VisibleGraph visibleGraph(const Network &network, const std::set<std::string> &collapsedBlocks)
{
    VisibleGraph graph;
    graph.nodes.push_back({});
    graph.nodeOfLayer.emplace(Network::inputId, 0);
    const auto &layers = network.layers;
    for (std::size_t i = 0; i < layers.size(); ++i) {
        const Layer &layer = layers[i];
        if (!layer.block.empty() && collapsedBlocks.contains(layer.block)) {
            // A block's layers follow one another, so its node is the one made for its first
            // layer; the last one it meets becomes the node's output.
            const bool continues = i > 0 && layers[i - 1].block == layer.block;
            if (!continues)
                graph.nodes.push_back({.collapsedBlock = layer.block});
            graph.nodes.back().layer = layer.id;
        } else {
            graph.nodes.push_back({.layer = layer.id, .frame = layer.block});
        }
        graph.nodeOfLayer.emplace(layer.id, static_cast<int>(graph.nodes.size()) - 1);
    }

    // Edges into a collapsed block from one node merge into one: (from, to) → its index.
    std::unordered_map<std::uint64_t, std::size_t> intoBlocks;
    for (const Layer &layer : layers) {
        const int to = graph.nodeOfLayer.at(layer.id);
        const bool intoBlock = graph.nodes[static_cast<std::size_t>(to)].isCollapsedBlock();
        for (std::size_t slot = 0; slot < layer.inputs.size(); ++slot) {
            const int from = graph.nodeOf(layer.inputs[slot]);
            if (from < 0 || from == to)
                continue; // an unknown id (analysis reports it), or inside a collapsed block
            if (intoBlock) {
                const std::uint64_t key
                    = (static_cast<std::uint64_t>(from) << 32) | static_cast<std::uint32_t>(to);
                const auto [same, added] = intoBlocks.emplace(key, graph.edges.size());
                if (!added) {
                    graph.edges[same->second].merged = true;
                    continue;
                }
            }
            graph.edges.push_back(
                {.from = from,
                 .to = to,
                 .source = layer.inputs[slot],
                 .reader = layer.id,
                 .slot = static_cast<int>(slot),
                 .targetSlot = intoBlock ? 0 : static_cast<int>(slot),
                 .targetSlots = intoBlock ? 1 : static_cast<int>(layer.inputs.size())});
        }
    }
    return graph;
}

layout::GraphSpec layoutSpec(const VisibleGraph &graph)
{
    layout::GraphSpec spec;
    spec.rankGap = connectorLength;
    spec.nodeGap = nodeGap;
    spec.clusterMargin = clusterMargin;
    spec.nodes.reserve(graph.nodes.size());
    for (std::size_t i = 0; i < graph.nodes.size(); ++i) {
        spec.nodes.push_back({.id = static_cast<int>(i),
                              .width = blockWidth,
                              .height = blockHeight,
                              .cluster = graph.nodes[i].frame});
    }
    spec.edges.reserve(graph.edges.size());
    for (const VisibleEdge &edge : graph.edges)
        spec.edges.push_back({.from = edge.from, .to = edge.to});
    return spec;
}

namespace {

// `ends` (node indices, in the order the network reads them) stand left to right within each
// rank.
bool leftToRight(const std::vector<int> &ends, const layout::GraphLayout &layout)
{
    std::map<long, double> lastX; // rank (the centre's height) → x of the last end seen
    for (int node : ends) {
        const layout::Point centre = layout.nodes[static_cast<std::size_t>(node)].centre;
        const auto [it, first] = lastX.emplace(std::lround(centre.y), centre.x);
        if (first)
            continue;
        if (centre.x < it->second - 0.5)
            return false;
        it->second = centre.x;
    }
    return true;
}

} // namespace

bool keepsBranchOrder(const VisibleGraph &graph, const layout::GraphLayout &layout)
{
    if (layout.nodes.size() != graph.nodes.size())
        return true; // nothing laid out to judge
    std::vector<std::vector<int>> readers(graph.nodes.size());
    std::vector<std::vector<std::pair<int, int>>> inputs(graph.nodes.size()); // (slot, node)
    for (const VisibleEdge &edge : graph.edges) {
        readers[static_cast<std::size_t>(edge.from)].push_back(edge.to);
        inputs[static_cast<std::size_t>(edge.to)].emplace_back(edge.targetSlot, edge.from);
    }
    for (std::size_t i = 0; i < graph.nodes.size(); ++i) {
        if (readers[i].size() > 1 && !leftToRight(readers[i], layout))
            return false;
        if (inputs[i].size() > 1) {
            std::stable_sort(inputs[i].begin(), inputs[i].end());
            std::vector<int> sources;
            for (const auto &[slot, node] : inputs[i])
                sources.push_back(node);
            if (!leftToRight(sources, layout))
                return false;
        }
    }
    return true;
}

void frameBlocks(const VisibleGraph &graph, layout::GraphLayout &layout)
{
    layout.clusters.clear();
    if (layout.nodes.size() != graph.nodes.size())
        return;
    for (std::size_t i = 0; i < graph.nodes.size(); ++i) {
        const std::string &block = graph.nodes[i].frame;
        if (block.empty())
            continue;
        const layout::Point centre = layout.nodes[i].centre;
        const double left = centre.x - blockWidth / 2 - clusterMargin;
        const double top = centre.y - blockHeight / 2 - clusterMargin;
        const double right = centre.x + blockWidth / 2 + clusterMargin;
        const double bottom = centre.y + blockHeight / 2 + clusterMargin;
        const auto box = std::find_if(layout.clusters.begin(), layout.clusters.end(),
                                      [&](const layout::ClusterBox &b) { return b.name == block; });
        if (box == layout.clusters.end()) {
            layout.clusters.push_back({block, {left, top}, right - left, bottom - top});
            continue;
        }
        const double boxRight = std::max(box->topLeft.x + box->width, right);
        const double boxBottom = std::max(box->topLeft.y + box->height, bottom);
        box->topLeft = {std::min(box->topLeft.x, left), std::min(box->topLeft.y, top)};
        box->width = boxRight - box->topLeft.x;
        box->height = boxBottom - box->topLeft.y;
    }
}

} // namespace cd::ui::canvas
