#pragma once

// The coverage of a layer's padded input as an image with one pixel per cell, drawn scaled
// without smoothing: a 1024×1024 grid costs one blit instead of a million rectangles.

#include "layer_grid.h"

#include <QImage>

namespace cd::ui {

// Grids wider or taller than `maxSide` are reduced block by block; a block shows a discarded
// cell if it holds one, so a one-row gap never disappears from the overview.
QImage coverageImage(const LayerGrid &grid, int maxSide = 4096);

} // namespace cd::ui
