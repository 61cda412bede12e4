#pragma once

// The per-layer table with a header and a totals row, as plain cell texts: what the Markdown
// and LaTeX exports typeset (unlike the CSV, a document carries its totals).

#include "analysis.h"
#include "layer_rows.h"

#include <string>
#include <vector>

namespace cd {

struct SummaryTable
{
    std::vector<std::string> header;
    std::vector<bool> numeric; // per column: right-aligned
    std::vector<std::string> toolTips; // per column: what it counts (the handout's header titles)
    std::vector<std::vector<std::string>> rows; // layers, then "total" when the network is valid
    std::vector<LayerTableRow::Kind> kinds;     // per row: a layer, a block's subtotal, …
    std::vector<bool> failed; // per row: a layer that cannot be computed; its last cell says why
};

// `times` spells the shape separator ("×" or a LaTeX macro).
SummaryTable summaryTable(const Analysis &analysis, const std::string &times);

// "training = 4 B × (2 × 1 × 1,696,760 + 3 × 1,992,166) = 37,480,072 B (35.7 MiB)", the
// autograd line beside it and why they differ, and the inference lines; or the errors of an
// invalid network.
std::vector<std::string> memoryLines(const Analysis &analysis, const std::string &times);

// The autograd line of memoryLines and, when they differ, why it is not the lecture model's
// figure: one or two lines. The network must be valid.
std::vector<std::string> autogradLines(const Analysis &analysis, const std::string &times);

} // namespace cd
