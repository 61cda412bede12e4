#pragma once

// Ascending indices summarised for a narrow panel: a few runs are listed whole, an evenly
// spaced list is named by its ends and its step, anything else by its first runs and a count.
// The inspector shows the discarded rows of a strided pool this way; listed whole, seventeen
// numbers would widen the panel.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace cd {

// "rows 0–3", "rows 2, 5, 8", "rows 2, 5, …, 50 (17 rows, every 3rd) and 52",
// "rows 0–3, 7, 9–12, …, 30 (11 rows in 5 runs)"; `singular` for one index; "" for none.
std::string indexSummary(std::string_view singular, std::string_view plural,
                         const std::vector<std::int64_t> &ascending);

// "2nd", "3rd", "11th", "21st": the step of an evenly spaced list, in words.
std::string ordinalText(std::int64_t n);

} // namespace cd
