#pragma once

// Paints what the layer view emphasises over the coverage: the current window's taps (each
// tap cell, so dilated taps stay apart) and the output cell it writes, the window of a hovered
// output cell, and every window reading a hovered input cell. Its cost depends on the kernel,
// never on the grid, so that a step repaints only the two small areas it names.

#include "visualiser/grid_highlight.h"

#include <QRectF>

#include <cstdint>
#include <utility>
#include <vector>

class QColor;
class QPainter;

namespace cd::ui {

struct GridContent;
class GridLayout;

class GridHighlightPainter
{
public:
    GridHighlightPainter(const GridContent &content, const GridLayout &layout);

    void paint(QPainter &painter, const GridHighlight &highlight) const;
    // What paint() may touch: the areas a change of `highlight` must repaint. Kept apart
    // (input window, output cell) so that a step repaints two small rectangles rather than
    // everything between them.
    std::vector<QRectF> areas(const GridHighlight &highlight) const;

private:
    using Runs = std::vector<std::pair<std::int64_t, std::int64_t>>; // first, last

    void paintWindow(QPainter &painter, std::int64_t window, const QColor &colour,
                     bool current) const;
    void paintReaders(QPainter &painter, const GridCell &cell) const;
    void addWindowAreas(std::vector<QRectF> &areas, std::int64_t window) const;
    void addReadersAreas(std::vector<QRectF> &areas, const GridCell &cell) const;

    // Positions grouped into runs of consecutive ones: a dilation-1 window is one rectangle.
    static Runs runsOf(const std::vector<std::int64_t> &positions);

    const GridContent &m_content;
    const GridLayout &m_layout;
};

} // namespace cd::ui
