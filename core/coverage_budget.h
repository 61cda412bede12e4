#pragma once

// How much coverage work one analysis may do. Every other figure costs O(1) a layer, but
// discarded rows and columns and the input coverage walk positions one by one (O(H + W) a
// layer, O(H × W) where branches need a grid), so a 200-byte file could ask for hours of work,
// gigabytes of index lists and a report as large. The budget is shared by the whole network;
// what does not fit in it is reported as "not analysed: too large", never cut short silently.

#include "checked.h"

#include <cstdint>
#include <initializer_list>
#include <vector>

namespace cd {

// Positions (or grid cells) walked across the network: a few hundredths of a second and at
// most ~100 MiB, yet room for a 4096×4096 ResNet's every layer (a few million).
inline constexpr std::int64_t maxCoverageWork = std::int64_t{1} << 25;
// Indices held in discarded and unused lists: 32 MiB.
inline constexpr std::int64_t maxCoverageIndices = std::int64_t{1} << 22;
// Runs of consecutive indices in those lists: what bounds every report's size, as each
// report writes a long list as runs.
inline constexpr std::int64_t maxCoverageRuns = std::int64_t{1} << 16;

class CoverageBudget
{
public:
    // Takes `cells` of work; false, taking nothing, when fewer are left (or the count
    // overflowed), so the caller gives up before doing it.
    [[nodiscard]] bool spendWork(CheckedInt cells);
    // Takes the indices and runs of index lists the analysis is about to keep; false, taking
    // nothing, when they do not all fit.
    [[nodiscard]] bool keepLists(std::initializer_list<const std::vector<std::int64_t> *> lists);

    std::int64_t workLeft() const { return m_work; }

private:
    std::int64_t m_work = maxCoverageWork;
    std::int64_t m_indices = maxCoverageIndices;
    std::int64_t m_runs = maxCoverageRuns;
};

} // namespace cd
