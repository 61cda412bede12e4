#include "insertion_marker_item.h"

#include "canvas_theme.h"

#include <QPainter>

namespace cd::ui {

namespace {

constexpr qreal ringRadius = 11;
constexpr qreal arm = 5;

} // namespace

InsertionMarkerItem::InsertionMarkerItem(QGraphicsItem *parent)
    : QGraphicsItem(parent)
{
    setZValue(100); // above nodes and labels
    setAcceptedMouseButtons(Qt::NoButton);
    hide();
}

void InsertionMarkerItem::showAt(QPointF scenePos)
{
    setPos(scenePos);
    show();
}

QRectF InsertionMarkerItem::boundingRect() const
{
    const qreal r = ringRadius + 2;
    return QRectF(-r, -r, 2 * r, 2 * r);
}

void InsertionMarkerItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
                                QWidget *widget)
{
    Q_UNUSED(option);
    Q_UNUSED(widget);
    painter->setRenderHint(QPainter::Antialiasing);
    const QColor accent = QColor::fromRgb(canvas::colours().accentColor);
    // A filled ring with a plus, as in text editors' drop indicators: "goes here".
    painter->setPen(QPen(Qt::white, 2));
    painter->setBrush(accent);
    painter->drawEllipse(QPointF(0, 0), ringRadius, ringRadius);
    painter->setPen(QPen(Qt::white, 2, Qt::SolidLine, Qt::RoundCap));
    painter->drawLine(QPointF(-arm, 0), QPointF(arm, 0));
    painter->drawLine(QPointF(0, -arm), QPointF(0, arm));
}

} // namespace cd::ui
