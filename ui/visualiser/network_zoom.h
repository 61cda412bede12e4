#pragma once

// Zoom and pan of the network view as plain arithmetic: device pixels per input pixel and
// where the input's corner sits in the view's area. The input fits the area until the user
// zooms or pans, and stays centred along any side it does not fill.

#include <QPointF>
#include <QRectF>
#include <QSizeF>

namespace cd::ui {

class NetworkZoom
{
public:
    static constexpr qreal maximumZoom = 64;

    // W × H input pixels; a new size fits again.
    void setInput(const QSizeF &cells);
    void setArea(const QSizeF &area);

    qreal zoom() const { return m_zoom; }
    bool fitting() const { return m_fitting; }
    // The whole input, relative to the area's top left corner.
    QRectF inputRect() const;
    qreal fitZoom() const;

    void fit();
    // By `factor` about `anchor` (relative to the area), the input point under it staying put.
    void zoomAt(qreal factor, const QPointF &anchor);
    void panBy(const QPointF &delta);

private:
    void keepInView();

    QSizeF m_input;
    QSizeF m_area;
    qreal m_zoom = 1;
    QPointF m_offset;
    bool m_fitting = true;
};

} // namespace cd::ui
