#pragma once

// Paints the numbered edges of the network input: column numbers above it, row numbers to
// its left, the unused runs' ends in red, and a red mark along the edge over every unused run
// that no zoom makes thinner than two device pixels.

#include <QRectF>

class QFont;
class QPainter;

namespace cd::ui {

struct NetworkDrawing;

class NetworkRulerPainter
{
public:
    explicit NetworkRulerPainter(const NetworkDrawing &drawing);

    // In `band` above (columns) or left of (rows) the input drawn at `target`; labels are
    // clipped to the band.
    void paintColumns(QPainter &painter, const QRectF &target, const QRectF &band,
                      const QFont &font) const;
    void paintRows(QPainter &painter, const QRectF &target, const QRectF &band,
                   const QFont &font) const;
    // The room the bands need.
    qreal rowsWidth(const QFont &font) const;
    static qreal columnsHeight(const QFont &font);

private:
    const NetworkDrawing &m_drawing;
};

} // namespace cd::ui
