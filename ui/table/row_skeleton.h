#pragma once

// How the layer table's rows changed shape between two renderings, as the one step a view can
// follow (insert, remove or move a run of rows) rather than a reset. Rows are matched by what
// they stand for, not their text: the input, each layer by id, each block by name, the totals.
// A layer's conv rows go with it as one unit; the model reconciles them afterwards.

#include "table/table_rows.h"

#include <vector>

namespace cd::ui {

// The rows that start a unit (every row but a conv row), in order.
std::vector<int> unitStarts(const std::vector<TableRow> &rows);

struct SkeletonStep
{
    enum Kind {
        Same,   // the same units in the same order
        Insert, // next's units [first, first + count) go before the old unit `first`
        Remove, // the old units [first, first + count) go
        Move,   // the old units [first, first + count) go before the old unit `before`
        Other,  // more than one step: a reset
    };
    Kind kind = Same;
    int first = 0;
    int count = 0;
    int before = 0;
};

SkeletonStep skeletonStep(const std::vector<TableRow> &old, const std::vector<TableRow> &next);

} // namespace cd::ui
