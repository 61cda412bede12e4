#pragma once

// The computed facts under the inspector's form, as rows of a TextGrid: a layer's shapes,
// parameter breakdown, MACs, kept activations, receptive field and discarded pixels (and a
// nin_block's three convolutions); or, with nothing selected, the whole network's totals.

#include "analysis.h"
#include "inspector/text_grid.h"

#include <vector>

namespace cd::ui {

// Empty for a layer that could not be computed (its error is shown instead).
std::vector<GridRow> layerFacts(const LayerReport &layer, const Settings &settings);
// A header row and one row per convolution; empty for other layers.
std::vector<GridRow> convFacts(const LayerReport &layer);
// Empty for an invalid network.
std::vector<GridRow> networkFacts(const Analysis &analysis);
// "2,215 input pixels never reach the output.", or empty.
QString coverageNote(const Analysis &analysis);

} // namespace cd::ui
