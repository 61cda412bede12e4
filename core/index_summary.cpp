// Summarising ascending indices (see index_summary.h).

#include "index_summary.h"

#include "index_runs.h"

#include <cstddef>

namespace cd {

namespace {

// Up to this many runs are short enough to list whole.
constexpr std::size_t wholeRuns = 4;
// An even spacing is worth naming from this many values on; fewer are listed whole.
constexpr std::size_t progressionMinimum = 5;
// Values after the even part that still read as "and x" rather than as a messy list.
constexpr std::size_t progressionTail = 2;
// Runs shown before the ellipsis when the list has no pattern.
constexpr std::size_t leadingRuns = 3;

const char *const dash = "\u2013";
const char *const ellipsis = "\u2026";

std::string joined(const std::vector<std::int64_t> &values, std::size_t from)
{
    std::string text;
    for (std::size_t i = from; i < values.size(); ++i) {
        if (i > from)
            text += i + 1 == values.size() ? " and " : ", ";
        text += std::to_string(values[i]);
    }
    return text;
}

// How many leading values are evenly spaced by more than one.
std::size_t evenPrefix(const std::vector<std::int64_t> &values)
{
    if (values.size() < 2 || values[1] - values[0] < 2)
        return 0;
    const std::int64_t step = values[1] - values[0];
    std::size_t count = 2;
    while (count < values.size() && values[count] - values[count - 1] == step)
        ++count;
    return count;
}

} // namespace

std::string ordinalText(std::int64_t n)
{
    const std::int64_t lastTwo = n % 100;
    const char *suffix = "th";
    if (lastTwo < 11 || lastTwo > 13) {
        switch (n % 10) {
        case 1: suffix = "st"; break;
        case 2: suffix = "nd"; break;
        case 3: suffix = "rd"; break;
        default: break;
        }
    }
    return std::to_string(n) + suffix;
}

std::string indexSummary(std::string_view singular, std::string_view plural,
                         const std::vector<std::int64_t> &ascending)
{
    if (ascending.empty())
        return {};
    const std::string noun(ascending.size() == 1 ? singular : plural);
    const std::vector<IndexRun> runs = indexRuns(ascending);
    if (runs.size() <= wholeRuns)
        return noun + " " + runsText(runs, dash, ", ");

    const std::size_t even = evenPrefix(ascending);
    if (even >= progressionMinimum && ascending.size() - even <= progressionTail) {
        const std::int64_t step = ascending[1] - ascending[0];
        std::string text = noun + " " + std::to_string(ascending[0]) + ", "
                           + std::to_string(ascending[1]) + ", " + ellipsis + ", "
                           + std::to_string(ascending[even - 1]) + " (" + std::to_string(even)
                           + " " + std::string(plural) + ", every " + ordinalText(step) + ")";
        if (even < ascending.size())
            text += (ascending.size() - even == 1 ? " and " : ", ") + joined(ascending, even);
        return text;
    }

    const std::vector<IndexRun> first(runs.begin(),
                                      runs.begin() + static_cast<std::ptrdiff_t>(leadingRuns));
    return noun + " " + runsText(first, dash, ", ") + ", " + ellipsis + ", "
           + runText(runs.back(), dash) + " (" + std::to_string(ascending.size()) + " "
           + std::string(plural) + " in " + std::to_string(runs.size()) + " runs)";
}

} // namespace cd
