#pragma once

// The one-line descriptions under the layer view's grids: which cells the current or hovered
// window reads, and who reads a hovered input cell. Positions in input coordinates.

#include "visualiser/grid_highlight.h"

#include <QString>

#include <cstdint>

namespace cd::ui {

struct GridContent;

// "window 1,235 of 2,916 writes output (22, 46) and reads rows 88–98, columns 184–194"
QString windowInfo(const GridContent &content, std::int64_t window);
// "row 223, column 5: never read (discarded)", "row 40, column 7: read by 4 windows, …"
QString inputCellInfo(const GridContent &content, const GridCell &padded);
QString outputCellInfo(const GridContent &content, const GridCell &output);

} // namespace cd::ui
