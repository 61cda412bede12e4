#include "used_region.h"

namespace cd {

UsedRegion UsedRegion::product(PositionMask rows, PositionMask cols)
{
    UsedRegion region;
    region.m_rows = std::move(rows);
    region.m_cols = std::move(cols);
    return region;
}

UsedRegion UsedRegion::everything(std::int64_t height, std::int64_t width)
{
    return product(PositionMask::Constant(height, true), PositionMask::Constant(width, true));
}

bool UsedRegion::isEmpty() const
{
    return isProduct() ? !m_rows.any() || !m_cols.any() : !m_grid.any();
}

PositionGrid UsedRegion::asGrid() const
{
    if (!isProduct())
        return m_grid;
    return (m_rows.cast<int>().matrix() * m_cols.cast<int>().matrix().transpose()).array() > 0;
}

bool UsedRegion::unite(UsedRegion other)
{
    if (other.isEmpty())
        return true;
    if (isEmpty()) {
        *this = std::move(other);
        return true;
    }
    if (isProduct() && other.isProduct()) {
        const auto contains = [](const PositionMask &a, const PositionMask &b) {
            return !(b && !a).any();
        };
        if ((m_rows == other.m_rows).all()) {
            m_cols = m_cols || other.m_cols;
            return true;
        }
        if ((m_cols == other.m_cols).all()) {
            m_rows = m_rows || other.m_rows;
            return true;
        }
        if (contains(m_rows, other.m_rows) && contains(m_cols, other.m_cols))
            return true;
        if (contains(other.m_rows, m_rows) && contains(other.m_cols, m_cols)) {
            *this = std::move(other);
            return true;
        }
    }
    if (height() * width() > maxGridCells)
        return false;
    m_grid = asGrid() || other.asGrid();
    return true;
}

PositionMask UsedRegion::usedRows() const
{
    if (isProduct())
        return m_cols.any() ? m_rows : PositionMask::Constant(height(), false);
    return m_grid.rowwise().any();
}

PositionMask UsedRegion::usedCols() const
{
    if (isProduct())
        return m_rows.any() ? m_cols : PositionMask::Constant(width(), false);
    return m_grid.colwise().any().transpose();
}

std::int64_t UsedRegion::usedCount() const
{
    if (isProduct())
        return static_cast<std::int64_t>(m_rows.count())
               * static_cast<std::int64_t>(m_cols.count());
    return m_grid.count();
}

} // namespace cd
