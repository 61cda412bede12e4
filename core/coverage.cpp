#include "coverage.h"

namespace cd {

namespace {

// Counts taps per padded position for the windows `includeWindow` selects. Each window's
// taps form an arithmetic progression with step `dilation`; a difference array summed along
// that step marks all of them in one pass. Only extent() cells are allocated, whatever the
// dilation: a progression's end mark past the extent changes no count inside it, so it is
// dropped rather than stored (kernel 1 with dilation 2^40 is one cell per window).
// Counts fit `Count`: a position is read by at most one tap of each of output() windows.
template<typename Count, typename IncludeWindow>
Eigen::Array<Count, Eigen::Dynamic, 1> countTaps(const Window1D &w, IncludeWindow includeWindow)
{
    const std::int64_t extent = w.extent();
    Eigen::Array<Count, Eigen::Dynamic, 1> counts;
    if (extent > maxSpatialExtent)
        return counts; // callers check coverageFits(); never allocate for a map this large
    counts = Eigen::Array<Count, Eigen::Dynamic, 1>::Zero(extent);
    for (std::int64_t i = 0; i < w.output; ++i) {
        if (!includeWindow(i))
            continue;
        counts(w.windowStart(i)) += 1;
        // The end mark, windowStart + kernel·dilation, unless it lies at or past the extent
        // (where the product might not even fit 64 bits).
        const std::int64_t start = w.windowStart(i);
        if (w.kernel <= (extent - 1 - start) / w.dilation)
            counts(start + w.kernel * w.dilation) -= 1;
    }
    for (std::int64_t q = w.dilation; q < extent; ++q)
        counts(q) += counts(q - w.dilation);
    return counts;
}

// The narrow counts of the analysis's own walks: 4 bytes a position instead of 8.
using TapCounts = Eigen::Array<std::int32_t, Eigen::Dynamic, 1>;

PositionMask realPart(const Window1D &w, const TapCounts &counts)
{
    if (counts.size() == 0)
        return PositionMask();
    return counts.segment(w.padBefore, w.input) > 0;
}

} // namespace

ReadCounts readCounts(const Window1D &window)
{
    return countTaps<std::int64_t>(window, [](std::int64_t) { return true; });
}

std::vector<std::int64_t> discardedPositions(const Window1D &window)
{
    const TapCounts counts = countTaps<std::int32_t>(window, [](std::int64_t) { return true; });
    std::vector<std::int64_t> discarded;
    if (counts.size() == 0)
        return discarded;
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
    return realPart(
        window, countTaps<std::int32_t>(window, [&](std::int64_t i) { return usedOutputs(i); }));
}

PositionMask usedInputs(const AdaptiveWindows1D &windows, const PositionMask &usedOutputs)
{
    if (windows.input > maxSpatialExtent)
        return PositionMask();
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
