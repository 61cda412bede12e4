#pragma once

// A tree-like prefix for each layer of a branching network in a text table, like
// `git log --graph`: one lane per tensor still waiting for a reader, ● where a layer runs,
// ├ / ┐ where a branch forks off, ┘ / └ where branches join. Chains get no prefix.

#include "analysis.h"

#include <string>
#include <vector>

namespace cd {

// The most lanes drawn: wider, a drawing no longer fits a terminal (and grows with the square of
// the layers), so the table shows no lanes and its inputs column alone says what reads what.
inline constexpr int maxGraphLanes = 32;

// One prefix per layer, all of one display width; empty when every layer reads the one
// before it (a chain needs no drawing) or when more than maxGraphLanes lanes would be needed.
std::vector<std::string> graphLanes(const Analysis &analysis);

} // namespace cd
