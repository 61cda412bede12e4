#include "coverage.h"

namespace cd {

namespace {

// Counts taps per padded position for the windows `includeWindow` selects. Each window's
// taps form an arithmetic progression with step `dilation`; a difference array summed along
// that step marks all of them in one pass.
template<typename IncludeWindow>
ReadCounts countTaps(const Window1D &w, IncludeWindow includeWindow)
{
    const Eigen::Index extent = w.extent();
    ReadCounts counts = ReadCounts::Zero(extent + w.dilation);
    for (std::int64_t i = 0; i < w.output; ++i) {
        if (!includeWindow(i))
            continue;
        counts(w.windowStart(i)) += 1;
        counts(w.windowStart(i) + w.kernel * w.dilation) -= 1;
    }
    for (Eigen::Index q = w.dilation; q < counts.size(); ++q)
        counts(q) += counts(q - w.dilation);
    return counts; // extent() + dilation long: the tail past extent() is zero
}

PositionMask realPart(const Window1D &w, const ReadCounts &counts)
{
    return counts.segment(w.padBefore, w.input) > 0;
}

} // namespace

ReadCounts readCounts(const Window1D &window)
{
    return countTaps(window, [](std::int64_t) { return true; }).head(window.extent());
}

std::vector<std::int64_t> discardedPositions(const Window1D &window)
{
    const ReadCounts counts = countTaps(window, [](std::int64_t) { return true; });
    std::vector<std::int64_t> discarded;
    for (std::int64_t x = 0; x < window.input; ++x) {
        if (counts(window.padBefore + x) == 0)
            discarded.push_back(x);
    }
    return discarded;
}

ReadCounts2D readCounts2D(const Window1D &rows, const Window1D &cols)
{
    return readCounts(rows).matrix() * readCounts(cols).matrix().transpose();
}

PositionMask usedInputs(const Window1D &window, const PositionMask &usedOutputs)
{
    return realPart(window, countTaps(window, [&](std::int64_t i) { return usedOutputs(i); }));
}

PositionMask usedInputs(const AdaptiveWindows1D &windows, const PositionMask &usedOutputs)
{
    // Adaptive windows are contiguous: a difference array over [start, end) of the used
    // windows marks them all in one pass.
    Eigen::Array<std::int64_t, Eigen::Dynamic, 1> marks
        = Eigen::Array<std::int64_t, Eigen::Dynamic, 1>::Zero(windows.input + 1);
    for (std::int64_t i = 0; i < windows.output; ++i) {
        if (!usedOutputs(i))
            continue;
        marks(windows.windowStart(i)) += 1;
        marks(windows.windowEnd(i)) -= 1;
    }
    PositionMask used(windows.input);
    std::int64_t running = 0;
    for (std::int64_t x = 0; x < windows.input; ++x) {
        running += marks(x);
        used(x) = running > 0;
    }
    return used;
}

std::vector<std::int64_t> unusedPositions(const PositionMask &used)
{
    std::vector<std::int64_t> unused;
    for (Eigen::Index x = 0; x < used.size(); ++x) {
        if (!used(x))
            unused.push_back(x);
    }
    return unused;
}

} // namespace cd
