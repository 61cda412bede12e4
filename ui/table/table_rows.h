#pragma once

// The rendered text of every row of the layer table, computed from one analysis. The model
// keeps the previous rendering and compares it with the next to find what really changed.

#include "analysis.h"

#include <QString>

#include <array>
#include <vector>

namespace cd::ui {

enum LayerTableColumn : int {
    ColumnIndex,
    ColumnName,
    ColumnType,
    ColumnOutput,
    ColumnWeights,
    ColumnBiases,
    ColumnParams,
    ColumnActivations,
    ColumnMemory,
    ColumnMacs,
    ColumnReceptive,
    ColumnDiscarded,
    LayerTableColumnCount,
};

QString columnTitle(int column);
QString columnToolTip(int column);
bool isNumericColumn(int column);

struct TableRow
{
    enum Kind { Input, Layer, Conv, Totals };
    enum Status { Normal, Invalid, NotComputed };

    Kind kind = Layer;
    LayerId id = 0; // the layer; a conv row: its nin_block; 0 for the input and totals rows
    Status status = Normal;
    std::array<QString, LayerTableColumnCount> cells;
    QString toolTip; // the full error, when there is one

    friend bool operator==(const TableRow &, const TableRow &) = default;
};

// The input row, then each layer followed by its convolutions (a nin_block's three), then
// the totals row.
std::vector<TableRow> renderTableRows(const Analysis &analysis);

} // namespace cd::ui
