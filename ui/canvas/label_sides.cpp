// Choosing label sides (label_sides.h).

#include "label_sides.h"

#include <QLineF>

namespace cd::ui::canvas {

bool polylineHitsRect(const QPolygonF &line, const QRectF &rect)
{
    if (line.isEmpty() || !line.boundingRect().intersects(rect.adjusted(-1, -1, 1, 1)))
        return false;
    const QLineF sides[] = {{rect.topLeft(), rect.topRight()},
                            {rect.topRight(), rect.bottomRight()},
                            {rect.bottomRight(), rect.bottomLeft()},
                            {rect.bottomLeft(), rect.topLeft()}};
    for (qsizetype i = 0; i < line.size(); ++i) {
        if (rect.contains(line[i]))
            return true;
        if (i == 0)
            continue;
        const QLineF segment(line[i - 1], line[i]);
        for (const QLineF &side : sides) {
            if (segment.intersects(side) == QLineF::BoundedIntersection)
                return true;
        }
    }
    return false;
}

std::vector<bool> keepPreferredSides(const std::vector<LabelOption> &options,
                                     const std::vector<QRectF> &nodes,
                                     const std::vector<QPolygonF> &edges,
                                     std::vector<QRectF> placed)
{
    std::vector<QRectF> edgeBounds;
    edgeBounds.reserve(edges.size());
    for (const QPolygonF &edge : edges)
        edgeBounds.push_back(edge.boundingRect());
    const auto covers = [&](const QRectF &label, std::size_t own) {
        for (const QRectF &node : nodes) {
            if (node.intersects(label))
                return true;
        }
        for (const QRectF &other : placed) {
            if (other.intersects(label))
                return true;
        }
        for (std::size_t e = 0; e < edges.size(); ++e) {
            if (e != own && edgeBounds[e].intersects(label) && polylineHitsRect(edges[e], label))
                return true;
        }
        return false;
    };

    std::vector<bool> keep;
    keep.reserve(options.size());
    for (const LabelOption &option : options) {
        const bool switchSides
            = covers(option.preferred, option.edge) && !covers(option.other, option.edge);
        keep.push_back(!switchSides);
        placed.push_back(switchSides ? option.other : option.preferred);
    }
    return keep;
}

} // namespace cd::ui::canvas
