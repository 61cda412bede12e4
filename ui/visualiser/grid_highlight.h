#pragma once

// What the layer view emphasises on top of the coverage: the current window of the stepper
// and whatever the mouse points at. Cells are in padded input / output coordinates.

#include <cstdint>
#include <optional>

namespace cd::ui {

struct GridCell
{
    std::int64_t row = 0;
    std::int64_t col = 0;
    friend bool operator==(const GridCell &, const GridCell &) = default;
};

struct GridHighlight
{
    std::int64_t currentWindow = -1; // row-major over the output grid; -1: none
    std::optional<GridCell> hoveredInput;
    std::optional<GridCell> hoveredOutput;
    friend bool operator==(const GridHighlight &, const GridHighlight &) = default;
};

} // namespace cd::ui
