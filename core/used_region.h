#pragma once

// The positions of one tensor (height × width) that the network's output depends on. Through
// a chain this is always a product of used rows and used columns; branches that read
// different rows and columns make it a union of rectangles, kept as an exact grid.

#include "coverage.h"

#include <Eigen/Core>

#include <cstdint>
#include <optional>

namespace cd {

using PositionGrid = Eigen::Array<bool, Eigen::Dynamic, Eigen::Dynamic>;

// The most cells a grid may have (64 MiB of flags); larger maps that need one are not analysed.
inline constexpr std::int64_t maxGridCells = std::int64_t{1} << 26;

class UsedRegion
{
public:
    static UsedRegion product(PositionMask rows, PositionMask cols);
    static UsedRegion everything(std::int64_t height, std::int64_t width);

    bool isProduct() const { return m_grid.size() == 0; }
    std::int64_t height() const { return m_rows.size(); }
    std::int64_t width() const { return m_cols.size(); }
    // Meaningful as a product only: isProduct().
    const PositionMask &rows() const { return m_rows; }
    const PositionMask &cols() const { return m_cols; }
    // Meaningful as a grid only: !isProduct().
    const PositionGrid &grid() const { return m_grid; }
    bool isEmpty() const;

    // Adds `other` (same size); false when the union needs a grid larger than maxGridCells.
    [[nodiscard]] bool unite(UsedRegion other);
    // Rows (columns) with at least one used position.
    PositionMask usedRows() const;
    PositionMask usedCols() const;
    std::int64_t usedCount() const;
    // Through separable per-dimension maps: used inputs of a layer whose used outputs this is.
    template<typename RowMap, typename ColMap>
    UsedRegion mapped(RowMap rowMap, ColMap colMap) const;

private:
    PositionGrid asGrid() const;

    PositionMask m_rows;
    PositionMask m_cols;
    PositionGrid m_grid; // empty while the region is the product m_rows × m_cols
};

template<typename RowMap, typename ColMap>
UsedRegion UsedRegion::mapped(RowMap rowMap, ColMap colMap) const
{
    if (isProduct())
        return product(rowMap(m_rows), colMap(m_cols));
    // Input (x, y) is used when some used output (i, j) reads row x and column y: map each
    // output column down the rows, then each resulting row across the columns.
    PositionMask firstColumn = rowMap(PositionMask(m_grid.col(0)));
    PositionGrid byRows(firstColumn.size(), m_grid.cols());
    byRows.col(0) = firstColumn;
    for (Eigen::Index j = 1; j < m_grid.cols(); ++j)
        byRows.col(j) = rowMap(PositionMask(m_grid.col(j)));
    PositionMask firstRow = colMap(PositionMask(byRows.row(0).transpose()));
    UsedRegion result;
    result.m_rows = PositionMask::Constant(byRows.rows(), false);
    result.m_cols = PositionMask::Constant(firstRow.size(), false);
    result.m_grid.resize(byRows.rows(), firstRow.size());
    result.m_grid.row(0) = firstRow.transpose();
    for (Eigen::Index x = 1; x < byRows.rows(); ++x)
        result.m_grid.row(x) = colMap(PositionMask(byRows.row(x).transpose())).transpose();
    return result;
}

} // namespace cd
