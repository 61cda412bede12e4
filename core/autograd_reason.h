#pragma once

// Why autograd's figures (arithmetic.md §8) differ from the lecture model's (§4), in words:
// per layer, from the rule of §8's table it follows, and for the whole network. The terminal,
// the documents and the GUI's memory panel and tooltips show these lines as they are.

#include "analysis.h"

#include <string>

namespace cd {

// One line for a layer, e.g. "keeps its input, not its output, and the index of each maximum:
// 8 bytes per output element; its input is already counted at nin1". Empty when the layer
// has no figure (the network is invalid, or Analysis::autograd's note says why).
std::string savedReason(const Analysis &analysis, int layer);

// The saved bytes by kind, kinds without bytes left out: "6,748,600 B of activations +
// 890,880 B of max-pool indices + 38,400 B of dropout masks".
std::string savedKindsText(const SavedBytes &saved);

// Why the network's autograd training memory differs from the lecture model's: "the lecture
// model counts 6,787,040 B of kept values and as many of gradients; autograd keeps no
// gradient until backward, and 7,677,880 B of values: …". Empty without a figure.
std::string autogradDifference(const Analysis &analysis);

} // namespace cd
