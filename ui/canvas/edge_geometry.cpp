// Edge paths and label anchors for the canvas (edge_geometry.h).

#include "edge_geometry.h"

#include <QLineF>

#include <cmath>

namespace cd::ui::canvas {

namespace {

// A label near its source: its centre this far below the port, clear of the port's circle.
constexpr qreal trunkLabelDrop = 16;

} // namespace

QPainterPath splinePath(const Spline &spline)
{
    QPainterPath path;
    if (spline.empty())
        return path;
    path.moveTo(spline.front());
    if ((spline.size() - 1) % 3 != 0) {
        for (std::size_t i = 1; i < spline.size(); ++i)
            path.lineTo(spline[i]);
        return path;
    }
    for (std::size_t i = 1; i + 2 < spline.size(); i += 3)
        path.cubicTo(spline[i], spline[i + 1], spline[i + 2]);
    return path;
}

Spline pinnedSpline(Spline spline, QPointF start, QPointF end)
{
    if (spline.size() < 2)
        return directSpline(start, end);
    const QPointF startShift = start - spline.front();
    const QPointF endShift = end - spline.back();
    spline.front() += startShift;
    spline[1] += startShift;
    spline.back() += endShift;
    spline[spline.size() - 2] += endShift;
    return spline;
}

Spline directSpline(QPointF start, QPointF end)
{
    const qreal bend = std::max<qreal>(std::abs(end.y() - start.y()) / 2, 12);
    return {start, start + QPointF(0, bend), end - QPointF(0, bend), end};
}

QPolygonF flattenSpline(const Spline &spline)
{
    constexpr int steps = 12; // per cubic segment: smooth at any zoom the canvas allows
    QPolygonF line;
    if (spline.empty())
        return line;
    line << spline.front();
    if ((spline.size() - 1) % 3 != 0) {
        for (std::size_t i = 1; i < spline.size(); ++i)
            line << spline[i];
        return line;
    }
    for (std::size_t i = 0; i + 3 < spline.size(); i += 3) {
        const QPointF p0 = spline[i];
        const QPointF p1 = spline[i + 1];
        const QPointF p2 = spline[i + 2];
        const QPointF p3 = spline[i + 3];
        for (int k = 1; k <= steps; ++k) {
            const qreal t = static_cast<qreal>(k) / steps;
            const qreal u = 1 - t;
            line << u * u * u * p0 + 3 * u * u * t * p1 + 3 * u * t * t * p2 + t * t * t * p3;
        }
    }
    return line;
}

QPointF pointAtHeight(const QPolygonF &line, qreal y)
{
    // On the first segment that reaches `y`: a line of few points (the network output's
    // straight stub has two) has no vertex near the height asked for.
    for (qsizetype i = 1; i < line.size(); ++i) {
        const QPointF from = line[i - 1];
        const QPointF to = line[i];
        if ((from.y() - y) * (to.y() - y) > 0 || from.y() == to.y())
            continue;
        return from + (to - from) * ((y - from.y()) / (to.y() - from.y()));
    }
    // Never that high: the nearest point.
    QPointF best = line.value(0);
    for (const QPointF &point : line) {
        if (std::abs(point.y() - y) < std::abs(best.y() - y))
            best = point;
    }
    return best;
}

QPolygonF cutFromEnd(const QPolygonF &line, qreal distance, QPointF *direction)
{
    QPolygonF cut = line;
    *direction = QPointF(0, 1);
    while (cut.size() >= 2) {
        const QPointF last = cut.back();
        const QPointF before = cut[cut.size() - 2];
        const QLineF segment(before, last);
        const qreal length = segment.length();
        if (length > 0)
            *direction = (last - before) / length;
        if (length > distance) {
            cut.back() = last - *direction * distance;
            return cut;
        }
        distance -= length;
        cut.removeLast();
    }
    return cut;
}

LabelAnchor labelAnchor(const QPolygonF &line, LabelPlace place, qreal rankGap)
{
    if (line.isEmpty())
        return {};
    const QPointF start = line.front();
    if (place == LabelPlace::OnTrunk)
        return {start + QPointF(0, trunkLabelDrop), false, true};
    const QPointF end = line.back();
    // Just below the port, on the side the edge does not head to (it may run almost level
    // towards a join's port).
    if (place == LabelPlace::NearSource)
        return {start + QPointF(0, trunkLabelDrop), end.x() > start.x() + 0.5, false};
    const QPointF point = pointAtHeight(line, start.y() + rankGap / 2);
    // The straight line's x at the point's height: left of it, the edge bends left.
    const qreal height = end.y() - start.y();
    const qreal along = std::abs(height) < 1e-6 ? 0.5 : (point.y() - start.y()) / height;
    const qreal chordX = start.x() + along * (end.x() - start.x());
    return {point, point.x() < chordX - 1, false};
}

} // namespace cd::ui::canvas
