#include "corner_button.h"

#include "canvas_theme.h"

#include <QPainter>

namespace cd::ui::canvas {

namespace {

constexpr qreal size = 18;
constexpr qreal stroke = 1.6;

} // namespace

QRectF cornerButtonRect(QPointF corner)
{
    return QRectF(corner - QPointF(size / 2, size / 2), QSizeF(size, size));
}

void paintCornerButton(QPainter *painter, const QRectF &rect, bool expands)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setOpacity(1.0);
    painter->setPen(QPen(QColor::fromRgb(colours().frameBorder), 1));
    painter->setBrush(QColor::fromRgb(colours().blockFill));
    painter->drawEllipse(rect.adjusted(0.5, 0.5, -0.5, -0.5));
    const QPointF centre = rect.center();
    const qreal arm = rect.width() / 2 - 5;
    painter->setPen(QPen(QColor::fromRgb(colours().secondaryTextColor), stroke, Qt::SolidLine, Qt::RoundCap));
    painter->drawLine(centre - QPointF(arm, 0), centre + QPointF(arm, 0));
    if (expands)
        painter->drawLine(centre - QPointF(0, arm), centre + QPointF(0, arm));
    painter->restore();
}

} // namespace cd::ui::canvas
