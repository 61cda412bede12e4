// The layer table's columns (see layer_columns.h). Everything the table reads from a
// LayerReport, ConvCounts, the input or the Totals is read here and nowhere else.

#include "layer_columns.h"

#include "cells.h"
#include "index_runs.h"

namespace cd {

namespace {

using cell::Value;
using O = TableOutput;

// b · N · elements, blank in the (unchecked) case of a row past an invalid layer overflowing.
Value batchBytes(const Settings &settings, CheckedInt elements)
{
    const CheckedInt bytes = CheckedInt(bytesPerElement(settings.dtype)) * settings.batch * elements;
    return bytes.overflowed() ? Value(cell::Blank{}) : Value(cell::Bytes{bytes.value()});
}

Value pair(const Receptive1D &rows, const Receptive1D &cols, std::int64_t Receptive1D::*field)
{
    if (rows.saturated || cols.saturated)
        return cell::Beyond{};
    return cell::Pair{rows.*field, cols.*field};
}

Value runs(const LayerReport &layer, const std::vector<std::int64_t> &indices)
{
    return layer.coverageKnown ? runsText(indexRuns(indices)) : notKnownText(layer);
}

Value text(std::string_view s)
{
    return std::string(s);
}

// "relu_1+b2", as the CSV spells a join's inputs (network-format.md §3).
std::string joinedNames(const std::vector<std::string> &names)
{
    std::string joined;
    for (const std::string &name : names)
        joined += (joined.empty() ? "" : "+") + name;
    return joined;
}

constexpr LayerColumn columns[] = {
    {.key = "index", .title = "#", .guiTitle = "#",
     .toolTip = "The layer's position in the file, counted from 0: layers run in this order",
     .sample = "000", .numeric = true,
     .onFailedRows = true,
     .layer = [](const LayerReport &l, const Settings &) { return text(std::to_string(l.index)); }},
    {.key = "name", .title = "name", .guiTitle = "Name",
     .toolTip = "The layer's name, its own or derived from its type and position (conv2d_3); "
                "\u2514 rows are a nin_block's three convolutions, summary rows a block's "
                "subtotal or the network's total",
     .sample = "  \u2514 11\u00d711 conv",
     .onFailedRows = true, .labelsSummaries = true,
     .layer = [](const LayerReport &l, const Settings &) { return text(l.name); },
     .conv = [](const ConvCounts &c, const Settings &) { return text("  \u2514 " + c.label); },
     .input = [](const Analysis &) { return text(inputNodeName); }},
    {.key = "type", .title = "type", .guiTitle = "Type",
     .toolTip = "The operation the layer applies (conv2d, maxpool2d, relu, \u2026); it decides "
                "which formulas of arithmetic.md give the other columns",
     .sample = "adaptive_avgpool2d",
     .onFailedRows = true, .inputRowOutputs = O::Gui,
     .layer = [](const LayerReport &l, const Settings &) { return text(typeName(l.type)); },
     .input = [](const Analysis &) { return text("input"); }},
    {.key = "inputs", .title = "inputs", .guiTitle = "Inputs",
     .toolTip = "The layers this one reads, in order (\"input\" is the network input)",
     .sample = "inception3a_b2_2", .onFailedRows = true,
     .layer = [](const LayerReport &l, const Settings &) { return text(joinedNames(l.inputNames)); }},
    {.key = "block", .title = "block", .guiTitle = "Block",
     .toolTip = "The block (an Inception or residual block) the layer belongs to",
     .sample = "inception3a", .onFailedRows = true,
     .layer = [](const LayerReport &l, const Settings &) {
         return l.block.empty() ? Value(cell::Blank{}) : text(l.block);
     }},
    {.key = "output", .title = "output", .guiTitle = "Output",
     .toolTip = "Output tensor per sample: channels \u00d7 height \u00d7 width",
     .sample = "512\u00d7224\u00d7224",
     .layer = [](const LayerReport &l, const Settings &) { return Value(l.output); },
     .conv = [](const ConvCounts &c, const Settings &) { return Value(c.output); },
     .input = [](const Analysis &a) {
         return Value(Shape{.channels = a.input.channels, .height = a.input.height,
                            .width = a.input.width});
     }},
    {.key = "weights", .title = "weights", .guiTitle = "Weights",
     .toolTip = "Trainable weights (arithmetic.md \u00a72): conv2d out\u00b7(C/groups)\u00b7kh\u00b7kw, "
                "linear in\u00b7out, batchnorm2d one \u03b3 per channel, nin_block "
                "o\u00b7(C\u00b7kh\u00b7kw + o + o); pools, ReLU, dropout, flatten, add and concat "
                "have none, because they learn nothing",
     .sample = "99,999,999",
     .numeric = true,
     .layer = [](const LayerReport &l, const Settings &) { return Value(cell::Count{l.weights}); },
     .conv = [](const ConvCounts &c, const Settings &) { return Value(cell::Count{c.weights.value()}); },
     .total = [](const Totals &t, const Settings &) { return Value(cell::Count{t.weights}); }},
    {.key = "biases", .title = "biases", .guiTitle = "Biases",
     .toolTip = "Trainable biases (arithmetic.md \u00a72): one per output (conv2d, linear) when "
                "bias is on, one \u03b2 per channel for batchnorm2d, 3\u00b7o for a nin_block; "
                "batch norm's running mean and variance are buffers, not parameters, so they "
                "are not counted",
     .sample = "999,999", .numeric = true,
     .layer = [](const LayerReport &l, const Settings &) { return Value(cell::Count{l.biases}); },
     .conv = [](const ConvCounts &c, const Settings &) { return Value(cell::Count{c.biases.value()}); },
     .total = [](const Totals &t, const Settings &) { return Value(cell::Count{t.biases}); }},
    {.key = "params", .title = "params", .guiTitle = "Params",
     .toolTip = "Weights + biases: the parameters the optimizer updates; training memory keeps "
                "m copies of each (values, gradients and the optimizer's state, arithmetic.md "
                "\u00a74)",
     .sample = "99,999,999",
     .numeric = true, .outputs = O::Csv | O::Gui,
     .layer = [](const LayerReport &l, const Settings &) { return Value(cell::Count{l.params}); },
     .conv = [](const ConvCounts &c, const Settings &) {
         return Value(cell::Count{(c.weights + c.biases).value()});
     },
     .total = [](const Totals &t, const Settings &) { return Value(cell::Count{t.params}); }},
    {.key = "activations", .title = "activations", .guiTitle = "Kept activations",
     .toolTip = "Values of this layer's output kept for the backward pass, per sample, in elements "
                "(arithmetic.md \u00a74): the network input counts once, a nin_block its three "
                "conv outputs. A ReLU keeps none in this model because it is treated as in "
                "place, fused with the layer before, whose output is already kept; flatten keeps "
                "none because it is a view of its input. Their sum A gives training memory's "
                "2\u00b7N\u00b7A term (values and gradients)",
     .sample = "99,999,999", .numeric = true,
     .layer = [](const LayerReport &l, const Settings &) { return Value(cell::Count{l.activations}); },
     .conv = [](const ConvCounts &c, const Settings &) {
         return Value(cell::Count{c.activations.value()});
     },
     .input = [](const Analysis &a) {
         const CheckedInt n = CheckedInt(a.input.channels) * a.input.height * a.input.width;
         return n.overflowed() ? Value(cell::Blank{}) : Value(cell::Count{n.value()});
     },
     .total = [](const Totals &t, const Settings &) { return Value(cell::Count{t.activations}); }},
    {.key = "activation_bytes", .title = "activation memory", .guiTitle = "Activation memory",
     .toolTip = "Kept activations \u00d7 batch N \u00d7 bytes per element b, at the network's "
                "settings: the values kept for the backward pass; training memory counts "
                "these bytes twice, once for the values and once for their gradients",
     .sample = "999.9 MiB", .numeric = true, .outputs = O::Csv | O::Gui,
     .layer = [](const LayerReport &l, const Settings &s) { return batchBytes(s, l.activations); },
     .conv = [](const ConvCounts &c, const Settings &s) { return batchBytes(s, c.activations); },
     .input = [](const Analysis &a) {
         return batchBytes(a.settings, CheckedInt(a.input.channels) * a.input.height * a.input.width);
     },
     .total = [](const Totals &t, const Settings &s) { return batchBytes(s, t.activations); }},
    {.key = "saved_bytes", .title = "saved for backward", .guiTitle = "Saved for backward",
     .toolTip = "Bytes PyTorch's autograd keeps for this layer's backward pass at the network's "
                "batch and dtype (arithmetic.md \u00a78), not the lecture model: a tensor two layers "
                "keep counts at the first, ReLU keeps its output, max pools their int64 "
                "indices; parameters and gradients do not count",
     .sample = "999.9 MiB", .numeric = true, .outputs = everyOutput,
     .layer = [](const LayerReport &l, const Settings &) {
         return l.saved ? Value(cell::Bytes{l.saved->bytes.total()}) : Value(cell::Blank{});
     },
     .total = [](const Totals &t, const Settings &) {
         return t.savedBytes ? Value(cell::Bytes{*t.savedBytes}) : Value(cell::Blank{});
     }},
    {.key = "macs", .title = "MACs", .guiTitle = "MACs", .toolTip = "Multiply-accumulates per sample (arithmetic.md \u00a73): conv2d output "
                "elements\u00b7(C/groups)\u00b7kh\u00b7kw, linear in\u00b7out, a nin_block its three "
                "convs; pools, ReLU, batch norm, dropout and flatten count 0 because they "
                "multiply-add no weights. FLOPs are 2\u00b7MACs",
     .sample = "9,999,999,999", .numeric = true,
     .layer = [](const LayerReport &l, const Settings &) { return Value(cell::Count{l.macs}); },
     .conv = [](const ConvCounts &c, const Settings &) { return Value(cell::Count{c.macs.value()}); },
     .total = [](const Totals &t, const Settings &) { return Value(cell::Count{t.macs}); }},
    {.key = "receptive_field", .title = "RF", .guiTitle = "Receptive field",
     .toolTip = "Input pixels one output position sees, height \u00d7 width (arithmetic.md "
                "\u00a76): each windowed layer adds (effective kernel \u2212 1) \u00d7 jump; "
                "after a flatten, a linear or a pool to 1\u00d71 it is the whole input", .sample = "999\u00d7999",
     .layer = [](const LayerReport &l, const Settings &) {
         return pair(l.receptiveRows, l.receptiveCols, &Receptive1D::size);
     },
     .input = [](const Analysis &) { return Value(cell::Pair{1, 1}); }},
    {.key = "jump", .title = "jump", .guiTitle = "Jump",
     .toolTip = "Input pixels between neighbouring output positions, height \u00d7 width: the "
                "product of the strides so far (arithmetic.md \u00a76)",
     .outputs = O::Csv,
     .layer = [](const LayerReport &l, const Settings &) {
         return pair(l.receptiveRows, l.receptiveCols, &Receptive1D::jump);
     }},
    {.key = "discarded", .title = "discarded", .guiTitle = "Discarded",
     .toolTip = "Rows and columns of this layer's input that no window reads (arithmetic.md \u00a75): "
                "the remainder floor division drops at the bottom and right, and the gaps "
                "between windows when the stride is wider than the kernel",
     .sample = "row 223, col 223", .outputs = O::Document | O::Terminal | O::Gui,
     .inputRowOutputs = O::Gui,
     .layer = [](const LayerReport &l, const Settings &) {
         const std::string d = discardedText(l);
         return d.empty() ? Value(cell::Nothing{}) : Value(d);
     },
     .input = [](const Analysis &) { return Value(cell::Nothing{}); }},
    {.key = "discarded_rows", .title = "discarded rows", .guiTitle = "Discarded rows",
     .toolTip = "Rows of this layer's input that no window reads (arithmetic.md \u00a75)",
     .outputs = O::Csv,
     .layer = [](const LayerReport &l, const Settings &) { return runs(l, l.discardedRows); }},
    {.key = "discarded_cols", .title = "discarded cols", .guiTitle = "Discarded cols",
     .toolTip = "Columns of this layer's input that no window reads (arithmetic.md \u00a75)",
     .outputs = O::Csv,
     .layer = [](const LayerReport &l, const Settings &) { return runs(l, l.discardedCols); }},
    {.key = "error", .title = "error", .guiTitle = "Error",
     .toolTip = "Why this layer cannot be computed; empty when it can",
     .outputs = O::Csv,
     .onFailedRows = true,
     .layer = [](const LayerReport &l, const Settings &) { return text(l.error); }},
};

} // namespace

std::span<const LayerColumn> layerColumns()
{
    return columns;
}

std::vector<const LayerColumn *> columnsFor(TableOutput output)
{
    std::vector<const LayerColumn *> shown;
    for (const LayerColumn &column : columns) {
        if (column.shownIn(output))
            shown.push_back(&column);
    }
    return shown;
}

} // namespace cd
