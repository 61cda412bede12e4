#pragma once

// The per-layer table as RFC 4180 CSV: a header row and one row per layer (no input or totals
// rows: a spreadsheet sums the columns). `analyze --csv` and the GUI's "Export table as CSV"
// both call this, so they write the same bytes.

#include "analysis.h"

#include <string>
#include <string_view>

namespace cd {

std::string csvTable(const Analysis &analysis);

// One text field: quoted when it holds a comma, quote or line break; prefixed with ' when it
// starts with = + - @, a tab or a carriage return, so that a spreadsheet shows it instead of
// running it as a formula; other control characters shown (withVisibleControls).
std::string csvTextField(std::string_view text);

} // namespace cd
