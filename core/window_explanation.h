#pragma once

// The output-size arithmetic of one dimension in words and numbers, with the user's values:
// what the visualiser prints above a layer's grid and the answer to "which pixels get cropped?".

#include "layer_step.h"
#include "shape.h"

#include <string>
#include <vector>

namespace cd {

// `dimension` is "row" or "column". E.g. for 224, k 11, s 4, p 0:
// "(224 + 2·0 − 11) / 4 = 53.25 → 53 full steps → 54 outputs; 1 cell past the last window,
// 0 of them padding → 1 real row lost (row 223)".
std::string explainWindows(const Window1D &window, const std::string &dimension);

// The arithmetic above a layer's grid, as the handout prints it beside its Layer View picture:
// one line "rows and columns: …" when both dimensions have the same numbers, else "rows: …"
// and "columns: …".
std::vector<std::string> windowArithmeticLines(const Windows &windows);

// The pieces of that line, shared with the formula sheet (report/formula_text.h) so both spell
// the arithmetic alike: "224 + 2·0" (or "224 + 1 + 2" for unequal padding) …
std::string paddedSizeText(const Window1D &window);
// … and "53.25", or "53" when the division is exact (two decimals at most).
std::string quotientText(std::int64_t numerator, std::int64_t denominator);

} // namespace cd
