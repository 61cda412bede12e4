#pragma once

// Which pixels of the network input can influence its output (arithmetic.md §5 and §7): a
// backward walk from the last layer, where a node's used positions are the union of what its
// readers use of it.

#include "coverage_budget.h"
#include "layer_step.h"

#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace cd {

struct InputCoverage
{
    std::vector<std::int64_t> unusedRows; // rows of which no pixel is used
    std::vector<std::int64_t> unusedCols;
    std::int64_t unusedPixels = 0; // exact, also when the used part is no product
    // The exact unused pixels when they are more than the unused rows and columns (branches
    // that read different rows and columns): row-major, `width` a row, true where a pixel
    // cannot influence the output. Empty when the unused region is unusedRows × W ∪
    // H × unusedCols, as on every chain.
    std::vector<bool> unusedGrid;
    std::int64_t width = 0; // of the input

    bool isProduct() const { return unusedGrid.empty(); }
    // Whether input pixel (row, col), inside the input, cannot influence the output.
    bool isUnused(std::int64_t row, std::int64_t col) const;

    friend bool operator==(const InputCoverage &, const InputCoverage &) = default;
};

// One computed layer as the walk sees it.
struct CoverageNode
{
    std::span<const int> inputs; // −1 the network input, else a layer index
    Shape output;
    const SpatialMap *spatial = nullptr;
};

// Empty when the walk would need a grid larger than maxGridCells, or more work or longer
// lists than `budget` has left (it is charged for what the walk does).
std::optional<InputCoverage> coverInput(const Shape &networkInput,
                                        const std::vector<CoverageNode> &layers,
                                        CoverageBudget &budget);
// No less than the work coverInput() would charge `budget` for these layers, in O(layers):
// whether the walk is worth a thread. Counts grids wherever some node is read twice.
CheckedInt coverInputWorkBound(const Shape &networkInput, const std::vector<CoverageNode> &layers);

} // namespace cd
