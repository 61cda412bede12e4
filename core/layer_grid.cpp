#include "layer_grid.h"

#include <algorithm>

namespace cd {

CellKind combineKinds(CellKind row, CellKind col)
{
    for (const CellKind strongest : {CellKind::Implicit, CellKind::Padding, CellKind::Discarded}) {
        if (row == strongest || col == strongest)
            return strongest;
    }
    return CellKind::Read;
}

GridAxis::GridAxis(const Window1D &window)
    : m_window(window)
    , m_counts(readCounts(window))
    , m_maxReadCount(m_counts.size() == 0 ? 0 : m_counts.maxCoeff())
{}

std::int64_t GridAxis::realPosition(std::int64_t padded) const
{
    const std::int64_t real = padded - m_window.padBefore;
    return real >= 0 && real < m_window.input ? real : -1;
}

CellKind GridAxis::kind(std::int64_t padded) const
{
    if (padded >= m_window.paddedInput())
        return CellKind::Implicit;
    if (realPosition(padded) < 0)
        return CellKind::Padding;
    return readCount(padded) > 0 ? CellKind::Read : CellKind::Discarded;
}

std::int64_t GridAxis::readCount(std::int64_t padded) const
{
    return padded >= 0 && padded < m_counts.size() ? m_counts(padded) : 0;
}

std::vector<std::int64_t> GridAxis::taps(std::int64_t window) const
{
    std::vector<std::int64_t> positions;
    // An axis too large to count has no cells to point at (and k may be 2^39 here).
    if (window < 0 || window >= m_window.output || m_counts.size() == 0)
        return positions;
    positions.reserve(static_cast<std::size_t>(m_window.kernel));
    for (std::int64_t j = 0; j < m_window.kernel; ++j)
        positions.push_back(m_window.tap(window, j));
    return positions;
}

std::vector<std::int64_t> GridAxis::windowsReading(std::int64_t padded) const
{
    // Window i reads p when p = i·s + j·d with 0 ≤ j < k: i ranges over the windows whose span
    // [i·s, i·s + e) holds p, and the offset must land on a tap.
    const Window1D &w = m_window;
    if (m_counts.size() == 0 || padded < 0 || padded >= m_counts.size())
        return {};
    const std::int64_t first = std::max<std::int64_t>(0, ceilDiv(padded - (w.effectiveKernel() - 1), w.stride));
    const std::int64_t last = std::min(w.output - 1, floorDiv(padded, w.stride));
    std::vector<std::int64_t> windows;
    for (std::int64_t i = first; i <= last; ++i) {
        if ((padded - w.windowStart(i)) % w.dilation == 0)
            windows.push_back(i);
    }
    return windows;
}

} // namespace cd
