#include "grid_layout.h"

#include "visualiser/grid_content.h"
#include "visualiser/visualiser_theme.h"

#include <QFontMetricsF>

#include <algorithm>
#include <cmath>

namespace cd::ui {

namespace {

constexpr qreal margin = 16;
constexpr qreal tickLength = 5; // from a number to its row or column
constexpr qreal markerGap = 3;  // between the grid and a callout's red bar
constexpr qreal markerWidth = 5;
constexpr qreal leaderLength = 26; // from the red bar to the callout text
constexpr qreal gridGap = 36;      // between the input and the output grid, at least

// 1, 2, 5, 10, 20, 50, …: the first step whose labels are `spacing` pixels apart.
std::int64_t niceStep(qreal cell, qreal spacing)
{
    for (std::int64_t decade = 1;; decade *= 10) {
        for (const std::int64_t factor : {1, 2, 5}) {
            if (static_cast<qreal>(decade * factor) * cell >= spacing
                || decade > (std::int64_t{1} << 40))
                return decade * factor;
        }
    }
}

} // namespace

GridLayout::GridLayout(const GridContent &content, qreal cellSize, qreal textScale)
    : m_cell(cellSize)
    , m_textScale(textScale)
{
    const LayerGrid *grid = content.layerGrid();
    if (!grid)
        return;
    m_inputRows = grid->rows.extent();
    m_inputCols = grid->cols.extent();
    m_outputRows = content.outputRows();
    m_outputCols = content.outputCols();

    const QFontMetricsF label(visualiser::labelFont(m_textScale));
    const QFontMetricsF title(visualiser::titleFont(m_textScale));
    const auto numberWidth = [&](std::int64_t n) {
        return label.horizontalAdvance(QString::number(std::max<std::int64_t>(n, 0)));
    };
    const qreal inputLabelWidth = std::max(numberWidth(grid->rows.window().input - 1),
                                           numberWidth(grid->cols.window().input - 1));
    const qreal outputLabelWidth
        = std::max(numberWidth(m_outputRows - 1), numberWidth(m_outputCols - 1));
    m_labelStep = niceStep(
        m_cell, std::max(label.height() + 2, std::max(inputLabelWidth, outputLabelWidth) + 8));

    const qreal titleHeight = title.height() + 6;
    const qreal columnGutter = label.height() + tickLength + 4;
    const qreal inputGutter = inputLabelWidth + tickLength + 6;
    const qreal outputGutter = outputLabelWidth + tickLength + 6;
    const qreal inputTitleWidth = title.horizontalAdvance(content.inputTitle);
    const qreal outputTitleWidth = title.horizontalAdvance(content.outputTitle);

    // Whole-pixel grid origins keep cell edges crisp in exported pictures.
    m_input = QRectF(
        std::round(margin + inputGutter), std::round(margin + titleHeight + columnGutter),
        static_cast<qreal>(m_inputCols) * m_cell, static_cast<qreal>(m_inputRows) * m_cell);
    m_inputTitle = QRectF(m_input.left(), margin, inputTitleWidth, titleHeight);

    const QFontMetricsF callout(visualiser::calloutFont(m_textScale));
    qreal rowCalloutWidth = 0;
    for (const GridCallout &c : content.callouts) {
        if (c.rows)
            rowCalloutWidth = std::max(rowCalloutWidth, callout.horizontalAdvance(c.text));
    }
    qreal gap = gridGap;
    if (rowCalloutWidth > 0)
        gap = std::max(gap, markerGap + markerWidth + leaderLength + rowCalloutWidth + 20);
    // Keep the two titles apart when the input grid is narrower than its title.
    gap = std::max(gap, m_inputTitle.right() + 24 - m_input.right() - outputGutter);

    m_output = QRectF(std::round(m_input.right() + gap + outputGutter), m_input.top(),
                      static_cast<qreal>(m_outputCols) * m_cell,
                      static_cast<qreal>(m_outputRows) * m_cell);
    m_outputTitle = QRectF(m_output.left(), margin, outputTitleWidth, titleHeight);

    placeCallouts(content);

    qreal right = std::max(m_output.right(), m_outputTitle.right());
    qreal bottom = std::max(m_input.bottom(), m_output.bottom());
    for (const PlacedCallout &c : m_callouts) {
        right = std::max(right, c.textRect.right());
        bottom = std::max(bottom, c.textRect.bottom());
    }
    m_size = QSizeF(right + margin, bottom + margin);
}

void GridLayout::placeCallouts(const GridContent &content)
{
    const QFontMetricsF metrics(visualiser::calloutFont(m_textScale));
    const qreal lineHeight = metrics.height() + 4;
    std::vector<const GridCallout *> rows;
    std::vector<const GridCallout *> cols;
    for (const GridCallout &c : content.callouts)
        (c.rows ? rows : cols).push_back(&c);

    const auto byPosition = [](const GridCallout *a, const GridCallout *b) {
        return a->first < b->first;
    };
    // Rows: a red bar right of the grid, the text further right at the bar's height, pushed
    // down when two callouts would overlap.
    std::sort(rows.begin(), rows.end(), byPosition);
    qreal nextFree = -1e9;
    for (const GridCallout *c : rows) {
        PlacedCallout placed;
        placed.callout = c;
        const QRectF span = inputSpanRect(c->first, c->last, 0, 0);
        if (!c->summary)
            placed.frame = QRectF(m_input.left(), span.top(), m_input.width(), span.height())
                               .adjusted(-2, -2, 2, 2);
        placed.marker = QRectF(m_input.right() + markerGap, span.top(), markerWidth,
                               std::max<qreal>(span.height(), 3));
        placed.marker.moveCenter(QPointF(placed.marker.center().x(), span.center().y()));
        placed.anchor = QPointF(placed.marker.right(), placed.marker.center().y());
        const qreal width = metrics.horizontalAdvance(c->text);
        qreal top = std::max(placed.anchor.y() - lineHeight / 2, nextFree);
        placed.textRect = QRectF(placed.anchor.x() + leaderLength, top, width, lineHeight);
        placed.elbow = QPointF(placed.textRect.left() - 4, placed.textRect.center().y());
        nextFree = placed.textRect.bottom() + 2;
        m_callouts.push_back(placed);
    }

    // Columns: a red bar below the grid and one text line each under it, ending at the bar,
    // leftmost bar on the first line so that no leader crosses a text above it.
    std::sort(cols.begin(), cols.end(), byPosition);
    qreal line = m_input.bottom() + markerGap + markerWidth + 10;
    for (const GridCallout *c : cols) {
        PlacedCallout placed;
        placed.callout = c;
        const QRectF span = inputSpanRect(0, 0, c->first, c->last);
        if (!c->summary)
            placed.frame = QRectF(span.left(), m_input.top(), span.width(), m_input.height())
                               .adjusted(-2, -2, 2, 2);
        placed.marker = QRectF(span.left(), m_input.bottom() + markerGap,
                               std::max<qreal>(span.width(), 3), markerWidth);
        placed.marker.moveCenter(QPointF(span.center().x(), placed.marker.center().y()));
        placed.anchor = QPointF(placed.marker.center().x(), placed.marker.bottom());
        const qreal width = metrics.horizontalAdvance(c->text);
        qreal left = placed.anchor.x() - width + 6;
        if (left < m_input.left() - 8)
            left = placed.anchor.x() + 8;
        placed.textRect = QRectF(left, line, width, lineHeight);
        placed.elbow = QPointF(placed.anchor.x(), placed.textRect.center().y());
        line = placed.textRect.bottom() + 2;
        m_callouts.push_back(placed);
    }
}

qreal GridLayout::fitCellSize(const GridContent &content, const QSizeF &available, qreal minCell,
                              qreal maxCell, qreal textScale)
{
    const auto fits = [&](qreal cell) {
        const QSizeF size = GridLayout(content, cell, textScale).size();
        return size.width() <= available.width() && size.height() <= available.height();
    };
    if (fits(maxCell))
        return maxCell;
    if (!fits(minCell))
        return minCell;
    qreal low = minCell;
    qreal high = maxCell;
    for (int i = 0; i < 24 && high - low > 0.01; ++i) {
        const qreal middle = (low + high) / 2;
        (fits(middle) ? low : high) = middle;
    }
    return low;
}

QRectF GridLayout::rowGutter() const
{
    return QRectF(margin, m_input.top(), m_input.left() - margin, m_input.height());
}

QRectF GridLayout::columnGutter() const
{
    return QRectF(m_input.left(), m_inputTitle.bottom(), m_input.width(),
                  m_input.top() - m_inputTitle.bottom());
}

QRectF GridLayout::inputCellRect(std::int64_t row, std::int64_t col) const
{
    return inputSpanRect(row, row, col, col);
}

QRectF GridLayout::inputSpanRect(std::int64_t firstRow, std::int64_t lastRow, std::int64_t firstCol,
                                 std::int64_t lastCol) const
{
    return QRectF(m_input.left() + static_cast<qreal>(firstCol) * m_cell,
                  m_input.top() + static_cast<qreal>(firstRow) * m_cell,
                  static_cast<qreal>(lastCol - firstCol + 1) * m_cell,
                  static_cast<qreal>(lastRow - firstRow + 1) * m_cell);
}

QRectF GridLayout::outputCellRect(std::int64_t row, std::int64_t col) const
{
    return QRectF(m_output.left() + static_cast<qreal>(col) * m_cell,
                  m_output.top() + static_cast<qreal>(row) * m_cell, m_cell, m_cell);
}

std::optional<GridCell> GridLayout::cellAt(const QRectF &grid, std::int64_t rows, std::int64_t cols,
                                           const QPointF &point) const
{
    if (!grid.contains(point) || rows == 0 || cols == 0)
        return std::nullopt;
    const auto index = [this](qreal offset, std::int64_t count) {
        return std::clamp(static_cast<std::int64_t>(std::floor(offset / m_cell)), std::int64_t{0},
                          count - 1);
    };
    return GridCell{index(point.y() - grid.top(), rows), index(point.x() - grid.left(), cols)};
}

std::optional<GridCell> GridLayout::inputCellAt(const QPointF &point) const
{
    return cellAt(m_input, m_inputRows, m_inputCols, point);
}

std::optional<GridCell> GridLayout::outputCellAt(const QPointF &point) const
{
    return cellAt(m_output, m_outputRows, m_outputCols, point);
}

GridLayout::CellRange GridLayout::cellsIn(const QRectF &grid, std::int64_t rows, std::int64_t cols,
                                          const QRectF &rect) const
{
    const QRectF part = grid.intersected(rect);
    if (part.isEmpty())
        return {};
    const auto first = [this](qreal offset, std::int64_t count) {
        return std::clamp(static_cast<std::int64_t>(std::floor(offset / m_cell)), std::int64_t{0},
                          count - 1);
    };
    const auto last = [this](qreal offset, std::int64_t count) {
        return std::clamp(static_cast<std::int64_t>(std::ceil(offset / m_cell)) - 1,
                          std::int64_t{0}, count - 1);
    };
    return {first(part.top() - grid.top(), rows), last(part.bottom() - grid.top(), rows),
            first(part.left() - grid.left(), cols), last(part.right() - grid.left(), cols)};
}

GridLayout::CellRange GridLayout::inputCellsIn(const QRectF &rect) const
{
    return cellsIn(m_input, m_inputRows, m_inputCols, rect);
}

GridLayout::CellRange GridLayout::outputCellsIn(const QRectF &rect) const
{
    return cellsIn(m_output, m_outputRows, m_outputCols, rect);
}

} // namespace cd::ui
