#pragma once

// The layer table as a Markdown (GitHub) table with totals and the memory terms, for reports
// and lecture notes.

#include "analysis.h"

#include <string>

namespace cd {

std::string markdownTable(const Analysis &analysis);

} // namespace cd
