#include "grid_image.h"

#include "visualiser/visualiser_theme.h"

#include <QHash>

#include <algorithm>
#include <vector>

namespace cd::ui {

namespace {

struct AxisCell
{
    CellKind kind = CellKind::Read;
    std::int64_t count = 0;
};

// Which kind survives when a block of positions shrinks to one pixel.
int priority(CellKind kind)
{
    switch (kind) {
    case CellKind::Discarded: return 3;
    case CellKind::Read: return 2;
    case CellKind::Padding: return 1;
    case CellKind::Implicit: return 0;
    }
    return 0;
}

std::vector<AxisCell> reduceAxis(const GridAxis &axis, int side)
{
    const std::int64_t extent = axis.extent();
    std::vector<AxisCell> cells(static_cast<std::size_t>(side));
    for (int p = 0; p < side; ++p) {
        const std::int64_t first = p * extent / side;
        const std::int64_t last = std::max(first + 1, (p + 1) * extent / side);
        AxisCell cell{axis.kind(first), axis.readCount(first)};
        for (std::int64_t x = first + 1; x < last; ++x) {
            const CellKind kind = axis.kind(x);
            if (priority(kind) > priority(cell.kind))
                cell = {kind, axis.readCount(x)};
            else if (kind == cell.kind)
                cell.count = std::max(cell.count, axis.readCount(x));
        }
        cells[static_cast<std::size_t>(p)] = cell;
    }
    return cells;
}

} // namespace

QImage coverageImage(const LayerGrid &grid, int maxSide)
{
    const int width = static_cast<int>(std::min<std::int64_t>(grid.cols.extent(), maxSide));
    const int height = static_cast<int>(std::min<std::int64_t>(grid.rows.extent(), maxSide));
    const std::vector<AxisCell> rows = reduceAxis(grid.rows, height);
    const std::vector<AxisCell> cols = reduceAxis(grid.cols, width);
    const std::int64_t maxCount = grid.maxReadCount();

    QImage image(width, height, QImage::Format_RGB32);
    // Rows of the same kind and count paint the same scanline: a grid has only a handful of
    // distinct rows, so each is computed once and copied.
    QHash<QPair<int, qint64>, int> firstRowOf;
    for (int y = 0; y < height; ++y) {
        const AxisCell &row = rows[static_cast<std::size_t>(y)];
        const QPair<int, qint64> key(static_cast<int>(row.kind), row.count);
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        if (const auto seen = firstRowOf.constFind(key); seen != firstRowOf.constEnd()) {
            std::copy_n(reinterpret_cast<const QRgb *>(image.constScanLine(*seen)), width, line);
            continue;
        }
        firstRowOf.insert(key, y);
        for (int x = 0; x < width; ++x) {
            const AxisCell &col = cols[static_cast<std::size_t>(x)];
            const CellKind kind = combineKinds(row.kind, col.kind);
            line[x]
                = (kind == CellKind::Read ? visualiser::readShade(row.count * col.count, maxCount)
                                          : visualiser::colourOf(kind))
                      .rgb();
        }
    }
    return image;
}

} // namespace cd::ui
