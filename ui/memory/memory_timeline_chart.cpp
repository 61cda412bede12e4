#include "memory_timeline_chart.h"

#include "memory/chart_theme.h"
#include "qt_text.h"

#include <QEvent>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QStringList>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace cd::ui {

namespace {

using chart::gap;
using chart::margin;

constexpr int tickIntervals = 4;
constexpr double barShare = 0.72;     // of a step's width, when steps are wide enough for gaps
constexpr int maxStepLabel = 90;      // pixels: a longer layer name is elided
constexpr int maxToolTipTensors = 16; // a DenseNet step may hold dozens: the tooltip stays short

QFont boldFont(QFont font)
{
    font.setBold(true);
    return font;
}

} // namespace

MemoryTimelineChart::MemoryTimelineChart(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("timelineChart"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setMouseTracking(true);
    measure();
}

void MemoryTimelineChart::setBars(TimelineBars bars)
{
    if (bars == m_bars)
        return;
    m_bars = std::move(bars);
    m_ticks = byteTicks(peakBytes(), tickIntervals);
    measure();
    // What was hovered may be another layer now, or gone: nothing is, until the mouse moves.
    setHovered(-1);
    update();
}

std::int64_t MemoryTimelineChart::peakBytes() const
{
    return m_bars.peakStep < 0 ? 0 : m_bars.steps[static_cast<std::size_t>(m_bars.peakStep)].bytes;
}

QString MemoryTimelineChart::peakLabel() const
{
    if (m_bars.peakStep < 0)
        return {};
    if (m_bars.cumulative)
        return tr("%1 kept when the forward pass ends").arg(bytesText(peakBytes()));
    return tr("peak %1 at %2")
        .arg(bytesText(peakBytes()), m_bars.steps[static_cast<std::size_t>(m_bars.peakStep)].label);
}

QSize MemoryTimelineChart::sizeHint() const
{
    return {380, 12 * fontMetrics().height()};
}

QSize MemoryTimelineChart::minimumSizeHint() const
{
    return {220, 8 * fontMetrics().height()};
}

void MemoryTimelineChart::measure()
{
    if (m_ticks.empty())
        m_ticks = byteTicks(0, tickIntervals);
    m_axisWidth = 0;
    for (const ByteTick &tick : m_ticks)
        m_axisWidth = std::max(m_axisWidth, fontMetrics().horizontalAdvance(tick.label));
}

MemoryTimelineChart::Plot MemoryTimelineChart::plot(QSize size) const
{
    const int line = fontMetrics().height();
    Plot p;
    p.size = size;
    // Above: the peak's label; below: the step names.
    const double left = margin + m_axisWidth + gap / 2.0;
    const double topEdge = margin + line + 6;
    const double bottomEdge = size.height() - margin - line - 4;
    p.area = QRectF(left, topEdge, std::max(1.0, size.width() - margin - left),
                    std::max(1.0, bottomEdge - topEdge));
    p.stepWidth = m_bars.steps.empty() ? 0 : p.area.width() / double(m_bars.steps.size());
    p.top = std::max(1.0, m_ticks.back().bytes);
    return p;
}

double MemoryTimelineChart::yOf(const Plot &plot, double bytes) const
{
    return plot.area.bottom() - bytes / plot.top * plot.area.height();
}

QRect MemoryTimelineChart::stepRect(int step) const
{
    if (step < 0 || step >= stepCount())
        return {};
    const Plot p = plot(size());
    const int left = int(std::floor(p.area.left() + step * p.stepWidth));
    const int right = int(std::floor(p.area.left() + (step + 1) * p.stepWidth));
    return QRect(left, 0, std::max(1, right - left), height());
}

int MemoryTimelineChart::stepAt(QPoint position) const
{
    if (m_bars.steps.empty() || !rect().contains(position))
        return -1;
    const Plot p = plot(size());
    const double offset = position.x() - p.area.left();
    if (offset < 0)
        return -1;
    const int step = int(offset / p.stepWidth);
    return step < stepCount() ? step : -1;
}

void MemoryTimelineChart::setHovered(int step)
{
    if (step == m_hovered)
        return;
    m_hovered = step;
    update();
    Q_EMIT stepHovered(step < 0 ? std::vector<LayerId>{}
                                : ownersOf(m_bars.steps[static_cast<std::size_t>(step)]));
}

void MemoryTimelineChart::mouseMoveEvent(QMouseEvent *event)
{
    setHovered(stepAt(event->position().toPoint()));
    QWidget::mouseMoveEvent(event);
}

void MemoryTimelineChart::leaveEvent(QEvent *event)
{
    setHovered(-1);
    QWidget::leaveEvent(event);
}

void MemoryTimelineChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    paintChart(painter, m_hovered, size());
}

void MemoryTimelineChart::paintPicture(QPainter &painter) const
{
    painter.save();
    painter.setFont(font());
    paintChart(painter, -1, pictureSize().toSize());
    painter.restore();
}

QSizeF MemoryTimelineChart::pictureSize() const
{
    return QSizeF(pictureWidth, pictureHeight);
}

void MemoryTimelineChart::paintChart(QPainter &painter, int hovered, QSize size) const
{
    const Plot p = plot(size);
    paintAxis(painter, p);
    if (m_bars.steps.empty())
        return;
    paintBars(painter, p, hovered);
    paintPeak(painter, p);
    paintStepLabels(painter, p);
}

void MemoryTimelineChart::paintAxis(QPainter &painter, const Plot &p) const
{
    const QColor dim = chart::dimmed(palette().color(QPalette::WindowText));
    const int line = fontMetrics().height();
    for (const ByteTick &tick : m_ticks) {
        const double y = std::round(yOf(p, tick.bytes)) + 0.5;
        painter.setPen(tick.bytes == 0 ? chart::muted : chart::track);
        painter.drawLine(QPointF(p.area.left(), y), QPointF(p.area.right(), y));
        painter.setPen(dim);
        painter.drawText(QRectF(margin, y - line / 2.0, m_axisWidth, line),
                         Qt::AlignRight | Qt::AlignVCenter, tick.label);
    }
}

void MemoryTimelineChart::paintBars(QPainter &painter, const Plot &p, int hovered) const
{
    const double barWidth = p.stepWidth >= 4 ? p.stepWidth * barShare : p.stepWidth;
    if (hovered >= 0) {
        const QRectF column(p.area.left() + hovered * p.stepWidth, p.area.top(), p.stepWidth,
                            p.area.height());
        painter.fillRect(column, chart::track);
    }
    for (std::size_t i = 0; i < m_bars.steps.size(); ++i) {
        const TimelineBar &bar = m_bars.steps[i];
        const double left = p.area.left() + double(i) * p.stepWidth + (p.stepWidth - barWidth) / 2;
        double below = 0; // bytes of the tensors under this one
        for (const TimelineTensor &tensor : bar.tensors) {
            const double bottom = yOf(p, below);
            below += double(tensor.bytes);
            const QRectF segment(left, yOf(p, below), barWidth, bottom - yOf(p, below));
            painter.fillRect(segment, tensor.colour);
            // A hairline between stacked tensors, where there is room to see one.
            if (barWidth >= 3 && segment.height() >= 3)
                painter.fillRect(QRectF(left, segment.top(), barWidth, 1),
                                 palette().color(QPalette::Base));
        }
        if (int(i) == hovered) {
            const double top = yOf(p, below);
            painter.setPen(QPen(palette().color(QPalette::WindowText), 1));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(QRectF(left, top, barWidth, p.area.bottom() - top));
        }
    }
}

void MemoryTimelineChart::paintPeak(QPainter &painter, const Plot &p) const
{
    const double y = std::round(yOf(p, double(peakBytes()))) + 0.5;
    QPen dashed(chart::accent, 1, Qt::DashLine);
    painter.setPen(dashed);
    painter.drawLine(QPointF(p.area.left(), y), QPointF(p.area.right(), y));

    // A small triangle over the peak's bar, and its label in the band above the plot.
    const double centre = p.area.left() + (m_bars.peakStep + 0.5) * p.stepWidth;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    QPainterPath triangle;
    triangle.moveTo(centre - 4, y - 7);
    triangle.lineTo(centre + 4, y - 7);
    triangle.lineTo(centre, y - 1);
    triangle.closeSubpath();
    painter.fillPath(triangle, chart::accent);
    painter.restore();

    const QFont bold = boldFont(font());
    const QFontMetrics metrics(bold);
    const int width = p.size.width();
    const QString text = metrics.elidedText(peakLabel(), Qt::ElideMiddle, width - 2 * margin);
    const int textWidth = metrics.horizontalAdvance(text);
    const double left = std::clamp(centre - textWidth / 2.0, double(margin),
                                   double(width - margin - textWidth));
    painter.setFont(bold);
    painter.setPen(chart::accent.darker(115));
    painter.drawText(QPointF(left, margin + metrics.ascent()), text);
    painter.setFont(font());
}

void MemoryTimelineChart::paintStepLabels(QPainter &painter, const Plot &p) const
{
    // Every k-th step gets its name, k chosen so that the names do not collide.
    const QFontMetrics metrics(font());
    int widest = 0;
    for (const TimelineBar &bar : m_bars.steps)
        widest = std::max(widest, std::min(maxStepLabel, metrics.horizontalAdvance(bar.label)));
    const int every = std::max(1, int(std::ceil((widest + gap) / std::max(p.stepWidth, 1e-9))));
    const double room = every * p.stepWidth - gap;
    painter.setPen(chart::dimmed(palette().color(QPalette::WindowText)));
    const double baseline = p.area.bottom() + 4 + metrics.ascent();
    for (int i = 0; i < stepCount(); i += every) {
        const QString text = metrics.elidedText(m_bars.steps[static_cast<std::size_t>(i)].label,
                                                Qt::ElideRight, int(room));
        const double centre = p.area.left() + (i + 0.5) * p.stepWidth;
        const int textWidth = metrics.horizontalAdvance(text);
        const double left
            = std::clamp(centre - textWidth / 2.0, 0.0, double(p.size.width() - textWidth));
        painter.drawText(QPointF(left, baseline), text);
    }
}

bool MemoryTimelineChart::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int step = stepAt(help->pos());
        if (step >= 0)
            QToolTip::showText(help->globalPos(), toolTipFor(step), this, stepRect(step));
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

QString MemoryTimelineChart::toolTipFor(int step) const
{
    const TimelineBar &bar = m_bars.steps[static_cast<std::size_t>(step)];
    QStringList lines;
    if (m_bars.cumulative) {
        const QString when = step == 0 ? tr("the input") : tr("after %1").arg(bar.label);
        lines << tr("step %1 of %2, %3: %4 kept for backward")
                     .arg(step)
                     .arg(stepCount() - 1)
                     .arg(when, bytesText(bar.bytes));
    } else {
        const QString when
            = step == 0 ? tr("before the first layer") : tr("while %1 runs").arg(bar.label);
        lines << tr("step %1 of %2, %3: %4 alive")
                     .arg(step)
                     .arg(stepCount() - 1)
                     .arg(when, bytesText(bar.bytes));
    }
    if (step == m_bars.peakStep)
        lines.back() += m_bars.cumulative ? tr(" \u2014 the end of the forward pass")
                                          : tr(" \u2014 the peak");
    const std::size_t shown = std::min<std::size_t>(bar.tensors.size(), maxToolTipTensors);
    for (std::size_t i = 0; i < shown; ++i) {
        const TimelineTensor &tensor = bar.tensors[i];
        lines << QStringLiteral("  %1: %2").arg(tensor.name, bytesText(tensor.bytes));
    }
    if (shown < bar.tensors.size())
        lines << tr("  \u2026 and %1 more").arg(bar.tensors.size() - shown);
    return lines.join(QLatin1Char('\n'));
}

void MemoryTimelineChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange) {
        measure();
        updateGeometry();
    }
    QWidget::changeEvent(event);
}

} // namespace cd::ui
