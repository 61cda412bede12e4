#include "network_zoom.h"

#include <algorithm>

namespace cd::ui {

namespace {

constexpr qreal padding = 8; // around the input when it fits, and past its edges when panned

// Where the input's edge goes along one side: centred when it fits, else no further in than
// the padding on either end.
qreal placed(qreal offset, qreal extent, qreal area)
{
    if (extent + 2 * padding <= area)
        return (area - extent) / 2;
    return std::clamp(offset, area - extent - padding, padding);
}

} // namespace

void NetworkZoom::setInput(const QSizeF &cells)
{
    if (cells == m_input)
        return;
    m_input = cells;
    fit();
}

void NetworkZoom::setArea(const QSizeF &area)
{
    m_area = area;
    if (m_fitting)
        fit();
    else
        keepInView();
}

QRectF NetworkZoom::inputRect() const
{
    return QRectF(m_offset, m_input * m_zoom);
}

qreal NetworkZoom::fitZoom() const
{
    if (m_input.isEmpty() || m_area.isEmpty())
        return 1;
    const qreal fit = std::min((m_area.width() - 2 * padding) / m_input.width(),
                               (m_area.height() - 2 * padding) / m_input.height());
    return std::clamp(fit, 1e-6, maximumZoom);
}

void NetworkZoom::fit()
{
    m_fitting = true;
    m_zoom = fitZoom();
    keepInView();
}

void NetworkZoom::zoomAt(qreal factor, const QPointF &anchor)
{
    // Never smaller than the fit: smaller only wastes the view.
    const qreal zoom = std::clamp(m_zoom * factor, fitZoom(), std::max(maximumZoom, fitZoom()));
    const QPointF cell = (anchor - m_offset) / m_zoom;
    m_zoom = zoom;
    m_offset = anchor - cell * m_zoom;
    m_fitting = qFuzzyCompare(m_zoom, fitZoom());
    keepInView();
}

void NetworkZoom::panBy(const QPointF &delta)
{
    m_offset += delta;
    keepInView();
    m_fitting = m_fitting && qFuzzyCompare(m_zoom, fitZoom());
}

void NetworkZoom::keepInView()
{
    const QSizeF extent = m_input * m_zoom;
    m_offset = QPointF(placed(m_offset.x(), extent.width(), m_area.width()),
                       placed(m_offset.y(), extent.height(), m_area.height()));
}

} // namespace cd::ui
