// Building the layer table's rows for one output from the column description (layer_rows.h).

#include "layer_rows.h"

namespace cd {

namespace {

enum class TotalsRow { None, WhenValid, Always };

// Which rows an output shows, besides one per layer.
struct RowKinds
{
    bool input = false;
    bool convs = false; // a nin_block's three convolutions beneath it
    TotalsRow totals = TotalsRow::None;
};

RowKinds rowKinds(TableOutput output)
{
    switch (output) {
    case TableOutput::Csv: return {}; // a spreadsheet sums the columns itself
    case TableOutput::Document: return {.totals = TotalsRow::WhenValid};
    case TableOutput::Terminal:
        return {.input = true, .convs = true, .totals = TotalsRow::WhenValid};
    case TableOutput::Gui: return {.input = true, .convs = true, .totals = TotalsRow::Always};
    }
    return {};
}

// One cell per column: `fill` gives the value or Blank.
template<typename Fill>
std::vector<cell::Value> cellsOf(const std::vector<const LayerColumn *> &columns, Fill fill)
{
    std::vector<cell::Value> cells;
    cells.reserve(columns.size());
    for (const LayerColumn *column : columns)
        cells.push_back(fill(*column));
    return cells;
}

LayerTableRow layerRow(const LayerReport &layer, const Settings &settings,
                       const std::vector<const LayerColumn *> &columns)
{
    LayerTableRow row{.kind = LayerTableRow::Kind::Layer, .id = layer.id, .status = layer.status,
                      .error = layer.error};
    row.cells = cellsOf(columns, [&](const LayerColumn &c) -> cell::Value {
        if (!c.layer || (!layer.ok() && !c.onFailedRows))
            return cell::Blank{};
        return c.layer(layer, settings);
    });
    return row;
}

LayerTableRow inputRow(const Analysis &analysis, TableOutput output,
                       const std::vector<const LayerColumn *> &columns)
{
    LayerTableRow row{.kind = LayerTableRow::Kind::Input};
    row.cells = cellsOf(columns, [&](const LayerColumn &c) -> cell::Value {
        if (!c.input || (c.inputRowOutputs & output) == 0)
            return cell::Blank{};
        return c.input(analysis);
    });
    return row;
}

LayerTableRow convRow(const LayerReport &layer, const ConvCounts &conv, const Settings &settings,
                      const std::vector<const LayerColumn *> &columns)
{
    LayerTableRow row{.kind = LayerTableRow::Kind::Conv, .id = layer.id};
    row.cells = cellsOf(columns, [&](const LayerColumn &c) -> cell::Value {
        return c.conv ? c.conv(conv, settings) : cell::Blank{};
    });
    return row;
}

LayerTableRow totalsRow(const Analysis &analysis, const std::vector<const LayerColumn *> &columns)
{
    LayerTableRow row{.kind = LayerTableRow::Kind::Totals};
    if (!analysis.totals)
        row.status = LayerStatus::Invalid;
    // The failed row's identifying cells ("total") read no totals.
    const Totals totals = analysis.totals.value_or(Totals{});
    row.cells = cellsOf(columns, [&](const LayerColumn &c) -> cell::Value {
        if (!c.total || (!analysis.totals && !c.onFailedRows))
            return cell::Blank{};
        return c.total(totals, analysis.settings);
    });
    return row;
}

} // namespace

std::vector<LayerTableRow> layerTableRows(const Analysis &analysis, TableOutput output)
{
    const RowKinds kinds = rowKinds(output);
    const std::vector<const LayerColumn *> columns = columnsFor(output);
    std::vector<LayerTableRow> rows;
    rows.reserve(analysis.layers.size() + 2);
    if (kinds.input)
        rows.push_back(inputRow(analysis, output, columns));
    for (const LayerReport &layer : analysis.layers) {
        rows.push_back(layerRow(layer, analysis.settings, columns));
        if (kinds.convs) {
            for (const ConvCounts &conv : layer.convs)
                rows.push_back(convRow(layer, conv, analysis.settings, columns));
        }
    }
    if (kinds.totals == TotalsRow::Always
        || (kinds.totals == TotalsRow::WhenValid && analysis.totals))
        rows.push_back(totalsRow(analysis, columns));
    return rows;
}

std::vector<std::string> spelledCells(const LayerTableRow &row, const cell::Spelling &spelling)
{
    std::vector<std::string> texts;
    texts.reserve(row.cells.size());
    for (const cell::Value &value : row.cells)
        texts.push_back(cell::text(value, spelling));
    return texts;
}

} // namespace cd
