#pragma once

// Everything the layer view draws for the selected layer, derived once per selection or edit:
// the cell grid and its coverage image for a windowed layer, the words for any layer. Plain
// data that the layout, the painter and the legend only read.

#include "analysis.h"
#include "layer_grid.h"

#include <QImage>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>
#include <vector>

namespace cd::ui {

// A label beside the grid pointing at discarded rows or columns.
struct GridCallout
{
    bool rows = true;       // points at rows (else at columns)
    std::int64_t first = 0; // padded positions it points at
    std::int64_t last = 0;
    QString text;
    bool summary = false; // names many gaps but points at the first only
};

struct GridContent
{
    // For layer `id` of `analysis`; 0 or an unknown id gives the "select a layer" hint.
    // `previous` lends its grid and image when the layer's windows did not change, so that
    // renaming a layer does not rebuild a 1024×1024 image.
    static GridContent forLayer(const Analysis &analysis, LayerId id,
                                const GridContent *previous = nullptr);
    // Whether forLayer() would draw a grid (a valid conv or pool), without building it.
    static bool hasGrid(const Analysis &analysis, LayerId id);

    // For convolution `conv` (from 0) of the nin_block `id`. Its first is the block's own
    // windows (forLayer); the other two are 1×1 with stride 1, which read each position once
    // and discard nothing: a statement says so instead of a grid.
    static GridContent forBlockConv(const Analysis &analysis, LayerId id, int conv,
                                    const GridContent *previous = nullptr);

    const LayerGrid *layerGrid() const { return grid ? &*grid : nullptr; }
    std::int64_t outputRows() const { return grid ? grid->rows.window().output : 0; }
    std::int64_t outputCols() const { return grid ? grid->cols.window().output : 0; }

    LayerId layer = 0;
    QString heading;        // empty while the input is selected
    QStringList arithmetic; // one line, or rows then columns
    QString inputTitle;     // "input 224×224", "padded input 228×228 (224×224 real)"
    QString outputTitle;    // "output 54×54"
    QString statement;      // instead of a grid: what the layer does, or its error
    bool statementIsError = false;

    std::optional<Windows> windows;
    std::optional<LayerGrid> grid;
    QImage image; // coverage, one pixel per cell (per block of cells on huge grids)
    std::vector<std::int64_t> discardedRows; // padded positions, ascending
    std::vector<std::int64_t> discardedCols;
    std::vector<GridCallout> callouts;
    // Read counts that occur, ascending, for the legend; empty when there are too many to
    // list (the legend shows a ramp from 1 to grid->maxReadCount()).
    std::vector<std::int64_t> legendCounts;
    bool hasPadding = false;
    bool hasImplicit = false;
};

} // namespace cd::ui
