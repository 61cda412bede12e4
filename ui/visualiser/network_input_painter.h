#pragma once

// Paints the network input with its shading, for the widget (zoomed, panned, clipped) and
// the exported picture alike: two scaled images whatever the input's size, red lines along
// the lost strips' edges, and grid lines only once a cell is ≥ 6 device pixels.

#include <QRectF>

class QPainter;

namespace cd::ui {

struct NetworkDrawing;

class NetworkInputPainter
{
public:
    explicit NetworkInputPainter(const NetworkDrawing &drawing);

    // The input as H×W cells filling `target`; only what meets `visible` is painted.
    void paint(QPainter &painter, const QRectF &target, const QRectF &visible) const;

private:
    // Solid red lines where used meets lost, across the whole input, so that the edge of a
    // thin lost strip reads from the back of a lecture hall.
    void paintRunEdges(QPainter &painter, const QRectF &target, const QRectF &area) const;
    void paintGrid(QPainter &painter, const QRectF &target, const QRectF &area) const;

    const NetworkDrawing &m_drawing;
};

} // namespace cd::ui
