// addCoverage() and its estimate: the one part of analyze() that walks positions one by one.

#include "analysis.h"

#include "coverage.h"

#include <algorithm>

namespace cd {

namespace {

bool coverageFits(const LayerReport &report)
{
    const auto fits = [](std::int64_t size) { return size <= maxSpatialExtent; };
    bool ok = fits(report.input.height) && fits(report.input.width)
              && fits(report.output.height) && fits(report.output.width);
    if (const auto *windows = std::get_if<Windows>(&report.spatial))
        ok = ok && fits(windows->rows.extent()) && fits(windows->cols.extent());
    return ok;
}

CheckedInt discardedWork(const Windows &windows)
{
    return CheckedInt(windows.rows.extent()) + windows.rows.output + windows.cols.extent()
           + windows.cols.output;
}

// Discarded rows and columns, when the map is small enough and the budget has room for the
// walk and for the lists it finds; otherwise the layer's coverage is not analysed.
void findDiscarded(LayerReport &report, CoverageBudget &budget)
{
    report.coverageKnown = false;
    report.coveragePending = false;
    // An earlier analysis's figures may stand in for these until now.
    report.discardedRows.clear();
    report.discardedCols.clear();
    if (!coverageFits(report))
        return;
    if (const auto *windows = std::get_if<Windows>(&report.spatial)) {
        if (!budget.spendWork(discardedWork(*windows)))
            return;
        std::vector<std::int64_t> discardedRows = discardedPositions(windows->rows);
        std::vector<std::int64_t> discardedCols = discardedPositions(windows->cols);
        if (!budget.keepLists({&discardedRows, &discardedCols}))
            return;
        report.discardedRows = std::move(discardedRows);
        report.discardedCols = std::move(discardedCols);
    }
    report.coverageKnown = true;
}

std::vector<CoverageNode> coverageNodes(const std::vector<LayerReport> &reports)
{
    std::vector<CoverageNode> nodes;
    nodes.reserve(reports.size());
    for (const LayerReport &report : reports)
        nodes.push_back({report.inputs, report.output, &report.spatial});
    return nodes;
}

Shape inputShapeOf(const Analysis &analysis)
{
    return {analysis.input.channels, analysis.input.height, analysis.input.width, false};
}

// Whether coverInput() may walk the network at all (what it is given, not what it finds).
bool inputCoverable(const Analysis &analysis)
{
    return analysis.valid()
           && std::all_of(analysis.layers.begin(), analysis.layers.end(),
                          [](const LayerReport &r) { return r.coverageKnown || r.coveragePending; })
           && analysis.input.height <= maxSpatialExtent && analysis.input.width <= maxSpatialExtent;
}

// The walk's regions stay pairs of masks unless some node is read twice (a branch, or a join
// reading one node twice): only then do two regions meet and may need a grid.
bool mayNeedGrid(const std::vector<LayerReport> &layers)
{
    std::vector<int> reads(layers.size() + 1, 0);
    for (const LayerReport &layer : layers) {
        for (int node : layer.inputs) {
            if (++reads[static_cast<std::size_t>(node + 1)] > 1)
                return true;
        }
    }
    return false;
}

CheckedInt passCost(const Window1D &w)
{
    return CheckedInt(w.extent()) + w.output;
}
CheckedInt passCost(const AdaptiveWindows1D &w)
{
    return CheckedInt(w.input) + w.output;
}

// input_coverage.cpp's charges for one layer reading one node, at their largest: every region
// a grid when any may be.
template<typename Dimension>
CheckedInt mappingWork(const Dimension &rows, const Dimension &cols, const Shape &output,
                       const Shape &read, bool grid)
{
    if (!grid)
        return passCost(rows) + passCost(cols);
    return passCost(rows) * output.width + (passCost(cols) + read.width) * read.height;
}

CheckedInt inputCoverageWork(const Analysis &analysis)
{
    const Shape input = inputShapeOf(analysis);
    const bool grid = mayNeedGrid(analysis.layers);
    const auto cells = [grid](const Shape &s) {
        // A grid's cells, or a product's masks: never fewer than either.
        return grid ? CheckedInt(s.height) * s.width + s.height + s.width
                    : CheckedInt(s.height) + s.width;
    };
    CheckedInt work = CheckedInt(input.height) + input.width + cells(input); // the report
    if (!analysis.layers.empty())
        work += cells(analysis.layers.back().output);
    for (const LayerReport &layer : analysis.layers) {
        for (int node : layer.inputs) {
            const Shape &read
                = node < 0 ? input : analysis.layers[static_cast<std::size_t>(node)].output;
            if (const auto *w = std::get_if<Windows>(&layer.spatial))
                work += mappingWork(w->rows, w->cols, layer.output, read, grid);
            else if (const auto *a = std::get_if<AdaptiveWindows>(&layer.spatial))
                work += mappingWork(a->rows, a->cols, layer.output, read, grid);
            else
                work += cells(read) + cells(layer.output); // flatten: less
            work += cells(read) * 3; // uniting into the node, and its becoming a grid
        }
    }
    return work;
}

} // namespace

void addCoverage(Analysis &analysis)
{
    CoverageBudget budget; // shared by every layer's walk and the input coverage
    for (LayerReport &report : analysis.layers) {
        if (report.coveragePending)
            findDiscarded(report, budget);
    }
    const bool coverable = inputCoverable(analysis);
    analysis.inputCoverage.reset();
    analysis.coveragePending = false;
    if (coverable)
        analysis.inputCoverage
            = coverInput(inputShapeOf(analysis), coverageNodes(analysis.layers), budget);
}

std::int64_t coverageWorkEstimate(const Analysis &analysis)
{
    CheckedInt work = 0;
    bool layersFit = true;
    for (const LayerReport &report : analysis.layers) {
        if (!report.coveragePending)
            continue;
        if (!coverageFits(report)) {
            layersFit = false; // walks nothing, and leaves the input coverage unknown
            continue;
        }
        if (const auto *windows = std::get_if<Windows>(&report.spatial))
            work += discardedWork(*windows);
    }
    if (layersFit && analysis.coveragePending && inputCoverable(analysis))
        work += inputCoverageWork(analysis);
    if (work.overflowed())
        return maxCoverageWork;
    return std::min(work.value(), maxCoverageWork);
}

} // namespace cd
