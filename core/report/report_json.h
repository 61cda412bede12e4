#pragma once

// The analysis report as JSON (network-format.md §2): what `convdesigner-cli analyze --json`
// prints and what the PyTorch-measured cases are checked against.

#include "analysis.h"

#include <string>

namespace cd {

std::string reportJson(const Analysis &analysis);

} // namespace cd
