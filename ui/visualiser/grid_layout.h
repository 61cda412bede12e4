#pragma once

// Where everything of the layer view's grids goes at one cell size: the padded input grid with
// its row and column numbers, the discarded callouts beside and below it, the output grid to
// its right. Text keeps its pixel size whatever the zoom; only the cells scale. The same
// layout serves the widget (cell size = zoom) and the exported picture.

#include "visualiser/grid_highlight.h"

#include <QRectF>
#include <QSizeF>
#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace cd::ui {

struct GridContent;
struct GridCallout;

class GridLayout
{
public:
    struct PlacedCallout
    {
        const GridCallout *callout = nullptr;
        QRectF marker;   // the red bar along the rows or columns it names
        QPointF anchor;  // where the leader leaves the marker
        QPointF elbow;   // where the leader meets the text
        QRectF textRect; // the text, in calloutFont()
        // Around the rows or columns it names, so that a one-pixel row stands out; empty for
        // a summary of many gaps.
        QRectF frame;
    };

    GridLayout() = default;
    // `textScale` enlarges numbers, titles and callouts (not the cells) for pictures.
    GridLayout(const GridContent &content, qreal cellSize, qreal textScale = 1);

    // The largest cell size in [minCell, maxCell] at which everything fits `available`.
    static qreal fitCellSize(const GridContent &content, const QSizeF &available, qreal minCell,
                             qreal maxCell, qreal textScale = 1);

    qreal cellSize() const { return m_cell; }
    qreal textScale() const { return m_textScale; }
    QSizeF size() const { return m_size; }
    QRectF inputRect() const { return m_input; }
    QRectF outputRect() const { return m_output; }
    QRectF inputTitleRect() const { return m_inputTitle; }
    // Where the input's row numbers (left of it) and column numbers (above it) go.
    QRectF rowGutter() const;
    QRectF columnGutter() const;
    QRectF outputTitleRect() const { return m_outputTitle; }
    // Numbers every labelStep() rows and columns, as many as fit.
    std::int64_t labelStep() const { return m_labelStep; }
    const std::vector<PlacedCallout> &callouts() const { return m_callouts; }

    // Cells of the padded input (rows/cols from 0 at the top-left padding cell) and of the
    // output, in layout coordinates.
    QRectF inputCellRect(std::int64_t row, std::int64_t col) const;
    QRectF inputSpanRect(std::int64_t firstRow, std::int64_t lastRow, std::int64_t firstCol,
                         std::int64_t lastCol) const;
    QRectF outputCellRect(std::int64_t row, std::int64_t col) const;
    std::optional<GridCell> inputCellAt(const QPointF &point) const;
    std::optional<GridCell> outputCellAt(const QPointF &point) const;

    // The cells of a rectangle of the input or output, clipped to the grid: the range a
    // repaint of `rect` touches.
    struct CellRange
    {
        std::int64_t firstRow = 0, lastRow = -1, firstCol = 0, lastCol = -1;
        bool isEmpty() const { return lastRow < firstRow || lastCol < firstCol; }
    };
    CellRange inputCellsIn(const QRectF &rect) const;
    CellRange outputCellsIn(const QRectF &rect) const;

private:
    CellRange cellsIn(const QRectF &grid, std::int64_t rows, std::int64_t cols,
                      const QRectF &rect) const;
    std::optional<GridCell> cellAt(const QRectF &grid, std::int64_t rows, std::int64_t cols,
                                   const QPointF &point) const;
    void placeCallouts(const GridContent &content);

    qreal m_cell = 1;
    qreal m_textScale = 1;
    QSizeF m_size;
    QRectF m_input;
    QRectF m_output;
    QRectF m_inputTitle;
    QRectF m_outputTitle;
    std::int64_t m_inputRows = 0, m_inputCols = 0, m_outputRows = 0, m_outputCols = 0;
    std::int64_t m_labelStep = 1;
    std::vector<PlacedCallout> m_callouts;
};

} // namespace cd::ui
