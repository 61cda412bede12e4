#include "grid_highlight_painter.h"

#include "visualiser/grid_content.h"
#include "visualiser/grid_layout.h"
#include "visualiser/visualiser_theme.h"

#include <QPainter>

#include <algorithm>
#include <set>

namespace cd::ui {

namespace {

namespace theme = visualiser;

constexpr std::size_t maxOutlinedReaders = 16;
// Outlines of windows and cells never shrink below this, so that a window of a 1024×1024 grid
// still shows where it is at fit-to-view zoom.
constexpr qreal minMarker = 10;

QRectF atLeast(const QRectF &rect, qreal side)
{
    QRectF grown = rect;
    grown.setWidth(std::max(rect.width(), side));
    grown.setHeight(std::max(rect.height(), side));
    grown.moveCenter(rect.center());
    return grown;
}

QColor withAlpha(QRgb rgb, int alpha)
{
    QColor colour(rgb);
    colour.setAlpha(alpha);
    return colour;
}

} // namespace

GridHighlightPainter::GridHighlightPainter(const GridContent &content, const GridLayout &layout)
    : m_content(content)
    , m_layout(layout)
{}

GridHighlightPainter::Runs GridHighlightPainter::runsOf(const std::vector<std::int64_t> &positions)
{
    Runs runs;
    for (const std::int64_t p : positions) {
        if (!runs.empty() && runs.back().second + 1 == p)
            runs.back().second = p;
        else if (runs.empty() || runs.back().second < p)
            runs.emplace_back(p, p);
    }
    return runs;
}

void GridHighlightPainter::paint(QPainter &painter, const GridHighlight &highlight) const
{
    if (!m_content.grid)
        return;
    painter.save();
    if (highlight.hoveredInput)
        paintReaders(painter, *highlight.hoveredInput);
    if (highlight.hoveredOutput) {
        const GridCell &o = *highlight.hoveredOutput;
        paintWindow(painter, o.row * m_content.outputCols() + o.col, QColor(theme::colours().hoverColour),
                    false);
    }
    if (highlight.currentWindow >= 0 && highlight.currentWindow < m_content.grid->windowCount())
        paintWindow(painter, highlight.currentWindow, QColor(theme::colours().highlightColour), true);
    painter.restore();
}

void GridHighlightPainter::paintWindow(QPainter &painter, std::int64_t window, const QColor &colour,
                                       bool current) const
{
    const LayerGrid &grid = *m_content.grid;
    const std::int64_t i = window / m_content.outputCols();
    const std::int64_t j = window % m_content.outputCols();
    const std::vector<std::int64_t> rowTaps = grid.rows.taps(i);
    const std::vector<std::int64_t> colTaps = grid.cols.taps(j);
    if (rowTaps.empty() || colTaps.empty())
        return;

    // Each tap cell filled: dilated taps stay apart, with the cells they skip showing through.
    QColor fill = colour;
    fill.setAlpha(current ? 215 : 120);
    const Runs rowRuns = runsOf(rowTaps);
    const Runs colRuns = runsOf(colTaps);
    painter.setRenderHint(QPainter::Antialiasing, false);
    for (const auto &[r0, r1] : rowRuns) {
        for (const auto &[c0, c1] : colRuns)
            painter.fillRect(m_layout.inputSpanRect(r0, r1, c0, c1), fill);
    }
    // The window's span, outlined just outside its cells so that it shows when cells are tiny.
    painter.setRenderHint(QPainter::Antialiasing, true);
    QPen outline(colour.darker(current ? 150 : 110), 2);
    const bool dilated = rowRuns.size() > 1 || colRuns.size() > 1;
    if (dilated)
        outline.setStyle(Qt::DashLine);
    painter.setPen(outline);
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(atLeast(
        m_layout.inputSpanRect(rowTaps.front(), rowTaps.back(), colTaps.front(), colTaps.back())
            .adjusted(-1, -1, 1, 1),
        minMarker));

    const QRectF out = m_layout.outputCellRect(i, j);
    if (current)
        painter.fillRect(out, colour);
    painter.setPen(QPen(colour.darker(current ? 150 : 110), 2));
    painter.drawRect(atLeast(out.adjusted(-1, -1, 1, 1), minMarker));
}

void GridHighlightPainter::paintReaders(QPainter &painter, const GridCell &cell) const
{
    const LayerGrid &grid = *m_content.grid;
    const std::vector<std::int64_t> rowWindows = grid.rows.windowsReading(cell.row);
    const std::vector<std::int64_t> colWindows = grid.cols.windowsReading(cell.col);
    painter.setRenderHint(QPainter::Antialiasing, false);
    if (!rowWindows.empty() && !colWindows.empty()) {
        // Every tap of every window that reads the cell, lightly; their outputs strongly.
        std::set<std::int64_t> rowTaps, colTaps;
        for (const std::int64_t i : rowWindows) {
            for (const std::int64_t t : grid.rows.taps(i))
                rowTaps.insert(t);
        }
        for (const std::int64_t j : colWindows) {
            for (const std::int64_t t : grid.cols.taps(j))
                colTaps.insert(t);
        }
        const QColor light = withAlpha(theme::colours().hoverColour, 70);
        const Runs rowRuns = runsOf({rowTaps.begin(), rowTaps.end()});
        const Runs colRuns = runsOf({colTaps.begin(), colTaps.end()});
        for (const auto &[r0, r1] : rowRuns) {
            for (const auto &[c0, c1] : colRuns)
                painter.fillRect(m_layout.inputSpanRect(r0, r1, c0, c1), light);
        }
        const QColor strong = withAlpha(theme::colours().hoverColour, 200);
        for (const auto &[i0, i1] : runsOf(rowWindows)) {
            for (const auto &[j0, j1] : runsOf(colWindows))
                painter.fillRect(
                    m_layout.outputCellRect(i0, j0).united(m_layout.outputCellRect(i1, j1)),
                    strong);
        }
        // Each reading window's span, while there are few enough to tell apart.
        if (rowWindows.size() * colWindows.size() <= maxOutlinedReaders) {
            const Window1D &r = grid.rows.window();
            const Window1D &c = grid.cols.window();
            painter.setPen(QPen(QColor(255, 255, 255, 190), 1, Qt::DashLine));
            painter.setBrush(Qt::NoBrush);
            for (const std::int64_t i : rowWindows) {
                for (const std::int64_t j : colWindows)
                    painter.drawRect(m_layout.inputSpanRect(
                        r.windowStart(i), r.windowStart(i) + r.effectiveKernel() - 1,
                        c.windowStart(j), c.windowStart(j) + c.effectiveKernel() - 1));
            }
        }
    }
    // Dark and light rings: the pointed-at cell shows on every cell colour.
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setBrush(Qt::NoBrush);
    const QRectF ring
        = atLeast(m_layout.inputCellRect(cell.row, cell.col).adjusted(-1, -1, 1, 1), minMarker);
    painter.setPen(QPen(QColor(theme::colours().textColour), 3));
    painter.drawRect(ring);
    painter.setPen(QPen(QColor(theme::colours().backgroundColour), 1.5));
    painter.drawRect(ring);
}

void GridHighlightPainter::addWindowAreas(std::vector<QRectF> &areas, std::int64_t window) const
{
    const LayerGrid &grid = *m_content.grid;
    const std::int64_t i = window / m_content.outputCols();
    const std::int64_t j = window % m_content.outputCols();
    const Window1D &r = grid.rows.window();
    const Window1D &c = grid.cols.window();
    areas.push_back(
        m_layout.inputSpanRect(r.windowStart(i), r.windowStart(i) + r.effectiveKernel() - 1,
                               c.windowStart(j), c.windowStart(j) + c.effectiveKernel() - 1));
    areas.push_back(m_layout.outputCellRect(i, j));
}

void GridHighlightPainter::addReadersAreas(std::vector<QRectF> &areas, const GridCell &cell) const
{
    const LayerGrid &grid = *m_content.grid;
    areas.push_back(m_layout.inputCellRect(cell.row, cell.col));
    const std::vector<std::int64_t> rowWindows = grid.rows.windowsReading(cell.row);
    const std::vector<std::int64_t> colWindows = grid.cols.windowsReading(cell.col);
    if (rowWindows.empty() || colWindows.empty())
        return;
    const Window1D &r = grid.rows.window();
    const Window1D &c = grid.cols.window();
    areas.push_back(
        m_layout.inputSpanRect(r.windowStart(rowWindows.front()),
                               r.windowStart(rowWindows.back()) + r.effectiveKernel() - 1,
                               c.windowStart(colWindows.front()),
                               c.windowStart(colWindows.back()) + c.effectiveKernel() - 1));
    areas.push_back(m_layout.outputCellRect(rowWindows.front(), colWindows.front())
                        .united(m_layout.outputCellRect(rowWindows.back(), colWindows.back())));
}

std::vector<QRectF> GridHighlightPainter::areas(const GridHighlight &highlight) const
{
    std::vector<QRectF> areas;
    if (!m_content.grid)
        return areas;
    if (highlight.hoveredInput)
        addReadersAreas(areas, *highlight.hoveredInput);
    if (highlight.hoveredOutput)
        addWindowAreas(areas, highlight.hoveredOutput->row * m_content.outputCols()
                                  + highlight.hoveredOutput->col);
    if (highlight.currentWindow >= 0 && highlight.currentWindow < m_content.grid->windowCount())
        addWindowAreas(areas, highlight.currentWindow);
    // Outlines are drawn just outside the cells, with 2 px pens, and never smaller than a marker.
    for (QRectF &area : areas)
        area = atLeast(area, minMarker).adjusted(-4, -4, 4, 4);
    return areas;
}

} // namespace cd::ui
