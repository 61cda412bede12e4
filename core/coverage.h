#pragma once

// Which positions a layer's windows read (arithmetic.md §5), per dimension, with Eigen arrays.
// All of it is O(input + output) per dimension, whatever the kernel and dilation. A window
// whose extent() exceeds maxSpatialExtent gets empty results rather than an allocation of that
// size: callers decide first whether a map is small enough to walk (the analysis's budget).

#include "shape.h"

#include <Eigen/Core>

#include <cstdint>
#include <vector>

namespace cd {

using PositionMask = Eigen::Array<bool, Eigen::Dynamic, 1>;
using ReadCounts = Eigen::Array<std::int64_t, Eigen::Dynamic, 1>;
using ReadCounts2D = Eigen::Array<std::int64_t, Eigen::Dynamic, Eigen::Dynamic>;

// For every padded position 0 … extent()−1: how many taps of how many windows read it.
ReadCounts readCounts(const Window1D &window);
// Real input positions (0-based, ascending) that no tap of any window reads.
std::vector<std::int64_t> discardedPositions(const Window1D &window);
// How many windows read each padded input cell (rows × cols, each extent() long). A 2-D
// window is a row window times a column window, so the count is the product of the two.
ReadCounts2D readCounts2D(const Window1D &rows, const Window1D &cols);

// The backward walk: which real input positions some tap of a used output window reads.
PositionMask usedInputs(const Window1D &window, const PositionMask &usedOutputs);
PositionMask usedInputs(const AdaptiveWindows1D &windows, const PositionMask &usedOutputs);

// Indices of the false entries, ascending.
std::vector<std::int64_t> unusedPositions(const PositionMask &used);

} // namespace cd
