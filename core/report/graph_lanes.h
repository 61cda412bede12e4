#pragma once

// A tree-like prefix for each layer of a branching network in a text table, like
// `git log --graph`: one lane per tensor still waiting for a reader, ● where a layer runs,
// ├ / ┐ where a branch forks off, ┘ / └ where branches join. Chains get no prefix.

#include "analysis.h"

#include <string>
#include <vector>

namespace cd {

// One prefix per layer, all of one display width; empty when every layer reads the one
// before it (a chain needs no drawing).
std::vector<std::string> graphLanes(const Analysis &analysis);

} // namespace cd
