#pragma once

// Paints the base of the layer view's grids from a GridContent and a GridLayout: the coverage
// image, grid lines when cells are large enough, numbers and the discarded callouts. It depends
// on the layer and the zoom only; GridHighlightPainter draws the windows on top.

#include <QRectF>

#include <cstdint>

class QPainter;

namespace cd::ui {

struct GridContent;
class GridLayout;

class GridPainter
{
public:
    GridPainter(const GridContent &content, const GridLayout &layout);

    // Everything but the highlight that intersects `exposed` (layout coordinates).
    void paintBase(QPainter &painter, const QRectF &exposed) const;
    // Row and column numbers pinned to the edges of `visible` (layout coordinates) once their
    // gutters have scrolled out of it, so that a zoomed-in grid still says where it is.
    void paintStickyLabels(QPainter &painter, const QRectF &visible, const QRectF &exposed) const;

private:
    void paintTitles(QPainter &painter, const QRectF &exposed) const;
    void paintCoverage(QPainter &painter, const QRectF &exposed) const;
    void paintOutput(QPainter &painter, const QRectF &exposed) const;
    void paintGridLines(QPainter &painter, const QRectF &grid, std::int64_t firstRow,
                        std::int64_t lastRow, std::int64_t firstCol, std::int64_t lastCol) const;
    void paintFrames(QPainter &painter) const;
    void paintRowLabels(QPainter &painter, const QRectF &exposed) const;
    void paintColumnLabels(QPainter &painter, const QRectF &exposed) const;
    void paintAxisLabels(QPainter &painter, const QRectF &exposed,
                         Qt::Orientation orientation) const;
    void paintOutputLabels(QPainter &painter, const QRectF &exposed) const;
    void paintCallouts(QPainter &painter, const QRectF &exposed) const;

    const GridContent &m_content;
    const GridLayout &m_layout;
};

} // namespace cd::ui
