#pragma once

// The rendered text of every row of the layer table, computed from one analysis through
// core's column description (report/layer_columns.h). The model keeps the previous rendering
// and compares it with the next to find what really changed.

#include "analysis.h"

#include <QString>

#include <string_view>
#include <vector>

namespace cd::ui {

// The GUI's columns, counted and found through core's description.
int layerTableColumnCount();
// The column with this key ("name", "output"); -1 when the GUI does not show it.
int layerTableColumn(std::string_view key);
QString columnTitle(int column);
QString columnToolTip(int column);
bool isNumericColumn(int column);
// A typical widest value, so that numbers are not elided at first.
QString columnWidthSample(int column);

struct TableRow
{
    enum Kind { Input, Block, Layer, Conv, Totals };
    enum Status { Normal, Invalid, NotComputed };

    Kind kind = Layer;
    // The layer; a conv row: its nin_block; 0 for the input, block and totals rows.
    LayerId id = 0;
    Status status = Normal;
    std::vector<QString> cells; // layerTableColumnCount() of them
    QString toolTip;            // the full error, when there is one
    // The block a block row heads, or that a layer (or its conv row) is in; else empty.
    QString block;

    friend bool operator==(const TableRow &, const TableRow &) = default;
};

// The input row, then each layer followed by its convolutions (a nin_block's three), each
// block's layers after a row with the block's name and subtotals, then the totals row.
std::vector<TableRow> renderTableRows(const Analysis &analysis);

} // namespace cd::ui
