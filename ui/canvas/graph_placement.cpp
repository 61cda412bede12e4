// Laying a visible graph out and pinning it to the canvas's ports (graph_placement.h).

#include "graph_placement.h"

#include "canvas_layout.h"
#include "graph_layout.h"

namespace cd::ui::canvas {

QRectF GraphPlacement::nodeRect(std::size_t node) const
{
    return QRectF(nodes.at(node), QSizeF(blockWidth, blockHeight));
}

GraphPlacement placeGraph(const VisibleGraph &graph)
{
    layout::GraphSpec spec = layoutSpec(graph);
    layout::GraphLayout result = layout::layOut(spec);
    if (result.error.empty() && !keepsBranchOrder(graph, result)) {
        // dot does not order edges that cross a block's frame (an Inception block's branches
        // come out shuffled): without frames it keeps the order, and the canvas draws each
        // block's frame around its nodes itself.
        for (layout::NodeBox &node : spec.nodes)
            node.cluster.clear();
        result = layout::layOut(spec);
        frameBlocks(graph, result);
    }
    GraphPlacement placement;
    const std::size_t count = graph.nodes.size();
    placement.nodes.resize(count);
    const bool laidOut = result.error.empty() && result.nodes.size() == count;
    placement.error = QString::fromStdString(result.error);
    // The input's top-left corner at the origin, so a chain is the column it always was.
    QPointF shift;
    if (laidOut) {
        const layout::Point input = result.nodes.front().centre;
        shift = QPointF(blockWidth / 2 - input.x, blockHeight / 2 - input.y);
    }
    for (std::size_t i = 0; i < count; ++i) {
        if (laidOut) {
            const layout::Point centre = result.nodes[i].centre;
            placement.nodes[i]
                = QPointF(centre.x - blockWidth / 2, centre.y - blockHeight / 2) + shift;
        } else {
            placement.nodes[i] = QPointF(0, rowTop(static_cast<int>(i))); // one column
        }
    }
    for (const layout::ClusterBox &box : result.clusters) {
        placement.frames.insert(
            QString::fromStdString(box.name),
            QRectF(QPointF(box.topLeft.x, box.topLeft.y) + shift, QSizeF(box.width, box.height)));
    }

    const auto outputPort = [&](int node) {
        return placement.nodes[static_cast<std::size_t>(node)]
               + QPointF(blockWidth / 2, blockHeight);
    };
    placement.edges.reserve(graph.edges.size());
    for (std::size_t e = 0; e < graph.edges.size(); ++e) {
        const VisibleEdge &edge = graph.edges[e];
        const QPointF start = outputPort(edge.from);
        const QPointF end
            = placement.nodes[static_cast<std::size_t>(edge.to)]
              + QPointF(blockWidth * (edge.targetSlot + 1) / (edge.targetSlots + 1), 0);
        Spline spline;
        if (laidOut && e < result.edges.size()) {
            for (const layout::Point &point : result.edges[e].spline)
                spline.push_back(QPointF(point.x, point.y) + shift);
        }
        placement.edges.push_back(spline.empty() ? directSpline(start, end)
                                                 : pinnedSpline(std::move(spline), start, end));
    }

    QRectF content;
    for (const QPointF &node : placement.nodes)
        content = content.united(QRectF(node, QSizeF(blockWidth, blockHeight)));
    const QPointF output = outputPort(graph.outputNode());
    content = content.united(QRectF(output, QSizeF(1, connectorLength)));
    for (const QRectF &frame : std::as_const(placement.frames))
        content = content.united(frame);
    for (const Spline &spline : placement.edges)
        content = content.united(splinePath(spline).boundingRect());
    placement.content = content;
    return placement;
}

} // namespace cd::ui::canvas
