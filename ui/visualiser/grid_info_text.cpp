#include "grid_info_text.h"

#include "qt_text.h"
#include "visualiser/grid_content.h"

#include <QCoreApplication>

namespace cd::ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cd::ui::LayerView", text);
}

// Padding sits at negative positions: a real minus sign, and "to" where a dash would read
// as one.
QString number(std::int64_t n)
{
    return n < 0 ? QStringLiteral("\u2212%1").arg(-n) : QString::number(n);
}

QString range(std::int64_t first, std::int64_t last)
{
    if (first == last)
        return number(first);
    return first < 0 ? tr("%1 to %2").arg(number(first), number(last))
                     : QStringLiteral("%1\u2013%2").arg(first).arg(last);
}

// "88–98", "88–108 every 2nd", with negative numbers for padding: −2 is 2 cells before row 0.
QString tapsText(const GridAxis &axis, std::int64_t window)
{
    const Window1D &w = axis.window();
    const std::int64_t first = w.tap(window, 0) - w.padBefore;
    const std::int64_t last = w.tap(window, w.kernel - 1) - w.padBefore;
    QString text = range(first, last);
    if (w.dilation > 1 && w.kernel > 1)
        text += tr(" every %1")
                    .arg(w.dilation == 2   ? tr("2nd")
                         : w.dilation == 3 ? tr("3rd")
                                           : tr("%1th").arg(w.dilation));
    return text;
}

QString cellName(const GridContent &content, const GridCell &padded)
{
    const LayerGrid &grid = *content.grid;
    return tr("row %1, column %2")
        .arg(number(padded.row - grid.rows.window().padBefore),
             number(padded.col - grid.cols.window().padBefore));
}

} // namespace

QString windowInfo(const GridContent &content, std::int64_t window)
{
    if (!content.grid || window < 0 || window >= content.grid->windowCount())
        return {};
    const LayerGrid &grid = *content.grid;
    const std::int64_t i = window / content.outputCols();
    const std::int64_t j = window % content.outputCols();
    return tr("window %1 of %2 writes output (%3, %4) and reads rows %5, columns %6")
        .arg(thousands(window + 1), thousands(grid.windowCount()))
        .arg(i)
        .arg(j)
        .arg(tapsText(grid.rows, i), tapsText(grid.cols, j));
}

QString inputCellInfo(const GridContent &content, const GridCell &padded)
{
    if (!content.grid)
        return {};
    const LayerGrid &grid = *content.grid;
    const QString name = cellName(content, padded);
    switch (grid.kind(padded.row, padded.col)) {
    case CellKind::Padding: return tr("%1: padding").arg(name);
    case CellKind::Implicit:
        return tr("%1: implicit padding, only the ceil-mode window hangs over it").arg(name);
    case CellKind::Discarded: return tr("%1: no window reads it (discarded)").arg(name);
    case CellKind::Read: break;
    }
    const std::vector<std::int64_t> rows = grid.rows.windowsReading(padded.row);
    const std::vector<std::int64_t> cols = grid.cols.windowsReading(padded.col);
    const std::int64_t count = grid.readCount(padded.row, padded.col);
    return tr("%1: read by %2 %3, writing outputs rows %4, columns %5")
        .arg(name, thousands(count), count == 1 ? tr("window") : tr("windows"),
             range(rows.front(), rows.back()), range(cols.front(), cols.back()));
}

QString outputCellInfo(const GridContent &content, const GridCell &output)
{
    if (!content.grid)
        return {};
    const LayerGrid &grid = *content.grid;
    return tr("output (%1, %2) is written by window %3, which reads rows %4, columns %5")
        .arg(output.row)
        .arg(output.col)
        .arg(thousands(output.row * content.outputCols() + output.col + 1),
             tapsText(grid.rows, output.row), tapsText(grid.cols, output.col));
}

} // namespace cd::ui
