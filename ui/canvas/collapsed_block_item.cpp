#include "collapsed_block_item.h"

#include "canvas_layout.h"
#include "canvas_theme.h"
#include "corner_button.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>

namespace cd::ui {

namespace {

constexpr qreal textLeft = 22;
constexpr qreal textRight = 14;
constexpr qreal stackOffset = 4; // the second card behind, so it reads as several layers

QString tr(const char *text)
{
    return QCoreApplication::translate("cd::ui::CollapsedBlockItem", text);
}

} // namespace

CollapsedBlockItem::CollapsedBlockItem(const QString &block, QGraphicsItem *parent)
    : NodeItem(parent)
    , m_block(block)
{}

void CollapsedBlockItem::syncWithBlock(const canvas::BlockSummary &summary, LayerId outputLayer)
{
    m_outputLayer = outputLayer;
    if (summary == m_summary)
        return;
    m_summary = summary;
    QString tip = tr("Block %1: %2 layers, collapsed\n%3")
                      .arg(summary.name)
                      .arg(summary.layerCount)
                      .arg(shapesText());
    if (!summary.params.isEmpty())
        tip += u'\n' + tr("%1 parameters, %2 MACs").arg(summary.params, summary.macs);
    tip += u'\n' + tr("Click + (or press +) to show its layers.");
    setToolTip(tip);
    update();
}

QString CollapsedBlockItem::shapesText() const
{
    const QString inputs = m_summary.inputShapes.isEmpty()
                               ? QStringLiteral("?")
                               : m_summary.inputShapes.join(QStringLiteral(" + "));
    return QStringLiteral("%1 \u2192 %2").arg(inputs, m_summary.outputShape);
}

QRectF CollapsedBlockItem::expandButtonSceneRect() const
{
    return mapRectToScene(canvas::cornerButtonRect(QPointF(0, 0)));
}

void CollapsedBlockItem::setCornerButtonShown(bool shown)
{
    if (shown == m_cornerButtonShown)
        return;
    m_cornerButtonShown = shown;
    update();
}

void CollapsedBlockItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
                               QWidget *widget)
{
    Q_UNUSED(option);
    Q_UNUSED(widget);
    painter->setRenderHint(QPainter::Antialiasing);
    const QRectF body(0, 0, canvas::blockWidth, canvas::blockHeight);
    painter->setPen(QPen(QColor::fromRgb(canvas::colours().blockBorder), 1));
    painter->setBrush(QColor::fromRgb(canvas::colours().idleFill));
    painter->drawRoundedRect(
        body.translated(stackOffset, stackOffset).adjusted(0.5, 0.5, -0.5, -0.5), 8, 8);
    paintBody(painter, QColor::fromRgb(canvas::colours().blockStripe));

    const qreal width = canvas::blockWidth - textLeft - textRight;
    const qreal lineHeight = 20;
    const QRectF titleLine(textLeft, canvas::blockHeight / 2 - lineHeight, width, lineHeight);
    const QRectF shapesLine(textLeft, canvas::blockHeight / 2, width, lineHeight);
    const bool ok = m_summary.status == LayerStatus::Ok;

    const QFont small = canvas::smallFont();
    const QFontMetricsF smallMetrics(small);
    const QString count = tr("block \u00b7 %1 layers").arg(m_summary.layerCount);
    const qreal countWidth = std::min(smallMetrics.horizontalAdvance(count), width / 2);
    painter->setFont(small);
    painter->setPen(QColor::fromRgb(canvas::colours().secondaryTextColor));
    painter->drawText(titleLine, Qt::AlignRight | Qt::AlignBottom,
                      smallMetrics.elidedText(count, Qt::ElideRight, countWidth));

    const QFont title = canvas::titleFont();
    painter->setFont(title);
    painter->setPen(QColor::fromRgb(m_summary.status == LayerStatus::Invalid ? canvas::colours().errorText
                                                                             : canvas::colours().textColor));
    painter->drawText(
        titleLine, Qt::AlignLeft | Qt::AlignBottom,
        QFontMetricsF(title).elidedText(m_summary.name, Qt::ElideRight, width - countWidth - 8));

    const QFont bodyFont = canvas::bodyFont();
    painter->setFont(bodyFont);
    painter->setPen(QColor::fromRgb(ok ? canvas::colours().textColor : canvas::colours().secondaryTextColor));
    painter->drawText(shapesLine, Qt::AlignLeft | Qt::AlignTop,
                      QFontMetricsF(bodyFont).elidedText(shapesText(), Qt::ElideRight, width));

    if (m_cornerButtonShown)
        canvas::paintCornerButton(painter, canvas::cornerButtonRect(QPointF(0, 0)), true);
    paintDecorations(painter);
}

} // namespace cd::ui
