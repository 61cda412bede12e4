#include "network_legend.h"

#include "network_drawing.h"
#include "network_theme.h"

#include <QFontMetricsF>
#include <QObject>
#include <QPainter>
#include <QPen>

#include <algorithm>
#include <cmath>

namespace cd::ui {

namespace {

constexpr qreal legendSpacing = 28; // between the two entries

} // namespace

NetworkLegend::NetworkLegend(const NetworkDrawing &drawing)
    : m_drawing(drawing)
{}

QSizeF NetworkLegend::size(const QFont &font) const
{
    if (m_drawing.coverage.state != NetworkCoverage::State::Known)
        return {};
    const QFontMetricsF metrics(font);
    const qreal swatch = std::round(metrics.height() * 1.1);
    const qreal text = metrics.horizontalAdvance(QObject::tr("used"))
                       + metrics.horizontalAdvance(QObject::tr("never reaches the output"));
    return {2 * swatch + 2 * 8 + legendSpacing + text, std::max(swatch, metrics.height())};
}

void NetworkLegend::paint(QPainter &painter, const QPointF &topLeft, const QFont &font) const
{
    const QSizeF extent = size(font);
    if (extent.isEmpty())
        return;
    const QFontMetricsF metrics(font);
    const qreal swatch = std::round(metrics.height() * 1.1);
    const qreal top = topLeft.y() + (extent.height() - swatch) / 2;
    const qreal baseline
        = topLeft.y() + (extent.height() + metrics.ascent() - metrics.descent()) / 2;
    painter.save();
    painter.setFont(font);
    qreal x = topLeft.x();
    for (bool shaded : {false, true}) {
        const QRectF box(x, top, swatch, swatch);
        if (m_drawing.photo) {
            painter.setRenderHint(QPainter::SmoothPixmapTransform);
            painter.drawImage(box, m_drawing.input);
        } else {
            painter.fillRect(box, QColor(network::colours().checkerLightColour));
        }
        if (shaded)
            painter.fillRect(box, QColor::fromRgba(network::colours().shadingColour));
        painter.setPen(QPen(QColor(network::colours().frameColour), 0));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(box);
        const QString text = shaded ? QObject::tr("never reaches the output") : QObject::tr("used");
        painter.setPen(QColor(network::colours().textColour));
        painter.drawText(QPointF(box.right() + 8, baseline), text);
        x = box.right() + 8 + metrics.horizontalAdvance(text) + legendSpacing;
    }
    painter.restore();
}

} // namespace cd::ui
