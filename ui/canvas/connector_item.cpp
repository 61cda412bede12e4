#include "connector_item.h"

#include "canvas_layout.h"
#include "canvas_theme.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

namespace cd::ui {

namespace {

constexpr qreal arrowHalfWidth = 5;
constexpr qreal arrowLength = 8;
constexpr qreal labelGap = 10;    // from the line to the label
constexpr qreal labelPadding = 7; // inside the label's pill
constexpr qreal labelHeight = 20;

} // namespace

ConnectorItem::ConnectorItem(QGraphicsItem *parent)
    : QGraphicsItem(parent)
{
    setCacheMode(DeviceCoordinateCache);
    setAcceptedMouseButtons(Qt::NoButton);
}

void ConnectorItem::setText(const QString &text, bool known)
{
    if (text == m_text && known == m_known)
        return;
    const qreal width = QFontMetricsF(canvas::smallFont()).horizontalAdvance(text);
    if (width != m_labelWidth) {
        prepareGeometryChange();
        m_labelWidth = width;
    }
    m_text = text;
    m_known = known;
    update();
}

void ConnectorItem::setLabelVisible(bool visible)
{
    if (visible == m_labelVisible)
        return;
    m_labelVisible = visible;
    update();
}

QRectF ConnectorItem::labelRect() const
{
    const qreal length = canvas::connectorLength;
    return QRectF(labelGap, (length - labelHeight) / 2, m_labelWidth + 2 * labelPadding,
                  labelHeight);
}

QRectF ConnectorItem::boundingRect() const
{
    const QRectF line(-arrowHalfWidth - 1, 0, 2 * arrowHalfWidth + 2, canvas::connectorLength);
    return line.united(labelRect().adjusted(-1, -1, 1, 1));
}

void ConnectorItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
                          QWidget *widget)
{
    Q_UNUSED(option);
    Q_UNUSED(widget);
    painter->setRenderHint(QPainter::Antialiasing);
    const qreal length = canvas::connectorLength;
    QColor lineColor = QColor::fromRgb(canvas::connectorColor);
    if (!m_known)
        lineColor.setAlphaF(0.5);

    painter->setPen(QPen(lineColor, 1.6, Qt::SolidLine, Qt::FlatCap));
    painter->drawLine(QPointF(0, 1), QPointF(0, length - arrowLength));
    QPainterPath arrow;
    arrow.moveTo(-arrowHalfWidth, length - arrowLength - 1);
    arrow.lineTo(arrowHalfWidth, length - arrowLength - 1);
    arrow.lineTo(0, length - 1);
    arrow.closeSubpath();
    painter->fillPath(arrow, lineColor);

    if (!m_labelVisible)
        return;
    const QRectF label = labelRect();
    painter->setPen(QPen(QColor::fromRgb(canvas::blockBorder), 1));
    painter->setBrush(QColor::fromRgb(canvas::blockFill));
    painter->drawRoundedRect(label.adjusted(0.5, 0.5, -0.5, -0.5), labelHeight / 2,
                             labelHeight / 2);
    painter->setFont(canvas::smallFont());
    painter->setPen(QColor::fromRgb(m_known ? canvas::textColor : canvas::idleText));
    painter->drawText(label, Qt::AlignCenter, m_text);
}

} // namespace cd::ui
