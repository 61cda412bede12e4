#pragma once

// The arrow keys' walk over the drawn graph: Up to a node's first input (a join's leftmost
// port), Down to its first reader, Left and Right to the nearest node of the same rank on
// that side. Left/Right go by what is drawn rather than by the network's readers, so that
// inside an Inception block they cross from branch to branch at any depth, not only at the
// branches' first layers.

#include "graph_placement.h"
#include "visible_graph.h"

namespace cd::ui::canvas {

enum class Step { Up, Down, Left, Right };

// The node index one step from `node`, or -1 when there is nowhere to go.
int walk(const VisibleGraph &graph, const GraphPlacement &placement, int node, Step step);

} // namespace cd::ui::canvas
