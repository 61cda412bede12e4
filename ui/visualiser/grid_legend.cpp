#include "grid_legend.h"

#include "qt_text.h"
#include "visualiser/grid_content.h"
#include "visualiser/visualiser_theme.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLinearGradient>
#include <QPainter>

#include <cmath>
#include <vector>

namespace cd::ui {

namespace {

namespace theme = visualiser;

// Swatches as tall as the text, whatever its scale.
qreal swatchSizeOf(const QFontMetricsF &metrics)
{
    return std::round(metrics.height() * 0.9);
}

qreal rampWidthOf(const QFontMetricsF &metrics)
{
    return 4 * swatchSizeOf(metrics);
}
constexpr qreal pieceGap = 5;
constexpr qreal entryGap = 22;

// One swatch (a colour, or the read-count ramp) and/or one text.
struct Piece
{
    enum Kind { Text, Swatch, Ramp } kind = Text;
    QColor colour;
    QString text;
};
using Entry = std::vector<Piece>;

std::vector<Entry> entriesOf(const GridContent &content, bool interactive)
{
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("cd::ui::LayerView", text);
    };
    const std::int64_t maxCount = content.grid->maxReadCount();
    std::vector<Entry> entries;
    Entry read{{Piece::Text, {}, tr("read by")}};
    if (!content.legendCounts.empty()) {
        for (const std::int64_t count : content.legendCounts)
            read.push_back({Piece::Swatch, theme::readShade(count, maxCount), thousands(count)});
    } else {
        read.push_back({Piece::Swatch, theme::readShade(1, maxCount), QStringLiteral("1")});
        read.push_back({Piece::Ramp, {}, {}});
        read.push_back({Piece::Swatch, theme::readShade(maxCount, maxCount), thousands(maxCount)});
    }
    const bool one = maxCount == 1;
    read.push_back({Piece::Text, {}, one ? tr("window") : tr("windows")});
    entries.push_back(read);
    entries.push_back(
        {{Piece::Swatch, QColor(theme::colours().discardedColour), tr("never read: discarded")}});
    if (content.hasPadding)
        entries.push_back({{Piece::Swatch, QColor(theme::colours().paddingColour), tr("padding")}});
    if (content.hasImplicit)
        entries.push_back(
            {{Piece::Swatch, QColor(theme::colours().implicitColour), tr("implicit padding (ceil mode)")}});
    entries.push_back({{Piece::Swatch, QColor(theme::colours().highlightColour),
                        tr("current window: its taps and the output it writes")}});
    if (interactive)
        entries.push_back({{Piece::Swatch, QColor(theme::colours().hoverColour), tr("under the mouse")}});
    return entries;
}

qreal pieceWidth(const Piece &piece, const QFontMetricsF &metrics)
{
    const qreal text = piece.text.isEmpty() ? 0 : metrics.horizontalAdvance(piece.text);
    switch (piece.kind) {
    case Piece::Text: return text;
    case Piece::Swatch: return swatchSizeOf(metrics) + (text > 0 ? 4 + text : 0);
    case Piece::Ramp: return rampWidthOf(metrics);
    }
    return text;
}

qreal entryWidth(const Entry &entry, const QFontMetricsF &metrics)
{
    qreal width = 0;
    for (const Piece &piece : entry)
        width += pieceWidth(piece, metrics) + pieceGap;
    return width - pieceGap;
}

// Calls place(entry, topLeft) for each entry in flow order; returns the height used.
template<typename Place>
qreal flow(const std::vector<Entry> &entries, qreal width, const QFontMetricsF &metrics,
           Place place)
{
    const qreal lineHeight = std::max(metrics.height(), swatchSizeOf(metrics)) + 6;
    qreal x = 0;
    qreal y = 0;
    for (const Entry &entry : entries) {
        const qreal w = entryWidth(entry, metrics);
        if (x > 0 && x + w > width) {
            x = 0;
            y += lineHeight;
        }
        place(entry, QPointF(x, y), lineHeight);
        x += w + entryGap;
    }
    return entries.empty() ? 0 : y + lineHeight;
}

} // namespace

GridLegend::GridLegend(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("legend"));
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    hide();
}

void GridLegend::setContent(const GridContent *content)
{
    m_content = content && content->grid ? content : nullptr;
    setVisible(m_content != nullptr);
    updateGeometry();
    update();
}

qreal GridLegend::legendHeight(const GridContent &content, qreal width, bool interactive,
                               qreal textScale)
{
    if (!content.grid)
        return 0;
    const QFontMetricsF metrics(theme::textFont(textScale));
    return flow(entriesOf(content, interactive), width, metrics,
                [](const Entry &, QPointF, qreal) {});
}

void GridLegend::paintLegend(QPainter &painter, const GridContent &content, const QRectF &rect,
                             bool interactive, qreal textScale)
{
    if (!content.grid)
        return;
    painter.save();
    painter.setFont(theme::textFont(textScale));
    const QFontMetricsF metrics(painter.font());
    const QPen border(QColor::fromRgba(theme::colours().swatchBorderColour), 1);
    const qreal swatchSize = swatchSizeOf(metrics);
    const qreal rampWidth = rampWidthOf(metrics);
    flow(entriesOf(content, interactive), rect.width(), metrics,
         [&](const Entry &entry, QPointF at, qreal lineHeight) {
             qreal x = rect.left() + at.x();
             const qreal middle = rect.top() + at.y() + lineHeight / 2;
             for (const Piece &piece : entry) {
                 if (piece.kind == Piece::Ramp) {
                     const QRectF ramp(x, middle - swatchSize / 2, rampWidth, swatchSize);
                     QLinearGradient gradient(ramp.topLeft(), ramp.topRight());
                     const std::int64_t maxCount = content.grid->maxReadCount();
                     for (int i = 0; i <= 8; ++i) {
                         const auto count = 1 + (maxCount - 1) * i / 8;
                         gradient.setColorAt(i / 8.0, theme::readShade(count, maxCount));
                     }
                     painter.fillRect(ramp, gradient);
                 } else if (piece.kind == Piece::Swatch) {
                     const QRectF swatch(x, middle - swatchSize / 2, swatchSize, swatchSize);
                     painter.fillRect(swatch, piece.colour);
                     painter.setPen(border);
                     painter.drawRect(swatch);
                 }
                 if (!piece.text.isEmpty()) {
                     const qreal textX = piece.kind == Piece::Swatch ? x + swatchSize + 4 : x;
                     painter.setPen(QColor(theme::colours().textColour));
                     painter.drawText(QRectF(textX, middle - lineHeight / 2,
                                             metrics.horizontalAdvance(piece.text) + 2, lineHeight),
                                      Qt::AlignLeft | Qt::AlignVCenter, piece.text);
                 }
                 x += pieceWidth(piece, metrics) + pieceGap;
             }
         });
    painter.restore();
}

int GridLegend::heightForWidth(int width) const
{
    if (!m_content)
        return 0;
    return static_cast<int>(
        std::ceil(legendHeight(*m_content, width, true, visualiser::widgetTextScale(*this))));
}

QSize GridLegend::sizeHint() const
{
    return QSize(600, std::max(heightForWidth(width() > 0 ? width() : 600), 1));
}

QSize GridLegend::minimumSizeHint() const
{
    return QSize(100, heightForWidth(width() > 0 ? width() : 600));
}

void GridLegend::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        updateGeometry();
}

void GridLegend::paintEvent(QPaintEvent *)
{
    if (!m_content)
        return;
    QPainter painter(this);
    painter.setRenderHint(QPainter::TextAntialiasing);
    paintLegend(painter, *m_content, QRectF(rect()), true, visualiser::widgetTextScale(*this));
}

} // namespace cd::ui
