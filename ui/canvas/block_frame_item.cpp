#include "block_frame_item.h"

#include "canvas_theme.h"
#include "corner_button.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>

namespace cd::ui {

namespace {

constexpr qreal radius = 12;
constexpr qreal headerGap = 14; // between the header's right edge and the frame
constexpr qreal lineHeight = 17;

QString tr(const char *text)
{
    return QCoreApplication::translate("cd::ui::BlockFrameItem", text);
}

} // namespace

BlockFrameItem::BlockFrameItem(const QString &block, QGraphicsItem *parent)
    : QGraphicsItem(parent)
    , m_block(block)
{
    setZValue(-2);                         // behind edges and nodes
    setAcceptedMouseButtons(Qt::NoButton); // the scene handles the button
}

void BlockFrameItem::syncWithBlock(const canvas::BlockSummary &summary)
{
    if (summary == m_summary)
        return;
    prepareGeometryChange();
    m_summary = summary;
    const QFontMetricsF title(canvas::titleFont());
    const QFontMetricsF small(canvas::smallFont());
    m_headerWidth = title.horizontalAdvance(summary.name);
    for (const QString &line : figureLines())
        m_headerWidth = std::max(m_headerWidth, small.horizontalAdvance(line));
    setToolTip(tr("Block %1: %2 layers\n%3\nClick \u2212 (or press \u2212) to collapse it.")
                   .arg(summary.name)
                   .arg(summary.layerCount)
                   .arg(figureLines().join(u'\n')));
    update();
}

QStringList BlockFrameItem::figureLines() const
{
    if (m_summary.params.isEmpty())
        return {tr("params ?"), tr("MACs ?")};
    return {tr("%1 params").arg(m_summary.params), tr("%1 MACs").arg(m_summary.macs)};
}

void BlockFrameItem::setBox(const QRectF &box)
{
    if (box.size() != m_size)
        prepareGeometryChange();
    m_size = box.size();
    setPos(box.topLeft());
}

QRectF BlockFrameItem::collapseButtonSceneRect() const
{
    return mapRectToScene(canvas::cornerButtonRect(QPointF(0, 0)));
}

void BlockFrameItem::setCornerButtonShown(bool shown)
{
    if (shown == m_cornerButtonShown)
        return;
    m_cornerButtonShown = shown;
    update();
}

QRectF BlockFrameItem::headerRect() const
{
    return QRectF(-headerGap - m_headerWidth, 2, m_headerWidth, 3 * lineHeight);
}

QRectF BlockFrameItem::boundingRect() const
{
    return QRectF(QPointF(0, 0), m_size)
        .united(canvas::cornerButtonRect(QPointF(0, 0)))
        .united(headerRect())
        .adjusted(-1, -1, 1, 1);
}

void BlockFrameItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
                           QWidget *widget)
{
    Q_UNUSED(option);
    Q_UNUSED(widget);
    painter->setRenderHint(QPainter::Antialiasing);
    const QRectF frame(QPointF(0, 0), m_size);
    QColor fill = QColor::fromRgb(canvas::colours().frameFill);
    fill.setAlphaF(0.7);
    painter->setBrush(fill);
    painter->setPen(
        QPen(QColor::fromRgb(m_summary.status == LayerStatus::Invalid ? canvas::colours().errorBorder
                                                                      : canvas::colours().frameBorder),
             canvas::colours().borderWidth, Qt::DashLine));
    painter->drawRoundedRect(frame.adjusted(0.5, 0.5, -0.5, -0.5), radius, radius);

    // The header reads right to left into the frame: name, then the subtotals under it.
    const QRectF header = headerRect();
    painter->setFont(canvas::titleFont());
    painter->setPen(QColor::fromRgb(canvas::colours().textColor));
    painter->drawText(QRectF(header.left(), header.top(), header.width(), lineHeight),
                      Qt::AlignRight | Qt::AlignVCenter, m_summary.name);
    painter->setFont(canvas::smallFont());
    painter->setPen(QColor::fromRgb(canvas::colours().secondaryTextColor));
    const QStringList lines = figureLines();
    for (int i = 0; i < lines.size(); ++i) {
        painter->drawText(
            QRectF(header.left(), header.top() + (i + 1) * lineHeight, header.width(), lineHeight),
            Qt::AlignRight | Qt::AlignVCenter, lines[i]);
    }
    if (m_cornerButtonShown)
        canvas::paintCornerButton(painter, canvas::cornerButtonRect(QPointF(0, 0)), false);
}

} // namespace cd::ui
