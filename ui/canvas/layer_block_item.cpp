#include "layer_block_item.h"

#include "canvas_layout.h"
#include "canvas_theme.h"
#include "layer_text.h"
#include "palette/layer_style.h"
#include "report/cells.h"

#include <QCoreApplication>
#include <QCursor>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QStringList>

#include <algorithm>
#include <cmath>

namespace cd::ui {

namespace {

constexpr qreal iconSize = 24;
constexpr qreal iconLeft = 18;
constexpr qreal textLeft = iconLeft + iconSize + 12;
constexpr qreal textRight = 14;
constexpr qreal errorMarkSize = 18;
constexpr qreal badgeGap = 10;
constexpr qreal badgePadding = 8;
constexpr qreal badgeHeight = 22;

QString tr(const char *text)
{
    return QCoreApplication::translate("cd::ui::LayerBlockItem", text);
}

// "1 row", "3 cols": spelled out here, as no translation supplies the plural of %n.
QString countText(std::size_t count, const char *one, const char *many)
{
    return (count == 1 ? tr(one) : tr(many)).arg(count);
}

QString lostText(const LayerReport &report)
{
    QStringList parts;
    if (!report.discardedRows.empty())
        parts << countText(report.discardedRows.size(), "%1 row", "%1 rows");
    if (!report.discardedCols.empty())
        parts << countText(report.discardedCols.size(), "%1 col", "%1 cols");
    if (parts.isEmpty())
        return {};
    return tr("%1 lost").arg(parts.join(QStringLiteral(", ")));
}

QString layerToolTip(const LayerReport &report, const QString &title, LayerType type)
{
    const QString description = QString::fromStdString(layerDescription(type));
    if (!report.ok())
        return QString::fromStdString(report.error) + QStringLiteral("\n\n") + description;
    QString tip = tr("%1 (%2)\n%3\nOutput: %4")
                      .arg(title, layerLabel(type), description,
                           QString::fromStdString(shapeText(report.output)));
    const std::string discarded = discardedText(report);
    if (!discarded.empty())
        tip += u'\n' + tr("Never read: %1").arg(QString::fromStdString(discarded));
    return tip;
}

} // namespace

LayerBlockItem::LayerBlockItem(LayerId id, QGraphicsItem *parent)
    : NodeItem(parent)
    , m_id(id)
{
    if (!isInput())
        setCursor(Qt::OpenHandCursor); // layers can be dragged onto another edge
}

void LayerBlockItem::syncWithLayer(const Layer &layer, const LayerReport &report)
{
    Content content;
    content.title = QString::fromStdString(report.name);
    content.typeLabel = layerLabel(report.type);
    content.summary = QString::fromStdString(layerSummary(layer.kind));
    content.badge = report.ok() ? lostText(report) : QString();
    content.toolTip = layerToolTip(report, content.title, report.type);
    content.outputText
        = report.ok() ? QString::fromStdString(shapeText(report.output)) : QStringLiteral("?");
    content.type = report.type;
    content.status = report.status;
    setContent(std::move(content));
}

void LayerBlockItem::syncWithInput(const Analysis &analysis)
{
    const InputShape &input = analysis.input;
    const QString shape = QString::fromStdString(
        shapeText(Shape{input.channels, input.height, input.width, false}));
    Content content;
    content.title = tr("input");
    content.typeLabel = tr("C\u00d7H\u00d7W");
    content.summary = shape;
    content.toolTip = tr("Network input: %1 (channels \u00d7 height \u00d7 width)").arg(shape);
    content.outputText = shape;
    for (const AnalysisError &error : analysis.errors) {
        if (error.layer == -1) {
            content.status = LayerStatus::Invalid;
            content.toolTip = QString::fromStdString(error.message);
            content.outputText = QStringLiteral("?");
            break;
        }
    }
    setContent(std::move(content));
}

void LayerBlockItem::setContent(Content content)
{
    if (content == m_content)
        return;
    if (content.badge != m_content.badge) {
        prepareGeometryChange();
        m_badgeWidth = content.badge.isEmpty()
                           ? 0
                           : QFontMetricsF(canvas::smallFont()).horizontalAdvance(content.badge);
    }
    if (content.toolTip != m_content.toolTip)
        setToolTip(content.toolTip);
    m_content = std::move(content);
    update();
}

QRectF LayerBlockItem::badgeRect() const
{
    if (m_content.badge.isEmpty())
        return {};
    return QRectF(canvas::blockWidth + badgeGap, (canvas::blockHeight - badgeHeight) / 2,
                  m_badgeWidth + 2 * badgePadding, badgeHeight);
}

QRectF LayerBlockItem::boundingRect() const
{
    const QRectF body = NodeItem::boundingRect();
    return m_content.badge.isEmpty() ? body : body.united(badgeRect().adjusted(-1, -1, 1, 1));
}

void LayerBlockItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
                           QWidget *widget)
{
    Q_UNUSED(option);
    Q_UNUSED(widget);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::SmoothPixmapTransform);
    paintBody(painter,
              isInput() ? QColor::fromRgb(canvas::colours().inputColor) : layerColor(m_content.type));
    // A lifted block stays opaque (the grid must not show through its text) but fades.
    painter->setOpacity(isLifted() ? 0.4 : 1.0);
    paintTexts(painter);
    paintBadge(painter);
    paintDecorations(painter);
}

QRectF LayerBlockItem::iconRect()
{
    return QRectF(iconLeft, (canvas::blockHeight - iconSize) / 2, iconSize, iconSize);
}

void LayerBlockItem::paintTexts(QPainter *painter) const
{
    const LayerStatus status = m_content.status;
    const QIcon icon = isInput() ? inputIcon() : layerIcon(m_content.type);
    painter->save();
    if (status == LayerStatus::NotComputed)
        painter->setOpacity(0.4);
    // Rendered for the pixels it lands on (zoom × device pixel ratio, at least 2 so that a
    // little zooming stays crisp) and drawn whole: a source rectangle in logical pixels would
    // cut a high-DPI pixmap down to its top-left corner.
    const QTransform device = painter->deviceTransform();
    const qreal scale = std::clamp(std::hypot(device.m11(), device.m12()), 2.0, 8.0);
    const QPixmap pixmap = icon.pixmap(QSize(int(iconSize), int(iconSize)), scale);
    painter->drawPixmap(iconRect(), pixmap, QRectF(QPointF(0, 0), QSizeF(pixmap.size())));
    painter->restore();

    qreal right = canvas::blockWidth - textRight;
    if (status == LayerStatus::Invalid) {
        const QRectF mark(right - errorMarkSize, (canvas::blockHeight - errorMarkSize) / 2,
                          errorMarkSize, errorMarkSize);
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor::fromRgb(canvas::colours().errorBorder));
        painter->drawEllipse(mark);
        QFont bold = canvas::titleFont();
        painter->setFont(bold);
        painter->setPen(Qt::white);
        painter->drawText(mark, Qt::AlignCenter, QStringLiteral("!"));
        right = mark.left() - 8;
    }

    const QColor primary
        = QColor::fromRgb(status == LayerStatus::Invalid       ? canvas::colours().errorText
                          : status == LayerStatus::NotComputed ? canvas::colours().idleText
                                                               : canvas::colours().textColor);
    const QColor secondary = QColor::fromRgb(status == LayerStatus::Ok ? canvas::colours().secondaryTextColor
                                                                       : canvas::colours().idleText);
    const qreal width = right - textLeft;
    const qreal lineHeight = 20;
    const QRectF titleLine(textLeft, canvas::blockHeight / 2 - lineHeight, width, lineHeight);
    const QRectF summaryLine(textLeft, canvas::blockHeight / 2, width, lineHeight);

    // The type on the right of the title line, the name in the rest of it.
    // The name gets what it needs, the type the rest (at least half when both are long).
    const QFont small = canvas::smallFont();
    const QFontMetricsF smallMetrics(small);
    const QFont title = canvas::titleFont();
    const QFontMetricsF titleMetrics(title);
    const qreal titleSpace
        = std::max(width - titleMetrics.horizontalAdvance(m_content.title) - 8, width / 2);
    const qreal typeWidth
        = std::min(smallMetrics.horizontalAdvance(m_content.typeLabel), titleSpace);
    painter->setFont(small);
    painter->setPen(secondary);
    painter->drawText(titleLine, Qt::AlignRight | Qt::AlignBottom,
                      smallMetrics.elidedText(m_content.typeLabel, Qt::ElideRight, typeWidth));

    painter->setFont(title);
    painter->setPen(primary);
    painter->drawText(
        titleLine.adjusted(0, 0, -typeWidth - 8, 0), Qt::AlignLeft | Qt::AlignBottom,
        titleMetrics.elidedText(m_content.title, Qt::ElideRight, width - typeWidth - 8));

    const QFont body = canvas::bodyFont();
    painter->setFont(body);
    painter->setPen(status == LayerStatus::Ok ? QColor::fromRgb(canvas::colours().textColor) : secondary);
    painter->drawText(summaryLine, Qt::AlignLeft | Qt::AlignTop,
                      QFontMetricsF(body).elidedText(m_content.summary, Qt::ElideRight, width));
}

void LayerBlockItem::paintBadge(QPainter *painter) const
{
    if (m_content.badge.isEmpty())
        return;
    const QRectF badge = badgeRect();
    painter->setPen(QPen(QColor::fromRgb(canvas::colours().badgeBorder), canvas::colours().borderWidth));
    painter->setBrush(QColor::fromRgb(canvas::colours().badgeFill));
    painter->drawRoundedRect(badge.adjusted(0.5, 0.5, -0.5, -0.5), badgeHeight / 2,
                             badgeHeight / 2);
    // A short tick joins the badge to its block.
    painter->drawLine(QPointF(canvas::blockWidth + 1, badge.center().y()),
                      QPointF(badge.left(), badge.center().y()));
    painter->setFont(canvas::smallFont());
    painter->setPen(QColor::fromRgb(canvas::colours().badgeText));
    painter->drawText(badge, Qt::AlignCenter, m_content.badge);
}

} // namespace cd::ui
