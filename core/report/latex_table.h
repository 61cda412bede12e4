#pragma once

// The layer table as a LaTeX tabular with totals and the memory terms, for papers and slides
// (booktabs rules; needs \usepackage{booktabs}).

#include "analysis.h"

#include <string>

namespace cd {

std::string latexTable(const Analysis &analysis);
// Text with LaTeX's special characters escaped, line breaks as spaces and other control
// characters shown (withVisibleControls).
std::string latexEscaped(const std::string &text);

} // namespace cd
