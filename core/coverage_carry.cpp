#include "coverage_carry.h"

#include <unordered_map>

namespace cd {

void carryCoverage(const Analysis &shown, Analysis &pending)
{
    std::unordered_map<LayerId, const LayerReport *> byId;
    byId.reserve(shown.layers.size());
    for (const LayerReport &report : shown.layers)
        byId.emplace(report.id, &report);
    for (LayerReport &report : pending.layers) {
        if (!report.coveragePending || report.coverageKnown)
            continue;
        const auto it = byId.find(report.id);
        if (it == byId.end())
            continue;
        const LayerReport &before = *it->second;
        // A layer that is not computed keeps coverageKnown's default: it says nothing.
        const bool walked = before.coveragePending || before.ok();
        if (!walked || !before.coverageKnown || before.input != report.input
            || before.spatial != report.spatial)
            continue;
        report.discardedRows = before.discardedRows;
        report.discardedCols = before.discardedCols;
        report.coverageKnown = true;
    }
    if (pending.coveragePending && pending.valid() && !pending.inputCoverage && shown.inputCoverage
        && shown.input.height == pending.input.height && shown.input.width == pending.input.width)
        pending.inputCoverage = shown.inputCoverage;
}

} // namespace cd
