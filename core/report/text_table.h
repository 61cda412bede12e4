#pragma once

// The analysis as a terminal table, laid out like a hand calculation: one row per layer (a
// nin_block's three convolutions beneath it), totals, then training and inference memory with
// every term written out, and the part of the input that never reaches the output.

#include "analysis.h"

#include <string>

namespace cd {

std::string textReport(const Analysis &analysis);

} // namespace cd
