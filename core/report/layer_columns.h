#pragma once

// The one description of the layer table's columns: key, titles, alignment, which outputs
// show each column, and how to get its cell from a layer, a nin_block's convolution, the
// network input or the totals. The CSV, Markdown, LaTeX and terminal writers and the GUI's
// table all read this list, so a new column is one entry in layer_columns.cpp.

#include "analysis.h"
#include "cell_value.h"

#include <span>
#include <string_view>
#include <vector>

namespace cd {

// Where a table is shown; a column lists the outputs that show it as a mask of these.
namespace table_output {
enum Output : unsigned {
    Csv = 1,
    Document = 2, // Markdown and LaTeX
    Terminal = 4,
    Gui = 8,
};
} // namespace table_output
using TableOutput = table_output::Output;
using TableOutputs = unsigned;
constexpr TableOutputs everyOutput = TableOutput::Csv | TableOutput::Document
                                     | TableOutput::Terminal | TableOutput::Gui;

struct LayerColumn
{
    std::string_view key = {};      // CSV header: "activation_bytes"
    std::string_view title = {};    // documents and terminal: "RF"
    std::string_view guiTitle = {}; // the GUI's header, before translation: "Receptive field"
    // What the column counts and why, citing arithmetic.md: the GUI header's tooltip, and the
    // text a CLI or handout explains the column with. Every column has one.
    std::string_view toolTip = {};
    std::string_view sample = {};   // a typical widest GUI value, for the initial column width
    bool numeric = false;      // right-aligned
    TableOutputs outputs = everyOutput;
    // Also filled on the row of a layer that failed (what says which layer, and why).
    bool onFailedRows = false;
    // Holds a summary row's label: "total", or a block's name on its subtotal row.
    bool labelsSummaries = false;
    // The outputs that fill this column on the network input's row (the GUI names its type
    // and says it discards nothing; the terminal leaves both blank).
    TableOutputs inputRowOutputs = everyOutput;

    // Null: a blank cell on that kind of row.
    cell::Value (*layer)(const LayerReport &, const Settings &) = nullptr;
    cell::Value (*conv)(const ConvCounts &, const Settings &) = nullptr; // nin_block children
    cell::Value (*input)(const Analysis &) = nullptr;
    cell::Value (*total)(const Totals &, const Settings &) = nullptr; // also block subtotals

    bool shownIn(TableOutput output) const { return (outputs & output) != 0; }
};

// Every column in table order.
std::span<const LayerColumn> layerColumns();
// The columns one output shows, in table order.
std::vector<const LayerColumn *> columnsFor(TableOutput output);

} // namespace cd
