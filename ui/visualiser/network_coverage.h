#pragma once

// What the network view shows, taken from one analysis as a value: the input's size and
// core's coverage of it, which pixels can never influence the output. Two snapshots compare
// equal when the view would look the same, so that an edit elsewhere costs nothing.

#include "analysis.h"
#include "index_runs.h" // the runs the view draws, for its users

#include <cstdint>
#include <string>
#include <vector>

namespace cd::ui {

struct NetworkCoverage
{
    enum class State {
        Known,       // `input` holds core's input coverage
        Invalid,     // the network has an error: `error` is the first one
        NotAnalysed, // valid, but a map is too large for the coverage walk
        Pending,     // valid, its coverage still being walked, with none from before to show
    };

    State state = State::Invalid;
    std::int64_t channels = 0;
    std::int64_t height = 0;
    std::int64_t width = 0;
    // Core's coverage of the input when Known: the unused rows and columns, the exact unused
    // pixels when branches make them more than those, and their count. Empty otherwise.
    InputCoverage input;
    std::string error; // UTF-8

    // There is an input to draw: both sides at least 1 and no larger than core analyses.
    bool hasInput() const;
    // Whole rows and columns of which no pixel reaches the output.
    bool isRowUnused(std::int64_t row) const;
    bool isColUnused(std::int64_t col) const;
    // The pixel cannot influence the output, as core says (false outside the input).
    bool isUnused(std::int64_t row, std::int64_t col) const;

    friend bool operator==(const NetworkCoverage &, const NetworkCoverage &) = default;
};

NetworkCoverage networkCoverage(const Analysis &analysis);

} // namespace cd::ui
