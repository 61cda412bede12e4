#include "insertion_marker_item.h"

#include "canvas_layout.h"
#include "canvas_theme.h"

#include <QPainter>

namespace cd::ui {

namespace {

constexpr qreal overhang = 18; // beyond each side of the blocks
constexpr qreal thickness = 4;
constexpr qreal endRadius = 6;

} // namespace

InsertionMarkerItem::InsertionMarkerItem(QGraphicsItem *parent)
    : QGraphicsItem(parent)
{
    setZValue(100); // above blocks and connector labels
    setAcceptedMouseButtons(Qt::NoButton);
    hide();
}

void InsertionMarkerItem::showAt(int index)
{
    m_index = index;
    setPos(0, canvas::insertionY(index));
    show();
}

QRectF InsertionMarkerItem::boundingRect() const
{
    return QRectF(-overhang - endRadius - 1, -endRadius - 1,
                  canvas::blockWidth + 2 * (overhang + endRadius + 1), 2 * endRadius + 2);
}

void InsertionMarkerItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
                                QWidget *widget)
{
    Q_UNUSED(option);
    Q_UNUSED(widget);
    painter->setRenderHint(QPainter::Antialiasing);
    const QColor accent = QColor::fromRgb(canvas::accentColor);
    painter->setPen(Qt::NoPen);
    painter->setBrush(accent);
    painter->drawRoundedRect(
        QRectF(-overhang, -thickness / 2, canvas::blockWidth + 2 * overhang, thickness),
        thickness / 2, thickness / 2);
    // Hollow rings at the ends, as in text editors' drop indicators.
    painter->setPen(QPen(accent, 2.5));
    painter->setBrush(Qt::white);
    painter->drawEllipse(QPointF(-overhang, 0), endRadius - 1, endRadius - 1);
    painter->drawEllipse(QPointF(canvas::blockWidth + overhang, 0), endRadius - 1, endRadius - 1);
}

} // namespace cd::ui
