#pragma once

// Where the canvas puts everything it draws of a visible graph: Graphviz's layout
// (core/layout) in scene coordinates with the input's top-left corner at the origin, so that a
// chain is the column the designer always drew, the splines pinned to the ports the nodes
// draw, and a frame per expanded block. Pure: it knows no items.

#include "edge_geometry.h"
#include "visible_graph.h"

#include <QHash>
#include <QPointF>
#include <QRectF>
#include <QString>

#include <vector>

namespace cd::ui::canvas {

struct GraphPlacement
{
    std::vector<QPointF> nodes;    // top-left corners, by node index
    QHash<QString, QRectF> frames; // by block name
    std::vector<Spline> edges;     // by edge index, from output port to input port
    QRectF content; // nodes, frames, edges and the output connector below the last node
    // Graphviz's messages when it could not lay the graph out; the nodes then stand in one
    // column in execution order, joined by plain curves.
    QString error;

    QRectF nodeRect(std::size_t node) const;
};

GraphPlacement placeGraph(const VisibleGraph &graph);

} // namespace cd::ui::canvas
