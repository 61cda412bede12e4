#include "connector_item.h"

#include "canvas_layout.h"
#include "canvas_theme.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPathStroker>

#include <algorithm>

namespace cd::ui {

namespace {

constexpr qreal arrowHalfWidth = 5;
constexpr qreal arrowLength = 8;
constexpr qreal labelGap = 10;    // from the line to the label
constexpr qreal labelPadding = 7; // inside the label's pill
constexpr qreal labelHeight = 20;
constexpr qreal hitWidth = 12; // how far from the line a click still picks the edge

} // namespace

ConnectorItem::ConnectorItem(LayerId source, LayerId reader, int slot, QGraphicsItem *parent)
    : QGraphicsItem(parent)
    , m_source(source)
    , m_reader(reader)
    , m_slot(slot)
{
    setZValue(-1); // under the nodes it joins, over block frames
}

void ConnectorItem::setText(const QString &text, bool known)
{
    if (text == m_text && known == m_known)
        return;
    const qreal width = QFontMetricsF(canvas::smallFont()).horizontalAdvance(text);
    m_text = text;
    m_known = known;
    if (width != m_labelWidth) {
        prepareGeometryChange();
        m_labelWidth = width;
        updateGeometry();
    }
    update();
}

void ConnectorItem::setSlotNumber(int number)
{
    if (number == m_slotNumber)
        return;
    prepareGeometryChange();
    m_slotNumber = number;
    updateGeometry();
    update();
}

void ConnectorItem::setGeometry(const canvas::Spline &spline)
{
    m_path = canvas::splinePath(spline);
    m_points = canvas::flattenSpline(spline);
}

void ConnectorItem::setRoute(const canvas::Spline &spline, canvas::LabelPlace place)
{
    prepareGeometryChange();
    setGeometry(spline);
    m_anchor = canvas::labelAnchor(m_points, place, canvas::connectorLength);
    m_labelShown = place != canvas::LabelPlace::None;
    // A fork's label sits on its edges' common trunk: over them, not under.
    setZValue(m_anchor.centred ? -0.8 : -1);
    updateGeometry();
    update();
}

void ConnectorItem::setInterimRoute(QPointF start, QPointF end)
{
    prepareGeometryChange();
    setGeometry(canvas::directSpline(start, end));
    m_labelShown = false;
    updateGeometry();
    update();
}

void ConnectorItem::setEmphasis(Emphasis emphasis)
{
    if (emphasis == m_emphasis)
        return;
    m_emphasis = emphasis;
    if (emphasis != Emphasis::None)
        setZValue(-0.5); // above its neighbours
    else
        setZValue(m_anchor.centred ? -0.8 : -1);
    update();
}

void ConnectorItem::setLabelLeft(bool left)
{
    if (left == m_anchor.left)
        return;
    prepareGeometryChange();
    m_anchor.left = left;
    updateGeometry();
    update();
}

QRectF ConnectorItem::labelRect() const
{
    if (!m_labelShown)
        return {};
    return labelRectOn(m_anchor.left);
}

QRectF ConnectorItem::labelRectOn(bool left) const
{
    const qreal width = m_labelWidth + 2 * labelPadding;
    const QPointF at = m_anchor.point;
    const qreal x = m_anchor.centred ? at.x() - width / 2
                    : left           ? at.x() - labelGap - width
                                     : at.x() + labelGap;
    return QRectF(x, at.y() - labelHeight / 2, width, labelHeight);
}

QPointF ConnectorItem::nearestPoint(QPointF scenePos) const
{
    QPointF best = m_points.value(0);
    for (qsizetype i = 1; i < m_points.size(); ++i) {
        // The foot of the perpendicular onto the segment, clamped to its ends.
        const QPointF from = m_points[i - 1];
        const QPointF along = m_points[i] - from;
        const qreal squared = QPointF::dotProduct(along, along);
        const qreal t
            = squared > 0
                  ? std::clamp(QPointF::dotProduct(scenePos - from, along) / squared, 0.0, 1.0)
                  : 0.0;
        const QPointF foot = from + along * t;
        if (QLineF(foot, scenePos).length() < QLineF(best, scenePos).length())
            best = foot;
    }
    return best;
}

void ConnectorItem::updateGeometry()
{
    // Into a join the arrow stops at the ring of its numbered port.
    const qreal inset = m_slotNumber > 0 ? canvas::slotRadius : 0;
    const QPolygonF toTip = canvas::cutFromEnd(m_points, inset, &m_direction);
    m_tip = toTip.isEmpty() ? QPointF() : toTip.back();
    QPointF unused;
    m_line = canvas::cutFromEnd(toTip, arrowLength - 1, &unused);
    QRectF bounds = m_points.boundingRect().adjusted(-hitWidth, -hitWidth, hitWidth, hitWidth);
    if (m_labelShown && !m_text.isEmpty())
        bounds = bounds.united(labelRect().adjusted(-1, -1, 1, 1));
    m_bounds = bounds;
}

QRectF ConnectorItem::boundingRect() const
{
    return m_bounds;
}

QPainterPath ConnectorItem::shape() const
{
    QPainterPathStroker stroker;
    stroker.setWidth(hitWidth);
    QPainterPath line;
    line.addPolygon(m_points);
    QPainterPath hit = stroker.createStroke(line);
    if (m_labelShown)
        hit.addRect(labelRect());
    return hit;
}

void ConnectorItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
                          QWidget *widget)
{
    Q_UNUSED(option);
    Q_UNUSED(widget);
    if (m_points.size() < 2)
        return;
    painter->setRenderHint(QPainter::Antialiasing);
    QColor lineColor = QColor::fromRgb(canvas::colours().connectorColor);
    qreal width = 1.6 * canvas::colours().borderWidth;
    if (m_emphasis != Emphasis::None) {
        lineColor = QColor::fromRgb(canvas::colours().accentColor);
        width = 2.6;
    } else if (!m_known) {
        lineColor.setAlphaF(0.5);
    }

    painter->setPen(QPen(lineColor, width, Qt::SolidLine, Qt::FlatCap, Qt::RoundJoin));
    painter->setBrush(Qt::NoBrush);
    painter->drawPolyline(m_line);
    // The arrowhead along the edge's last direction.
    const QPointF tip = m_tip;
    const QPointF along = m_direction;
    const QPointF across(-along.y(), along.x());
    const QPointF base = tip - along * (arrowLength - 1);
    QPainterPath arrow;
    arrow.moveTo(base + across * arrowHalfWidth);
    arrow.lineTo(base - across * arrowHalfWidth);
    arrow.lineTo(tip);
    arrow.closeSubpath();
    painter->fillPath(arrow, lineColor);

    if (!m_labelShown || m_text.isEmpty())
        return;
    const QRectF label = labelRect();
    painter->setPen(
        QPen(m_emphasis != Emphasis::None ? lineColor : QColor::fromRgb(canvas::colours().blockBorder), 1));
    painter->setBrush(QColor::fromRgb(canvas::colours().blockFill));
    painter->drawRoundedRect(label.adjusted(0.5, 0.5, -0.5, -0.5), labelHeight / 2,
                             labelHeight / 2);
    painter->setFont(canvas::smallFont());
    painter->setPen(QColor::fromRgb(m_known ? canvas::colours().textColor : canvas::colours().idleText));
    painter->drawText(label, Qt::AlignCenter, m_text);
}

} // namespace cd::ui
