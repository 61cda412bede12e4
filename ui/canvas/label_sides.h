#pragma once

// Which side of its edge each shape label goes: the side the geometry prefers, unless the
// label would cover a node, another edge or a label placed before it and the other side is
// clear. Pure geometry, so the rule can be read and tested apart from the scene.

#include <QPolygonF>
#include <QRectF>

#include <cstddef>
#include <vector>

namespace cd::ui::canvas {

struct LabelOption
{
    QRectF preferred;
    QRectF other;
    std::size_t edge = 0; // index into `edges`: its own line never blocks it
};

// For each option, true to keep the preferred side. `placed` are labels that stay where they
// are (a fork's label on its trunk); each decided label joins them.
std::vector<bool> keepPreferredSides(const std::vector<LabelOption> &options,
                                     const std::vector<QRectF> &nodes,
                                     const std::vector<QPolygonF> &edges,
                                     std::vector<QRectF> placed);

// The polyline crosses or enters the rectangle.
bool polylineHitsRect(const QPolygonF &line, const QRectF &rect);

} // namespace cd::ui::canvas
