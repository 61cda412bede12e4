#pragma once

// The layer table's rows for one output, as cell values in that output's columns
// (layer_columns.h): which kinds of row an output shows is data here too, so the writers and
// the GUI only spell the values and place a failed row's message.

#include "analysis.h"
#include "cell_value.h"
#include "layer_columns.h"

#include <optional>
#include <span>
#include <string>
#include <vector>

namespace cd {

struct LayerTableRow
{
    enum class Kind { Input, Layer, Conv, BlockTotals, Totals };

    Kind kind = Kind::Layer;
    LayerId id = 0; // the layer; a conv row: its nin_block; 0 for the input and totals rows
    // Invalid / NotComputed: only the columns marked onFailedRows are filled. A totals row is
    // Invalid when the network is (and only the GUI shows it then).
    LayerStatus status = LayerStatus::Ok;
    std::string error = {};              // a failed layer's message, starting with its name
    std::vector<cell::Value> cells = {}; // one per columnsFor(output)
    // The block the row belongs to: a block's own row, its layers and their convolutions;
    // empty outside any block (and on the input and totals rows).
    std::string block = {};
};

// Input row (terminal, GUI), layers, their convolutions (terminal, GUI), totals (not CSV), and
// one row per block with its subtotals: after the block's last layer in the terminal and
// documents, which read as sums; before its first layer in the GUI, which folds the layers
// under it as a tree folds its children.
std::vector<LayerTableRow> layerTableRows(const Analysis &analysis, TableOutput output);

// The sums of one block's layers (its subtotal row); empty when one of them failed. The
// canvas's block frames show the same figures.
std::optional<Totals> blockTotals(std::span<const LayerReport> layers);

// Every cell of `row` spelled for one output.
std::vector<std::string> spelledCells(const LayerTableRow &row, const cell::Spelling &spelling);

} // namespace cd
