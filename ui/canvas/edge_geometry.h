#pragma once

// The shapes of the canvas's edges: Graphviz's Bézier splines as painter paths, pinned to the
// ports the canvas draws, and where an edge's shape label goes so that it stays clear of nodes
// and of its neighbours' labels.

#include <QPainterPath>
#include <QPointF>
#include <QPolygonF>

#include <vector>

namespace cd::ui::canvas {

// A start point and three points (two controls and an end) per cubic segment.
using Spline = std::vector<QPointF>;

// The spline as a path; a malformed one (not 1 + 3k points) as straight lines through them.
QPainterPath splinePath(const Spline &spline);
// `spline` moved to start at `start` and end at `end`: each end point moves with the control
// point next to it, so the curve keeps its direction there.
Spline pinnedSpline(Spline spline, QPointF start, QPointF end);
// A smooth S from an output port down to an input port: edges while nodes animate, and any
// edge the layout could not route.
Spline directSpline(QPointF start, QPointF end);

// The spline as a polyline, each cubic evaluated at evenly spaced parameters: what hit tests,
// labels and the drawn line use, since QPainterPath's length queries are slow.
QPolygonF flattenSpline(const Spline &spline);
// The polyline's first point at height `y`, between its vertices; the nearest point when it
// never gets there.
QPointF pointAtHeight(const QPolygonF &line, qreal y);
// The polyline without its last `distance` units (measured along it), and the direction it
// heads in at its new end, as a unit vector.
QPolygonF cutFromEnd(const QPolygonF &line, qreal distance, QPointF *direction);

// Where an edge's label sits. Beside: next to the edge, half-way down the gap below its
// source, as the column always drew it. NearSource: beside it just below the source, for an
// edge into a join, which soon bends towards its port among its siblings. OnTrunk: centred
// on the line just below a fork's output port, where all its edges still run together, so a
// fork says its shape once.
enum class LabelPlace { None, Beside, NearSource, OnTrunk };

struct LabelAnchor
{
    QPointF point;        // on the edge
    bool left = false;    // Beside: the label goes on the left of the edge
    bool centred = false; // OnTrunk: the label is centred on the point
};

// Beside goes on the side the edge bends away from the straight line between its ends, so
// that an edge curving towards a neighbour keeps its label clear of it; NearSource on the side
// the edge does not head to.
LabelAnchor labelAnchor(const QPolygonF &line, LabelPlace place, qreal rankGap);

} // namespace cd::ui::canvas
