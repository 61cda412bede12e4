#pragma once

// The words of the layer view: a layer's heading, the arithmetic lines of its two dimensions,
// why a discarded row or column is never read, and what a layer without windows does to
// coverage. The numbers come from core; this file only phrases them.

#include "analysis.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <vector>

namespace cd::ui {

// "nin1 (nin_block, first conv): kernel 11, stride 4, padding 0 · 1×224×224 → 96×54×54"
QString layerHeading(const LayerReport &report);

// explainWindows() for rows and columns; one "rows and columns: …" line when they agree.
QStringList arithmeticLines(const Windows &windows);

// A run of consecutive discarded real positions (input coordinates) with one cause.
struct DiscardedRun
{
    std::int64_t first = 0;
    std::int64_t last = 0;
    bool pastLastWindow = false; // else between windows (stride > kernel, or dilation)
};
// Splits `discarded` (ascending) into runs; a run never mixes the two causes.
std::vector<DiscardedRun> discardedRuns(const std::vector<std::int64_t> &discarded,
                                        const Window1D &window);
// "row 223: past the last window", "columns 3–4: between windows".
QString discardedText(const DiscardedRun &run, bool rows);
// "56 rows between windows (rows 1, 3, 5, …)", for when there are too many gaps to label.
QString gapSummary(const std::vector<DiscardedRun> &gaps, bool rows);

// What a layer without a drawable window grid does to coverage, or why there is nothing to
// draw (an invalid layer's error, a grid too large).
QString coverageStatement(const LayerReport &report);
// Shown while the network input is selected.
QString selectLayerHint();

} // namespace cd::ui
