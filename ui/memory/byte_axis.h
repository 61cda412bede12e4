#pragma once

// A value axis in bytes with round ticks (0, 512 KiB, 1 MiB, 1.5 MiB…) in the binary units the
// memory panel writes everywhere else, so that a chart's scale reads like its numbers.

#include <QString>

#include <cstdint>
#include <vector>

namespace cd::ui {

struct ByteTick
{
    double bytes = 0; // exact multiples of a binary unit, so a double holds them
    QString label;    // "0", "512 KiB", "1.5 MiB"
};

// From 0 up to the first tick at or above `max`, at most `maxIntervals` equal steps of 1, 2 or
// 5 times a power of ten of one unit. Two ticks (0 and 1 B) when `max` is 0.
std::vector<ByteTick> byteTicks(std::int64_t max, int maxIntervals);

} // namespace cd::ui
