#pragma once

// What the canvas draws of a network: the input, one node per layer or per collapsed block, and
// the edges between them, in the order the layout wants them (nodes in execution order, each
// layer's inputs in order), so that a fork's branches keep file order and a join's inputs stay
// left to right. Pure: the scene turns it into items, layoutSpec() into Graphviz's input.

#include "network.h"

#include <set>
#include <string>
#include <unordered_map>
#include <vector>

namespace cd::layout {
struct GraphLayout;
struct GraphSpec;
} // namespace cd::layout

namespace cd::ui::canvas {

struct VisibleNode
{
    // A layer's id (the input: Network::inputId); a collapsed block: its output layer, the one
    // the rest of the network reads, which selecting the block makes current.
    LayerId layer = Network::inputId;
    std::string collapsedBlock{}; // empty for a layer's own node
    std::string frame{};          // the expanded block it is framed in; empty: none
    bool isCollapsedBlock() const { return !collapsedBlock.empty(); }
    friend bool operator==(const VisibleNode &, const VisibleNode &) = default;
};

struct VisibleEdge
{
    int from = 0; // node indices
    int to = 0;
    LayerId source = Network::inputId; // the node whose output it carries
    LayerId reader = 0;                // the layer that reads it
    int slot = 0;                      // where among the reader's inputs
    // Where it ends among the target node's inputs, left to right; a collapsed block has one
    // input port for every edge.
    int targetSlot = 0;
    int targetSlots = 1;
    // It stands for more than one edge of the network (several layers of a collapsed block read
    // the same node), so it cannot be rewired as one.
    bool merged = false;
    friend bool operator==(const VisibleEdge &, const VisibleEdge &) = default;
};

struct VisibleGraph
{
    std::vector<VisibleNode> nodes; // the input first, then in execution order
    std::vector<VisibleEdge> edges;
    // The node showing each layer (a hidden one: its collapsed block's node), and the input.
    std::unordered_map<LayerId, int> nodeOfLayer;

    int nodeOf(LayerId id) const;
    // The node of the network's output (the last layer), where the output connector hangs.
    int outputNode() const;
    friend bool operator==(const VisibleGraph &, const VisibleGraph &) = default;
};

VisibleGraph visibleGraph(const Network &network, const std::set<std::string> &collapsedBlocks);

// Graphviz's input in the canvas's measures (canvas_layout.h): ids are node indices,
// expanded blocks are clusters.
layout::GraphSpec layoutSpec(const VisibleGraph &graph);

// Whether the branches of every fork that share a rank stand left to right in the order the
// network reads them, and so do the inputs of every join that share a rank. dot keeps that
// order except for edges that cross a block's frame, which an Inception block's are.
bool keepsBranchOrder(const VisibleGraph &graph, const layout::GraphLayout &layout);

// Frames around each expanded block's nodes, as dot's clusters would be, for a layout made
// without clusters.
void frameBlocks(const VisibleGraph &graph, layout::GraphLayout &layout);

} // namespace cd::ui::canvas
