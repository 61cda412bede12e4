// The analysis's coverage budget (see coverage_budget.h).

#include "coverage_budget.h"

namespace cd {

namespace {

// Runs of consecutive values in an ascending list: one plus each gap.
std::int64_t runCount(const std::vector<std::int64_t> &ascending)
{
    std::int64_t runs = ascending.empty() ? 0 : 1;
    for (std::size_t i = 1; i < ascending.size(); ++i) {
        if (ascending[i] != ascending[i - 1] + 1)
            ++runs;
    }
    return runs;
}

} // namespace

bool CoverageBudget::spendWork(CheckedInt cells)
{
    if (cells.overflowed() || cells.value() > m_work)
        return false;
    m_work -= cells.value();
    return true;
}

bool CoverageBudget::keepLists(std::initializer_list<const std::vector<std::int64_t> *> lists)
{
    std::int64_t indices = 0;
    std::int64_t runs = 0;
    for (const std::vector<std::int64_t> *list : lists) {
        indices += static_cast<std::int64_t>(list->size()); // each ≤ 2^24: no overflow
        runs += runCount(*list);
    }
    if (indices > m_indices || runs > m_runs)
        return false;
    m_indices -= indices;
    m_runs -= runs;
    return true;
}

} // namespace cd
