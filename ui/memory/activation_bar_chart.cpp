#include "activation_bar_chart.h"

#include "format.h"
#include "memory/chart_theme.h"

#include <QEvent>
#include <QHelpEvent>
#include <QPaintEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

namespace cd::ui {

namespace {

using chart::gap;
using chart::margin;

constexpr int highlightCount = 3;       // at most this many bars stand out...
constexpr double highlightShare = 0.25; // ...and only those at least this share of the largest

} // namespace

ActivationBarChart::ActivationBarChart(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("activationChart"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setMouseTracking(true);
}

void ActivationBarChart::setBars(std::vector<ActivationBar> bars)
{
    if (bars == m_bars)
        return;
    // Names change rarely, numbers on every edit: measure the names only when they change.
    const bool sameLabels = std::equal(
        bars.begin(), bars.end(), m_bars.begin(), m_bars.end(),
        [](const ActivationBar &a, const ActivationBar &b) { return a.label == b.label; });
    m_bars = std::move(bars);
    m_largest = 0;
    m_totalElements = 0;
    std::vector<std::int64_t> sorted;
    sorted.reserve(m_bars.size());
    for (const ActivationBar &bar : m_bars) {
        m_largest = std::max(m_largest, bar.bytes);
        m_totalElements += bar.elements;
        sorted.push_back(bar.bytes);
    }
    // The highlighted bars: the largest few, ties included, none below a share of the largest.
    std::int64_t cut = 0;
    if (!sorted.empty()) {
        const auto nth = sorted.begin()
                         + static_cast<std::ptrdiff_t>(
                             std::min<std::size_t>(highlightCount, sorted.size()) - 1);
        std::nth_element(sorted.begin(), nth, sorted.end(), std::greater<>());
        cut = *nth;
    }
    m_highlighted.clear();
    for (const ActivationBar &bar : m_bars) {
        m_highlighted.push_back(bar.bytes > 0 && bar.bytes >= cut
                                && bar.bytes >= highlightShare * static_cast<double>(m_largest));
    }
    if (!sameLabels) {
        measure();
        updateGeometry();
    }
    update();
}

bool ActivationBarChart::isHighlighted(int i) const
{
    return i >= 0 && static_cast<std::size_t>(i) < m_highlighted.size()
           && m_highlighted[static_cast<std::size_t>(i)];
}

QSize ActivationBarChart::sizeHint() const
{
    return {380, contentHeight()};
}

QSize ActivationBarChart::minimumSizeHint() const
{
    // As tall as every bar: a scroll area around the chart scrolls instead of squeezing it.
    return {220, contentHeight()};
}

int ActivationBarChart::rowHeight() const
{
    return fontMetrics().height() + 10;
}

int ActivationBarChart::contentHeight() const
{
    return 2 * margin + static_cast<int>(m_bars.size()) * rowHeight();
}

int ActivationBarChart::labelColumnWidth() const
{
    return std::min(m_labelWidth, width() * 2 / 5);
}

void ActivationBarChart::measure()
{
    QFont bold = font();
    bold.setBold(true);
    // In bold, the wider of the two: which names are bold changes with every edit, and a
    // name measured in the regular font would be elided when its layer becomes a large one.
    const QFontMetrics metrics(bold);
    m_labelWidth = 0;
    for (const ActivationBar &bar : m_bars)
        m_labelWidth = std::max(m_labelWidth, metrics.horizontalAdvance(bar.label));
    // The widest text humanBytes() writes, so the value column never needs measuring again.
    m_valueWidth = QFontMetrics(bold).horizontalAdvance(QStringLiteral("1023 KiB"));
}

int ActivationBarChart::barAt(QPoint position) const
{
    const int row = (position.y() - margin) / rowHeight();
    if (position.y() < margin || row < 0 || static_cast<std::size_t>(row) >= m_bars.size())
        return -1;
    return row;
}

void ActivationBarChart::paintEvent(QPaintEvent *event)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const int labelWidth = labelColumnWidth();
    const int barLeft = margin + labelWidth + gap;
    const int barSpace = std::max(1, width() - barLeft - gap - m_valueWidth - margin);
    const int rows = rowHeight();
    QFont bold = font();
    bold.setBold(true);
    const QColor text = palette().color(QPalette::WindowText);
    const QColor dim = chart::dimmed(text);

    // Only the rows in view: a chain of a thousand layers stays cheap to scroll.
    const int first = std::max(0, (event->rect().top() - margin) / rows);
    const int last
        = std::min(static_cast<int>(m_bars.size()) - 1, (event->rect().bottom() - margin) / rows);
    for (std::size_t i = static_cast<std::size_t>(first); static_cast<int>(i) <= last; ++i) {
        const ActivationBar &bar = m_bars[i];
        const bool strong = m_highlighted[i];
        const QRect row(0, margin + static_cast<int>(i) * rows, width(), rows);

        painter.setFont(strong ? bold : font());
        painter.setPen(strong ? text : dim);
        const QRect labelRect(margin, row.top(), labelWidth, rows);
        painter.drawText(
            labelRect, Qt::AlignRight | Qt::AlignVCenter,
            QFontMetrics(painter.font()).elidedText(bar.label, Qt::ElideMiddle, labelWidth));

        const QRectF trackRect(barLeft, row.top() + 4, barSpace, rows - 8);
        painter.setPen(Qt::NoPen);
        painter.setBrush(chart::colours().track);
        painter.drawRoundedRect(trackRect, 3, 3);
        if (m_largest > 0 && bar.bytes > 0) {
            const double share = static_cast<double>(bar.bytes) / static_cast<double>(m_largest);
            // At least a sliver, so that a tiny layer still shows it holds something.
            const double length = std::max(2.0, share * barSpace);
            painter.setBrush(strong ? chart::colours().accent : chart::colours().muted);
            painter.drawRoundedRect(
                QRectF(trackRect.left(), trackRect.top(), length, trackRect.height()), 3, 3);
        }

        painter.setFont(strong ? bold : font());
        painter.setPen(strong ? chart::colours().accentText : dim);
        const QRect valueRect(barLeft + barSpace + gap, row.top(), m_valueWidth, rows);
        painter.drawText(valueRect, Qt::AlignRight | Qt::AlignVCenter,
                         QString::fromStdString(humanBytes(bar.bytes)));
    }
}

bool ActivationBarChart::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int bar = barAt(help->pos());
        if (bar >= 0)
            QToolTip::showText(help->globalPos(), toolTipFor(m_bars[static_cast<std::size_t>(bar)]),
                               this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

QString ActivationBarChart::toolTipFor(const ActivationBar &bar) const
{
    const double share = m_totalElements > 0 ? 100.0 * static_cast<double>(bar.elements)
                                                   / static_cast<double>(m_totalElements)
                                             : 0.0;
    return tr("%1 (%2): %3 activations kept per sample; %4 B (%5) for the batch; %6% of all "
              "kept activations")
        .arg(bar.label, bar.kind, QString::fromStdString(withThousands(bar.elements)),
             QString::fromStdString(withThousands(bar.bytes)),
             QString::fromStdString(humanBytes(bar.bytes)), QString::number(share, 'f', 1));
}

void ActivationBarChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange) {
        measure();
        updateGeometry();
    }
    QWidget::changeEvent(event);
}

} // namespace cd::ui
