#pragma once

// The formula sheet: every formula of arithmetic.md for one layer, and the network's memory
// sums, with the user's own numbers filled in ("out = ⌊(224 + 2·0 − 11)/4⌋ + 1 = ⌊53.25⌋ + 1
// = 54"). One source for Help ▸ Formulas, `convdesigner-cli analyze --explain` and a later
// handout: each view only lays the lines out.

#include "analysis.h"
#include "network.h"

#include <string>
#include <vector>

namespace cd {

struct FormulaLine
{
    std::string title;   // "output height", "weights (11×11 conv)", "training memory"
    std::string formula; // the formula with numbers, or why the term is 0
};

// Output size per dimension, weights, biases, MACs, kept activations, receptive field and
// jump of analysis.layers[layerIndex]; `network` supplies what the report does not carry
// (groups, bias). A layer that cannot be computed gets one line with its error.
std::vector<FormulaLine> layerFormulas(const Analysis &analysis, const Network &network,
                                       int layerIndex);

// A, P, training = b × (2 × N × A + m × P), inference = b × (N × peak + P) and the tensors
// alive at the peak; one line saying why when the network is invalid.
std::vector<FormulaLine> networkFormulas(const Analysis &analysis);

// Both as plain text for a terminal: the layer's heading ("nin1 (nin_block)"), its lines, then
// "network" and the sums, each line "  title: formula".
std::string formulaSheetText(const Analysis &analysis, const Network &network, int layerIndex);

} // namespace cd
