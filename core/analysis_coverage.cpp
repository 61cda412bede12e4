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

} // namespace

void addCoverage(Analysis &analysis)
{
    if (!analysis.coveragePending)
        return; // a second walk would get a budget of its own
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
        work += coverInputWorkBound(inputShapeOf(analysis), coverageNodes(analysis.layers));
    if (work.overflowed())
        return maxCoverageWork;
    return std::min(work.value(), maxCoverageWork);
}

} // namespace cd
