#pragma once

// The network view laid out for a slide: the title, the count line, the input at a fixed
// number of pixels per input pixel with numbered edges, and the legend, in picture
// coordinates (pixels at scale 1).

#include <QFont>
#include <QRectF>
#include <QSizeF>

class QPainter;

namespace cd::ui {

struct NetworkDrawing;

class NetworkPicture
{
public:
    explicit NetworkPicture(const NetworkDrawing &drawing);

    QSizeF size() const { return m_size; }
    // Where the input is drawn; empty when there is no input.
    QRectF inputRect() const { return m_input; }
    // Picture pixels per input pixel: whole numbers up to 32 for small inputs (28 → 32,
    // 224 → 4), 1 up to 3600, then less, so a picture stays below ~4000 pixels a side.
    static qreal cellSize(std::int64_t height, std::int64_t width);
    void paint(QPainter &painter) const;

private:
    const NetworkDrawing &m_drawing;
    QFont m_titleFont;
    QFont m_countFont;
    QFont m_rulerFont;
    QFont m_legendFont;
    QRectF m_title;
    QRectF m_count;
    QRectF m_columnRuler;
    QRectF m_rowRuler;
    QRectF m_input;
    QRectF m_legend;
    QSizeF m_size;
};

} // namespace cd::ui
