#pragma once

// Medians of repeated timings and one line of report per figure, shared by the benchmarks.

#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

namespace cd::bench {

// Median wall time of one call of `work`, in milliseconds.
inline double medianMillis(int runs, const std::function<void()> &work)
{
    std::vector<double> times;
    times.reserve(static_cast<std::size_t>(runs));
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    std::nth_element(times.begin(), times.begin() + runs / 2, times.end());
    return times[static_cast<std::size_t>(runs / 2)];
}

inline void report(const char *what, double millis, double targetMillis)
{
    std::printf("%-58s median %9.3f ms   target %8.3f ms   %5.1f%% of target  %s\n", what, millis,
                targetMillis, 100.0 * millis / targetMillis,
                millis <= targetMillis ? "ok" : "OVER");
}

} // namespace cd::bench
