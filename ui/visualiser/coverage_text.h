#pragma once

// The network view's count line in words: which input rows and columns (or other pixels) never
// reach the output and how many pixels that is, or why it cannot be said.

#include "network_coverage.h"

#include <QString>

#include <cstdint>
#include <vector>

namespace cd::ui {

// "row 223", "rows 219–223", "rows 0–3, 219–223"; beyond four runs the middle is elided:
// "rows 1, 3, 5, …, 223 (112 rows)". Empty for no indices.
QString indexListText(const QString &singular, const QString &plural,
                      const std::vector<std::int64_t> &indices);

// For the NiN example: "rows 219–223 and columns 219–223 — 2,215 of 50,176 pixels — never
// reach the output"; "every input pixel can reach the output" when none is lost. When branches
// make the region more than whole rows and columns: "16 of 64 pixels — in no whole row or
// column — never reach the output", or "row 0 and 12 other pixels — 20 of 64 pixels — …".
QString coverageCountText(const NetworkCoverage &coverage);

// "row 221, column 100: never reaches the output (no output depends on row 221)"; for a pixel
// lost although its row and column are used, says that outputs depend on others of them.
QString pixelToolTip(const NetworkCoverage &coverage, std::int64_t row, std::int64_t col);

// "input 1 × 224 × 224"
QString coverageInputText(const NetworkCoverage &coverage);

} // namespace cd::ui
