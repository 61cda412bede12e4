// The keyboard's walk over the drawn graph (graph_walk.h).

#include "graph_walk.h"

#include <cmath>

namespace cd::ui::canvas {

int walk(const VisibleGraph &graph, const GraphPlacement &placement, int node, Step step)
{
    switch (step) {
    case Step::Up: {
        const VisibleEdge *first = nullptr;
        for (const VisibleEdge &edge : graph.edges) {
            if (edge.to == node && (first == nullptr || edge.targetSlot < first->targetSlot))
                first = &edge;
        }
        return first == nullptr ? -1 : first->from;
    }
    case Step::Down:
        // Edges are listed by reader in execution order: the first one out is the first reader.
        for (const VisibleEdge &edge : graph.edges) {
            if (edge.from == node)
                return edge.to;
        }
        return -1;
    case Step::Left:
    case Step::Right: {
        if (static_cast<std::size_t>(node) >= placement.nodes.size())
            return -1;
        const QPointF here = placement.nodes[static_cast<std::size_t>(node)];
        const qreal direction = step == Step::Left ? -1 : 1;
        int best = -1;
        qreal bestDistance = 0;
        for (std::size_t i = 0; i < placement.nodes.size(); ++i) {
            const QPointF there = placement.nodes[i];
            const qreal distance = (there.x() - here.x()) * direction;
            if (std::abs(there.y() - here.y()) > 1 || distance <= 0)
                continue;
            if (best < 0 || distance < bestDistance) {
                best = static_cast<int>(i);
                bestDistance = distance;
            }
        }
        return best;
    }
    }
    return -1;
}

} // namespace cd::ui::canvas
