#pragma once

// What the visualiser draws for one windowed layer: the padded input grid, the kind of every
// cell (real and read, real and discarded, padding, or ceil mode's implicit overhang), how
// many windows read each cell, and the taps of each window. Per dimension, so that even a
// 1024×1024 input costs two short arrays; a cell is the product of its row and its column.

#include "coverage.h"
#include "shape.h"

#include <cstdint>
#include <vector>

namespace cd {

enum class CellKind {
    Read,      // a real pixel some window reads
    Discarded, // a real pixel no window reads
    Padding,   // explicit padding
    Implicit,  // past the padded input: only a ceil-mode window hangs over it
};

// Rows × cols combine: implicit wins, then padding, then discarded (a pixel is read only when
// both its row and its column are read).
CellKind combineKinds(CellKind row, CellKind col);

// One dimension of the grid. An axis whose extent exceeds maxSpatialExtent (a layer whose
// coverage is not analysed) allocates nothing: no counts, no taps, no windows.
class GridAxis
{
public:
    GridAxis() = default;
    explicit GridAxis(const Window1D &window);

    const Window1D &window() const { return m_window; }
    // Padded positions drawn: padding, real input and any ceil-mode overhang.
    std::int64_t extent() const { return m_window.extent(); }
    // Padded position of real pixel x, and back (-1 for padding and overhang).
    std::int64_t paddedPosition(std::int64_t real) const { return real + m_window.padBefore; }
    std::int64_t realPosition(std::int64_t padded) const;

    CellKind kind(std::int64_t padded) const;
    // How many taps of how many windows read this position.
    std::int64_t readCount(std::int64_t padded) const;
    std::int64_t maxReadCount() const { return m_maxReadCount; }
    // Padded positions tap 0 … k−1 of window i read, ascending.
    std::vector<std::int64_t> taps(std::int64_t window) const;
    // Windows with a tap on this padded position, ascending.
    std::vector<std::int64_t> windowsReading(std::int64_t padded) const;

private:
    Window1D m_window;
    ReadCounts m_counts;
    std::int64_t m_maxReadCount = 0;
};

// Both dimensions of a windowed layer's input grid.
struct LayerGrid
{
    GridAxis rows;
    GridAxis cols;

    LayerGrid(const Window1D &rowWindow, const Window1D &colWindow)
        : rows(rowWindow)
        , cols(colWindow)
    {}

    CellKind kind(std::int64_t row, std::int64_t col) const
    {
        return combineKinds(rows.kind(row), cols.kind(col));
    }
    // Windows reading the cell: row windows × column windows.
    std::int64_t readCount(std::int64_t row, std::int64_t col) const
    {
        return rows.readCount(row) * cols.readCount(col);
    }
    std::int64_t maxReadCount() const { return rows.maxReadCount() * cols.maxReadCount(); }
    // Windows are numbered row-major over the output grid: w = i · outputCols + j.
    std::int64_t windowCount() const { return rows.window().output * cols.window().output; }
};

} // namespace cd
