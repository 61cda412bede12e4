#pragma once

// A GraphSpec as the graph dot lays out: one box per node, edges between ports in spec order,
// clusters for the frames, and the attributes that give the header's promises (sizes in
// inches, the gaps, ordering, the main line's weight). Private to this library.

#include "graph_layout.h"
#include "graphviz_session.h"

#include <string>
#include <utility>
#include <vector>

namespace cd::layout {

struct DotGraph
{
    GraphHandle graph;
    std::vector<Agnode_t *> nodes;                            // one per spec node
    std::vector<Agedge_t *> edges;                            // one per spec edge; null: skipped
    std::vector<std::pair<std::string, Agraph_t *>> clusters; // by first appearance
};

DotGraph buildDotGraph(const GraphSpec &spec);

} // namespace cd::layout
