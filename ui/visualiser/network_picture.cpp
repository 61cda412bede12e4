#include "network_picture.h"

#include "network_drawing.h"
#include "network_input_painter.h"
#include "network_legend.h"
#include "network_ruler_painter.h"
#include "network_theme.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace cd::ui {

namespace {

constexpr qreal margin = 32;
constexpr qreal slideExtent = 896; // the input's longer side on a slide, when it can be
constexpr qreal largestExtent = 3600;

} // namespace

NetworkPicture::NetworkPicture(const NetworkDrawing &drawing)
    : m_drawing(drawing)
    , m_titleFont(network::pictureFont(22, true))
    , m_countFont(network::pictureFont(20, true))
    , m_rulerFont(network::pictureFont(13))
    , m_legendFont(network::pictureFont(17))
{
    const NetworkRulerPainter rulers(drawing);
    const QFontMetricsF title(m_titleFont);
    const QFontMetricsF count(m_countFont);
    m_title = QRectF(margin, margin, title.horizontalAdvance(drawing.title), title.height());
    m_count = QRectF(margin, m_title.bottom() + 8, count.horizontalAdvance(drawing.countText),
                     count.height());
    qreal right = std::max(m_title.right(), m_count.right());
    qreal bottom = m_count.bottom();

    const NetworkCoverage &coverage = drawing.coverage;
    if (coverage.hasInput()) {
        const qreal cell = cellSize(coverage.height, coverage.width);
        const qreal rulerWidth = rulers.rowsWidth(m_rulerFont);
        const qreal rulerHeight = NetworkRulerPainter::columnsHeight(m_rulerFont);
        // Whole-pixel corners keep cells crisp and each input pixel on its own pixels.
        m_input = QRectF(std::ceil(margin + rulerWidth), std::ceil(bottom + 20 + rulerHeight),
                         qreal(coverage.width) * cell, qreal(coverage.height) * cell);
        m_columnRuler
            = QRectF(m_input.left(), m_input.top() - rulerHeight, m_input.width(), rulerHeight);
        m_rowRuler = QRectF(margin, m_input.top(), rulerWidth, m_input.height());
        // Labels centred on the last columns reach past the input by half a label.
        right = std::max(right, m_input.right() + rulerWidth / 2);
        bottom = m_input.bottom();
        const QSizeF legend = NetworkLegend(drawing).size(m_legendFont);
        if (!legend.isEmpty()) {
            m_legend = QRectF(QPointF(m_input.left(), bottom + 20), legend);
            right = std::max(right, m_legend.right());
            bottom = m_legend.bottom();
        }
    }
    m_size = QSizeF(std::ceil(right + margin), std::ceil(bottom + margin));
}

qreal NetworkPicture::cellSize(std::int64_t height, std::int64_t width)
{
    const qreal longest = qreal(std::max<std::int64_t>({height, width, 1}));
    if (longest <= slideExtent)
        return std::min<qreal>(32, std::floor(slideExtent / longest));
    if (longest <= largestExtent)
        return 1;
    return largestExtent / longest;
}

void NetworkPicture::paint(QPainter &painter) const
{
    painter.save();
    painter.setRenderHint(QPainter::TextAntialiasing);
    const QFontMetricsF title(m_titleFont);
    painter.setFont(m_titleFont);
    painter.setPen(QColor(network::colours().textColour));
    painter.drawText(QPointF(m_title.left(), m_title.top() + title.ascent()), m_drawing.title);
    const QFontMetricsF count(m_countFont);
    painter.setFont(m_countFont);
    painter.setPen(QColor(network::countColour(m_drawing.coverage)));
    painter.drawText(QPointF(m_count.left(), m_count.top() + count.ascent()), m_drawing.countText);
    if (!m_input.isEmpty()) {
        NetworkInputPainter(m_drawing).paint(painter, m_input, m_input);
        // Labels of the first and last rows and columns may reach past the input's ends.
        const qreal overhang = QFontMetricsF(m_rulerFont).height();
        const NetworkRulerPainter rulers(m_drawing);
        rulers.paintColumns(painter, m_input,
                            m_columnRuler.adjusted(-overhang, 0, m_size.width(), 0), m_rulerFont);
        rulers.paintRows(painter, m_input, m_rowRuler.adjusted(0, -overhang, 0, overhang),
                         m_rulerFont);
    }
    if (!m_legend.isEmpty())
        NetworkLegend(m_drawing).paint(painter, m_legend.topLeft(), m_legendFont);
    painter.restore();
}

} // namespace cd::ui
