#pragma once

// The network view's legend: a swatch for used pixels and one for pixels that never reach
// the output, drawn over the same input (photo or checker) the view shows.

#include <QPointF>
#include <QSizeF>

class QFont;
class QPainter;

namespace cd::ui {

struct NetworkDrawing;

class NetworkLegend
{
public:
    explicit NetworkLegend(const NetworkDrawing &drawing);

    // Empty when there is no coverage to explain.
    QSizeF size(const QFont &font) const;
    void paint(QPainter &painter, const QPointF &topLeft, const QFont &font) const;

private:
    const NetworkDrawing &m_drawing;
};

} // namespace cd::ui
