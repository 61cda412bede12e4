#pragma once

// Where the network view numbers one side of the input: the ends of every unused run (in
// red, so "219–223" can be read off the edge), the last index, and every step-th index,
// with no two labels overlapping at any zoom.

#include "network_coverage.h"

#include <QString>

#include <cstdint>
#include <functional>
#include <vector>

namespace cd::ui {

struct RulerLabel
{
    qreal centre = 0; // along the axis, in painter coordinates
    QString text;
    bool unused = false;
};

struct RulerAxis
{
    std::int64_t count = 0; // positions along the side
    qreal origin = 0;       // the leading edge of position 0
    qreal cell = 1;         // painter units per position
    qreal visibleFrom = 0;  // the part of the axis that is shown
    qreal visibleTo = 0;
};

// The space a label takes along the axis.
using LabelExtent = std::function<qreal(const QString &text, bool unused)>;

// The smallest of 1, 2, 5, 10, 20, 50, … positions that are at least `spacing` apart.
std::int64_t rulerStep(qreal cell, qreal spacing);
// "223" or "219–223".
QString runLabel(const IndexRun &run);
// Sorted by centre; `gap` is the least space between two labels.
std::vector<RulerLabel> rulerLabels(const RulerAxis &axis, const std::vector<IndexRun> &unused,
                                    const LabelExtent &extent, qreal gap);
// The visible positions first … last (inclusive); first > last when none is visible.
std::pair<std::int64_t, std::int64_t> visiblePositions(const RulerAxis &axis);

} // namespace cd::ui
