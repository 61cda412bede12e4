#include "node_item.h"

#include "canvas_layout.h"
#include "canvas_theme.h"

#include <QFont>

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace cd::ui {

namespace {

constexpr qreal radius = 8;
constexpr qreal stripeWidth = 6;
constexpr qreal portRadius = 4.5;
constexpr qreal targetPortRadius = 7;
constexpr qreal ringGap = 5; // between the body and the highlight ring

} // namespace

NodeItem::NodeItem(QGraphicsItem *parent)
    : QGraphicsItem(parent)
{
    // Painting text and icons is the expensive part; with a cache, scrolling a large graph
    // blits pixmaps and an edit repaints only the nodes whose content changed.
    setCacheMode(DeviceCoordinateCache);
}

void NodeItem::setSelection(Selection selection)
{
    if (selection == m_selection)
        return;
    m_selection = selection;
    update();
}

void NodeItem::setHighlighted(bool highlighted)
{
    if (highlighted == m_highlighted)
        return;
    m_highlighted = highlighted;
    update();
}

void NodeItem::setLifted(bool lifted)
{
    if (lifted == m_lifted)
        return;
    m_lifted = lifted;
    update();
}

void NodeItem::setWiringTarget(bool target)
{
    if (target == m_wiringTarget)
        return;
    m_wiringTarget = target;
    update();
}

void NodeItem::setInputSlots(int slots, bool numbered)
{
    if (slots == m_inputSlots && numbered == m_numberedSlots)
        return;
    m_inputSlots = slots;
    m_numberedSlots = numbered;
    update();
}

QPointF NodeItem::outputPort() const
{
    return mapToScene(QPointF(canvas::blockWidth / 2, canvas::blockHeight));
}

QPointF NodeItem::inputPort(int slot, int slots) const
{
    const qreal x = canvas::blockWidth * (slot + 1) / (std::max(slots, 1) + 1);
    return mapToScene(QPointF(x, 0));
}

QRectF NodeItem::sceneBodyRect() const
{
    return mapRectToScene(QRectF(0, 0, canvas::blockWidth, canvas::blockHeight));
}

QRectF NodeItem::boundingRect() const
{
    // The highlight ring and the ports stick out of the body; the shadow falls below.
    const qreal out = ringGap + 5; // also the corner button of a collapsed block
    return QRectF(0, 0, canvas::blockWidth, canvas::blockHeight).adjusted(-out, -out, out, out);
}

void NodeItem::paintBody(QPainter *painter, const QColor &stripeColor) const
{
    const QRectF body(0, 0, canvas::blockWidth, canvas::blockHeight);
    const LayerStatus state = status();

    // A soft two-step shadow: cheaper than QGraphicsDropShadowEffect and cached with the item.
    // The outer step is fainter, 14 to the inner's 22 in the light theme.
    const QColor shadow = QColor::fromRgba(canvas::colours().shadow);
    QColor outerShadow = shadow;
    outerShadow.setAlphaF(shadow.alphaF() * 14 / 22);
    painter->setPen(Qt::NoPen);
    painter->setBrush(outerShadow);
    painter->drawRoundedRect(body.adjusted(-1, 0, 1, 3), radius + 1, radius + 1);
    painter->setBrush(shadow);
    painter->drawRoundedRect(body.adjusted(0, 1, 0, 1.5), radius, radius);

    const bool selected = m_selection != Selection::None;
    QRgb fill = canvas::colours().blockFill;
    QRgb border = canvas::colours().blockBorder;
    if (state == LayerStatus::Invalid) {
        fill = canvas::colours().errorFill;
        border = canvas::colours().errorBorder;
    } else if (state == LayerStatus::NotComputed) {
        fill = canvas::colours().idleFill;
        border = canvas::colours().idleBorder;
    } else if (selected && !m_lifted) {
        fill = canvas::colours().selectedFill;
    }
    if (m_lifted)
        fill = canvas::colours().idleFill;
    QPainterPath outline;
    outline.addRoundedRect(body, radius, radius);
    painter->fillPath(outline, QColor::fromRgb(fill));

    QColor stripe = stripeColor;
    if (state == LayerStatus::NotComputed)
        stripe.setAlphaF(0.35);
    painter->save();
    painter->setClipPath(outline);
    painter->fillRect(QRectF(0, 0, stripeWidth, canvas::blockHeight), stripe);
    painter->restore();

    painter->setBrush(Qt::NoBrush);
    const QColor accent = QColor::fromRgb(state == LayerStatus::Invalid ? canvas::colours().errorBorder
                                                                        : canvas::colours().accentColor);
    if (m_lifted) {
        painter->setPen(QPen(QColor::fromRgb(canvas::colours().accentColor), 1.5, Qt::DashLine));
        painter->drawRoundedRect(body.adjusted(0.75, 0.75, -0.75, -0.75), radius, radius);
    } else if (m_selection == Selection::Current) {
        painter->setPen(QPen(accent, 3));
        painter->drawRoundedRect(body.adjusted(0.5, 0.5, -0.5, -0.5), radius, radius);
    } else if (m_selection == Selection::Selected) {
        // The rest of a multi-selection: the same colour, a thinner line.
        painter->setPen(QPen(accent, 1.8));
        painter->drawRoundedRect(body.adjusted(0.9, 0.9, -0.9, -0.9), radius, radius);
    } else if (m_wiringTarget) {
        painter->setPen(QPen(QColor::fromRgb(canvas::colours().accentColor), 1.5));
        painter->drawRoundedRect(body.adjusted(0.75, 0.75, -0.75, -0.75), radius, radius);
    } else {
        painter->setPen(QPen(QColor::fromRgb(border),
                             std::max(state == LayerStatus::Invalid ? 1.6 : 1.0,
                                      canvas::colours().borderWidth)));
        painter->drawRoundedRect(body.adjusted(0.5, 0.5, -0.5, -0.5), radius, radius);
    }
}

void NodeItem::paintDecorations(QPainter *painter) const
{
    painter->setOpacity(1.0);
    const QRectF body(0, 0, canvas::blockWidth, canvas::blockHeight);
    if (m_highlighted) {
        QColor tint = QColor::fromRgb(canvas::colours().highlightColor);
        painter->setBrush(Qt::NoBrush);
        painter->setPen(QPen(tint, 3));
        painter->drawRoundedRect(body.adjusted(-ringGap, -ringGap, ringGap, ringGap),
                                 radius + ringGap, radius + ringGap);
    }

    const QColor line = QColor::fromRgb(canvas::colours().connectorColor);
    const QColor accent = QColor::fromRgb(canvas::colours().accentColor);
    // The output port is where a wire is dragged from: always shown.
    painter->setPen(QPen(line, 1.5));
    painter->setBrush(QColor::fromRgb(canvas::colours().blockFill));
    painter->drawEllipse(QPointF(canvas::blockWidth / 2, canvas::blockHeight), portRadius,
                         portRadius);
    if (!hasInputPort())
        return;
    if (m_numberedSlots && m_inputSlots > 0)
        paintNumberedSlots(painter);
    const QPointF input(canvas::blockWidth / 2, 0);
    if (m_wiringTarget) {
        painter->setPen(QPen(Qt::white, 2));
        painter->setBrush(accent);
        painter->drawEllipse(input, targetPortRadius, targetPortRadius);
    } else if (m_inputSlots == 0) {
        // Nothing enters yet: show where a wire goes.
        painter->setPen(
            QPen(QColor::fromRgb(status() == LayerStatus::Invalid ? canvas::colours().errorBorder
                                                                  : canvas::colours().connectorColor),
                 1.5));
        painter->drawEllipse(input, portRadius, portRadius);
    }
}

void NodeItem::paintNumberedSlots(QPainter *painter) const
{
    QFont font = canvas::smallFont();
    font.setPointSizeF(7.5);
    font.setBold(true);
    painter->setFont(font);
    const qreal r = canvas::slotRadius;
    for (int slot = 0; slot < m_inputSlots; ++slot) {
        const QPointF centre(canvas::blockWidth * (slot + 1) / (m_inputSlots + 1), 0);
        painter->setPen(QPen(QColor::fromRgb(canvas::colours().connectorColor), 1.2));
        painter->setBrush(QColor::fromRgb(canvas::colours().blockFill));
        painter->drawEllipse(centre, r, r);
        painter->setPen(QColor::fromRgb(canvas::colours().textColor));
        painter->drawText(QRectF(centre - QPointF(r, r), QSizeF(2 * r, 2 * r)), Qt::AlignCenter,
                          QString::number(slot + 1));
    }
}

} // namespace cd::ui
