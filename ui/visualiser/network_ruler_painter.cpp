#include "network_ruler_painter.h"

#include "network_drawing.h"
#include "network_ruler.h"
#include "network_theme.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>
#include <functional>
#include <vector>

namespace cd::ui {

namespace {

constexpr qreal labelGapFactor = 0.6; // of the font height, between two ruler labels

using Runs = std::vector<IndexRun>;

qreal deviceScale(const QPainter &painter)
{
    return painter.deviceTransform().m11();
}

qreal markThickness(const QFontMetricsF &metrics)
{
    return std::round(metrics.height() * 0.3);
}

QFont boldFont(QFont font)
{
    font.setBold(true);
    return font;
}

Runs::const_iterator runEndingFrom(Runs::const_iterator from, const Runs &runs, std::int64_t index)
{
    return std::lower_bound(from, runs.end(), index,
                            [](const IndexRun &r, std::int64_t i) { return r.last < i; });
}

// Red marks along a ruler over each unused run, at least two device pixels thick so that a
// single lost row shows at any zoom. Runs less than a device pixel apart share one mark, found
// by search, so a zoomed-out view of thousands of thin runs draws a few hundred rectangles.
void paintRunMarks(QPainter &painter, const RulerAxis &axis, const Runs &runs,
                   const std::function<QRectF(qreal, qreal)> &markAlong)
{
    const auto [first, last] = visiblePositions(axis);
    if (first > last)
        return;
    const qreal pixel = 1 / deviceScale(painter);
    const auto at = [&](std::int64_t index) {
        return axis.origin + qreal(index) * axis.cell;
    };
    const auto indexAt = [&](qreal coordinate) {
        return std::int64_t(std::floor((coordinate - axis.origin) / axis.cell));
    };
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(network::colours().unusedBarColour));
    auto run = runEndingFrom(runs.begin(), runs, first);
    while (run != runs.end() && run->first <= last) {
        qreal from = at(run->first);
        qreal to = at(run->last + 1);
        auto next = std::next(run);
        for (;;) {
            next = runEndingFrom(next, runs, indexAt(to + pixel));
            if (next == runs.end() || at(next->first) >= to + pixel)
                break;
            to = at(next->last + 1);
            ++next;
        }
        if (to - from < 2 * pixel) {
            const qreal centre = (from + to) / 2;
            from = centre - pixel;
            to = centre + pixel;
        }
        painter.drawRect(markAlong(from, to));
        run = next;
    }
}

} // namespace

NetworkRulerPainter::NetworkRulerPainter(const NetworkDrawing &drawing)
    : m_drawing(drawing)
{}

void NetworkRulerPainter::paintColumns(QPainter &painter, const QRectF &target, const QRectF &band,
                                       const QFont &font) const
{
    const NetworkCoverage &coverage = m_drawing.coverage;
    if (!coverage.hasInput())
        return;
    const QFont bold = boldFont(font);
    const QFontMetricsF metrics(font);
    const QFontMetricsF boldMetrics(bold);
    const qreal mark = markThickness(metrics);
    const RulerAxis axis{coverage.width, target.left(), target.width() / qreal(coverage.width),
                         std::max(band.left(), target.left()),
                         std::min(band.right(), target.right())};
    const auto extent = [&](const QString &text, bool unused) {
        return (unused ? boldMetrics : metrics).horizontalAdvance(text);
    };
    const std::vector<RulerLabel> labels
        = rulerLabels(axis, m_drawing.unusedColRuns, extent, metrics.height() * labelGapFactor);

    painter.save();
    painter.setClipRect(band, Qt::IntersectClip);
    const qreal baseline = band.bottom() - mark - 3 - metrics.descent();
    for (const RulerLabel &label : labels) {
        painter.setFont(label.unused ? bold : font);
        painter.setPen(
            QColor(label.unused ? network::colours().unusedTextColour : network::colours().secondaryTextColour));
        painter.drawText(QPointF(label.centre - extent(label.text, label.unused) / 2, baseline),
                         label.text);
        if (!label.unused)
            painter.drawLine(QPointF(label.centre, band.bottom() - mark),
                             QPointF(label.centre, band.bottom()));
    }
    paintRunMarks(painter, axis, m_drawing.unusedColRuns, [&](qreal from, qreal to) {
        return QRectF(from, band.bottom() - mark, to - from, mark);
    });
    painter.restore();
}

void NetworkRulerPainter::paintRows(QPainter &painter, const QRectF &target, const QRectF &band,
                                    const QFont &font) const
{
    const NetworkCoverage &coverage = m_drawing.coverage;
    if (!coverage.hasInput())
        return;
    const QFont bold = boldFont(font);
    const QFontMetricsF metrics(font);
    const QFontMetricsF boldMetrics(bold);
    const qreal mark = markThickness(metrics);
    const RulerAxis axis{coverage.height, target.top(), target.height() / qreal(coverage.height),
                         std::max(band.top(), target.top()),
                         std::min(band.bottom(), target.bottom())};
    const auto extent = [&](const QString &, bool) {
        return metrics.height();
    };
    const std::vector<RulerLabel> labels
        = rulerLabels(axis, m_drawing.unusedRowRuns, extent, metrics.height() * labelGapFactor);

    painter.save();
    painter.setClipRect(band, Qt::IntersectClip);
    const qreal right = band.right() - mark - 4;
    for (const RulerLabel &label : labels) {
        const QFontMetricsF &used = label.unused ? boldMetrics : metrics;
        painter.setFont(label.unused ? bold : font);
        painter.setPen(
            QColor(label.unused ? network::colours().unusedTextColour : network::colours().secondaryTextColour));
        const qreal baseline = label.centre + (used.ascent() - used.descent()) / 2;
        painter.drawText(QPointF(right - used.horizontalAdvance(label.text), baseline), label.text);
        if (!label.unused)
            painter.drawLine(QPointF(band.right() - mark, label.centre),
                             QPointF(band.right(), label.centre));
    }
    paintRunMarks(painter, axis, m_drawing.unusedRowRuns, [&](qreal from, qreal to) {
        return QRectF(band.right() - mark, from, mark, to - from);
    });
    painter.restore();
}

qreal NetworkRulerPainter::rowsWidth(const QFont &font) const
{
    const NetworkCoverage &coverage = m_drawing.coverage;
    const QFontMetricsF metrics(font);
    const QFontMetricsF bold(boldFont(font));
    qreal widest = metrics.horizontalAdvance(
        QString::number(std::max<std::int64_t>(coverage.height - 1, 0)));
    // Exact for the usual few runs; for many, the widest a run's label can be.
    const Runs &runs = m_drawing.unusedRowRuns;
    if (runs.size() <= 256) {
        for (const IndexRun &run : runs)
            widest = std::max(widest, bold.horizontalAdvance(runLabel(run)));
    } else {
        widest = std::max(
            widest, bold.horizontalAdvance(runLabel({coverage.height - 2, coverage.height - 1})));
    }
    return std::ceil(widest + markThickness(metrics) + 10);
}

qreal NetworkRulerPainter::columnsHeight(const QFont &font)
{
    const QFontMetricsF metrics(font);
    return std::ceil(metrics.height() + markThickness(metrics) + 6);
}

} // namespace cd::ui
