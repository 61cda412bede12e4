#pragma once

// Ascending indices (discarded rows, unused input columns) grouped into runs of consecutive
// values, and their spelling. The table, the CLI and both visualiser views all show such
// lists, so the grouping lives here once.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace cd {

// A run of consecutive indices, both ends included.
struct IndexRun
{
    std::int64_t first = 0;
    std::int64_t last = 0;
    friend bool operator==(const IndexRun &, const IndexRun &) = default;
};

// Ascending indices as runs: {219, 220, 221, 223} → {219–221}, {223–223}; empty → none.
std::vector<IndexRun> indexRuns(const std::vector<std::int64_t> &ascending);

// "223", or "219-221" with `dash` between the ends.
std::string runText(const IndexRun &run, std::string_view dash = "-");
// Runs joined by `separator`: "219-221 223"; no runs → "".
std::string runsText(const std::vector<IndexRun> &runs, std::string_view dash = "-",
                     std::string_view separator = " ");

} // namespace cd
