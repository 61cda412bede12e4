// Building the layer table's rows for one output from the column description (layer_rows.h).

#include "layer_rows.h"

#include <optional>
#include <span>

namespace cd {

namespace {

enum class TotalsRow { None, WhenValid, Always };
enum class BlockRows { None, AfterLayers, BeforeLayers };

// Which rows an output shows, besides one per layer.
struct RowKinds
{
    bool input = false;
    bool convs = false;                 // a nin_block's three convolutions beneath it
    BlockRows blocks = BlockRows::None; // a subtotal per block, like a nin_block's rows
    TotalsRow totals = TotalsRow::None;
};

RowKinds rowKinds(TableOutput output)
{
    switch (output) {
    case TableOutput::Csv: return {}; // a spreadsheet sums the columns itself
    case TableOutput::Document:
        return {.blocks = BlockRows::AfterLayers, .totals = TotalsRow::WhenValid};
    case TableOutput::Terminal:
        return {.input = true,
                .convs = true,
                .blocks = BlockRows::AfterLayers,
                .totals = TotalsRow::WhenValid};
    case TableOutput::Gui:
        return {.input = true,
                .convs = true,
                .blocks = BlockRows::BeforeLayers,
                .totals = TotalsRow::Always};
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
    LayerTableRow row{.kind = LayerTableRow::Kind::Layer,
                      .id = layer.id,
                      .status = layer.status,
                      .error = layer.error,
                      .block = layer.block};
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
    LayerTableRow row{.kind = LayerTableRow::Kind::Conv, .id = layer.id, .block = layer.block};
    row.cells = cellsOf(columns, [&](const LayerColumn &c) -> cell::Value {
        return c.conv ? c.conv(conv, settings) : cell::Blank{};
    });
    return row;
}

// A summary row: `label` in the labelling column, the sums where a column has them.
LayerTableRow summaryRow(LayerTableRow::Kind kind, const std::string &label,
                         const std::optional<Totals> &totals, const Settings &settings,
                         const std::vector<const LayerColumn *> &columns)
{
    LayerTableRow row{.kind = kind};
    if (!totals)
        row.status = LayerStatus::Invalid;
    row.cells = cellsOf(columns, [&](const LayerColumn &c) -> cell::Value {
        if (c.labelsSummaries)
            return label;
        if (!c.total || !totals)
            return cell::Blank{};
        return c.total(*totals, settings);
    });
    return row;
}

} // namespace

std::optional<Totals> blockTotals(std::span<const LayerReport> layers)
{
    Totals sum{.savedBytes = 0};
    for (const LayerReport &layer : layers) {
        if (!layer.ok())
            return std::nullopt;
        // Each fits: the network's running sums did.
        sum.weights += layer.weights;
        sum.biases += layer.biases;
        sum.params += layer.params;
        sum.macs += layer.macs;
        sum.activations += layer.activations;
        if (!layer.saved)
            sum.savedBytes.reset(); // a block's share exists when every layer's does
        else if (sum.savedBytes)
            *sum.savedBytes += layer.saved->bytes.total();
    }
    return sum;
}

namespace {

// The layer ends a block: the next layer is in another block or there is none.
bool endsBlock(const Analysis &analysis, std::size_t i)
{
    const std::string &block = analysis.layers[i].block;
    return !block.empty()
           && (i + 1 == analysis.layers.size() || analysis.layers[i + 1].block != block);
}

// The layer starts a block: the layer before is in another block or there is none.
bool startsBlock(const Analysis &analysis, std::size_t i)
{
    const std::string &block = analysis.layers[i].block;
    return !block.empty() && (i == 0 || analysis.layers[i - 1].block != block);
}

// The layers of the block that layer `i` is in (a block's layers follow one another).
std::span<const LayerReport> blockLayers(const Analysis &analysis, std::size_t i)
{
    const std::string &block = analysis.layers[i].block;
    std::size_t first = i;
    while (first > 0 && analysis.layers[first - 1].block == block)
        --first;
    std::size_t end = i + 1;
    while (end < analysis.layers.size() && analysis.layers[end].block == block)
        ++end;
    return {analysis.layers.data() + first, end - first};
}

LayerTableRow blockRow(const Analysis &analysis, std::size_t i, const std::string &label,
                       const std::vector<const LayerColumn *> &columns)
{
    LayerTableRow row
        = summaryRow(LayerTableRow::Kind::BlockTotals, label, blockTotals(blockLayers(analysis, i)),
                     analysis.settings, columns);
    row.block = analysis.layers[i].block;
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
    for (std::size_t i = 0; i < analysis.layers.size(); ++i) {
        const LayerReport &layer = analysis.layers[i];
        if (kinds.blocks == BlockRows::BeforeLayers && startsBlock(analysis, i))
            rows.push_back(blockRow(analysis, i, layer.block, columns));
        rows.push_back(layerRow(layer, analysis.settings, columns));
        if (kinds.convs) {
            for (const ConvCounts &conv : layer.convs)
                rows.push_back(convRow(layer, conv, analysis.settings, columns));
        }
        if (kinds.blocks == BlockRows::AfterLayers && endsBlock(analysis, i))
            rows.push_back(blockRow(analysis, i, layer.block + " (block)", columns));
    }
    if (kinds.totals == TotalsRow::Always
        || (kinds.totals == TotalsRow::WhenValid && analysis.totals))
        rows.push_back(summaryRow(LayerTableRow::Kind::Totals, "total", analysis.totals,
                                  analysis.settings, columns));
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
