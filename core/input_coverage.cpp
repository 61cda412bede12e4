#include "input_coverage.h"

#include "used_region.h"

#include <algorithm>

namespace cd {

namespace {

// Cells a region occupies: its two masks, or its grid.
CheckedInt cellsOf(const UsedRegion &region)
{
    if (region.isProduct())
        return CheckedInt(region.height()) + region.width();
    return CheckedInt(region.height()) * region.width();
}

// What one position-by-position pass of a dimension costs: every position of the padded input
// and every window.
CheckedInt passCost(const Window1D &w)
{
    return CheckedInt(w.extent()) + w.output;
}
CheckedInt passCost(const AdaptiveWindows1D &w)
{
    return CheckedInt(w.input) + w.output;
}

// The work of usedInputsOf(): one pass a dimension on a product; on a grid, one row pass for
// each used column and one column pass for each input row, plus the grid it makes.
template<typename Dimension>
CheckedInt mappingCost(const UsedRegion &used, const Dimension &rows, const Dimension &cols,
                       const Shape &input)
{
    if (used.isProduct())
        return passCost(rows) + passCost(cols);
    return passCost(rows) * used.width() + (passCost(cols) + input.width) * input.height;
}

CheckedInt workOf(const CoverageNode &layer, const UsedRegion &used, const Shape &input)
{
    if (const auto *w = std::get_if<Windows>(layer.spatial))
        return mappingCost(used, w->rows, w->cols, input);
    if (const auto *a = std::get_if<AdaptiveWindows>(layer.spatial))
        return mappingCost(used, a->rows, a->cols, input);
    if (std::holds_alternative<Flattening>(*layer.spatial))
        return CheckedInt(input.height) + input.width;
    return cellsOf(used);
}

// The positions of `input` a layer reads for the used positions `used` of its output.
UsedRegion usedInputsOf(const CoverageNode &layer, const UsedRegion &used, const Shape &input)
{
    if (const auto *w = std::get_if<Windows>(layer.spatial)) {
        return used.mapped([w](const PositionMask &m) { return usedInputs(w->rows, m); },
                           [w](const PositionMask &m) { return usedInputs(w->cols, m); });
    }
    if (const auto *a = std::get_if<AdaptiveWindows>(layer.spatial)) {
        return used.mapped([a](const PositionMask &m) { return usedInputs(a->rows, m); },
                           [a](const PositionMask &m) { return usedInputs(a->cols, m); });
    }
    if (std::holds_alternative<Flattening>(*layer.spatial))
        return UsedRegion::everything(input.height, input.width);
    return used; // pointwise, add, concat: the same positions of every input
}

// Row-major flags of the pixels outside `used`, a grid region.
std::vector<bool> unusedGridOf(const UsedRegion &used)
{
    const PositionGrid &grid = used.grid();
    std::vector<bool> unused(static_cast<std::size_t>(grid.size()));
    for (Eigen::Index x = 0; x < grid.rows(); ++x) {
        for (Eigen::Index y = 0; y < grid.cols(); ++y)
            unused[static_cast<std::size_t>(x * grid.cols() + y)] = !grid(x, y);
    }
    return unused;
}

InputCoverage reportOf(const UsedRegion &used, const Shape &input)
{
    InputCoverage coverage;
    coverage.width = input.width;
    if (used.height() == 0) { // no layer reads the input
        for (std::int64_t y = 0; y < input.height; ++y)
            coverage.unusedRows.push_back(y);
        for (std::int64_t x = 0; x < input.width; ++x)
            coverage.unusedCols.push_back(x);
        coverage.unusedPixels = input.height * input.width;
        return coverage;
    }
    const std::int64_t pixels = used.height() * used.width();
    coverage.unusedPixels = pixels - used.usedCount();
    // usedRows() counts a row only where some pixel of it is used: when nothing reaches the
    // output, every row and every column is unused (§5).
    const PositionMask rows = used.usedRows();
    const PositionMask cols = used.usedCols();
    coverage.unusedRows = unusedPositions(rows);
    coverage.unusedCols = unusedPositions(cols);
    // A union of rectangles may still be a product: it is exactly when it has as many pixels
    // as its used rows × used columns, which contain it.
    const std::int64_t productPixels
        = static_cast<std::int64_t>(rows.count()) * static_cast<std::int64_t>(cols.count());
    if (!used.isProduct() && used.usedCount() != productPixels)
        coverage.unusedGrid = unusedGridOf(used);
    return coverage;
}

// The coverage of the network input, or nullopt when it does not fit the budget.
std::optional<InputCoverage> report(const UsedRegion &used, const Shape &input,
                                    CoverageBudget &budget)
{
    if (!budget.spendWork(CheckedInt(input.height) + input.width + cellsOf(used)))
        return std::nullopt;
    InputCoverage result = reportOf(used, input);
    if (!budget.keepLists({&result.unusedRows, &result.unusedCols}))
        return std::nullopt;
    return result;
}

// The walk's regions stay pairs of masks unless some node is read twice (a branch, or a join
// reading one node twice): only then do two regions meet and may need a grid.
bool mayNeedGrid(const std::vector<CoverageNode> &layers)
{
    std::vector<int> reads(layers.size() + 1, 0);
    for (const CoverageNode &layer : layers) {
        for (int node : layer.inputs) {
            if (++reads[static_cast<std::size_t>(node + 1)] > 1)
                return true;
        }
    }
    return false;
}

// mappingCost() at its largest: on a grid when any region may be one.
template<typename Dimension>
CheckedInt mappingBound(const Dimension &rows, const Dimension &cols, const Shape &output,
                        const Shape &read, bool grid)
{
    if (!grid)
        return passCost(rows) + passCost(cols);
    return passCost(rows) * output.width + (passCost(cols) + read.width) * read.height;
}

} // namespace

CheckedInt coverInputWorkBound(const Shape &networkInput, const std::vector<CoverageNode> &layers)
{
    const bool grid = mayNeedGrid(layers);
    const auto cells = [grid](const Shape &s) {
        // A grid's cells, or a product's masks: never fewer than either.
        return grid ? CheckedInt(s.height) * s.width + s.height + s.width
                    : CheckedInt(s.height) + s.width;
    };
    // The report, and the last layer's output.
    CheckedInt work = CheckedInt(networkInput.height) + networkInput.width + cells(networkInput);
    if (!layers.empty())
        work += cells(layers.back().output);
    for (const CoverageNode &layer : layers) {
        for (int node : layer.inputs) {
            const Shape &read
                = node < 0 ? networkInput : layers[static_cast<std::size_t>(node)].output;
            if (const auto *w = std::get_if<Windows>(layer.spatial))
                work += mappingBound(w->rows, w->cols, layer.output, read, grid);
            else if (const auto *a = std::get_if<AdaptiveWindows>(layer.spatial))
                work += mappingBound(a->rows, a->cols, layer.output, read, grid);
            else
                work += cells(read) + cells(layer.output); // flatten: less
            work += cells(read) * 3; // uniting into the node, and its becoming a grid
        }
    }
    return work;
}

bool InputCoverage::isUnused(std::int64_t row, std::int64_t col) const
{
    if (!isProduct())
        return unusedGrid[static_cast<std::size_t>(row * width + col)];
    return std::binary_search(unusedRows.begin(), unusedRows.end(), row)
           || std::binary_search(unusedCols.begin(), unusedCols.end(), col);
}

std::optional<InputCoverage> coverInput(const Shape &networkInput,
                                        const std::vector<CoverageNode> &layers,
                                        CoverageBudget &budget)
{
    if (layers.empty())
        return report(UsedRegion::everything(networkInput.height, networkInput.width), networkInput,
                      budget);
    const auto shapeOf = [&](int node) -> const Shape & {
        return node < 0 ? networkInput : layers[static_cast<std::size_t>(node)].output;
    };
    const Shape &output = layers.back().output;
    if (!budget.spendWork(CheckedInt(output.height) + output.width))
        return std::nullopt;
    // Empty regions (0×0) until a reader uses something: nothing is allocated for them.
    std::vector<UsedRegion> used(layers.size());
    UsedRegion input;
    used.back() = UsedRegion::everything(output.height, output.width);

    for (std::size_t i = layers.size(); i-- > 0;) {
        const CoverageNode &layer = layers[i];
        if (used[i].isEmpty())
            continue;
        for (int node : layer.inputs) {
            const Shape &read = shapeOf(node);
            if (!budget.spendWork(workOf(layer, used[i], read)))
                return std::nullopt;
            UsedRegion reads = usedInputsOf(layer, used[i], read);
            UsedRegion &target = node < 0 ? input : used[static_cast<std::size_t>(node)];
            // Uniting two products that stay one costs their masks; a grid, its cells.
            const bool wasGrid = !target.isProduct() || !reads.isProduct();
            if (!budget.spendWork(cellsOf(target) + cellsOf(reads)))
                return std::nullopt;
            if (!target.unite(std::move(reads)))
                return std::nullopt;
            if (!wasGrid && !target.isProduct() && !budget.spendWork(cellsOf(target)))
                return std::nullopt;
        }
        used[i] = UsedRegion(); // done with it: free the memory early
    }
    return report(input, networkInput, budget);
}

} // namespace cd
