#include "text_table.h"

#include "autograd_reason.h"
#include "format.h"
#include "graph_lanes.h"
#include "index_runs.h"
#include "layer_rows.h"
#include "memory_terms.h"

#include <algorithm>
#include <vector>

namespace cd {

namespace {

constexpr const char *times = "\u00d7";
constexpr const char *none = "\u2014";

// Printable on one terminal line: control characters (a name may hold a newline) escaped.
std::string printable(const std::string &text)
{
    std::string out;
    for (const char c : text) {
        if (c == '\n')
            out += "\\n";
        else if (static_cast<unsigned char>(c) < 0x20)
            out += ' ';
        else
            out += c;
    }
    return out;
}

// The widest cell shown but in the last column: every row is padded to its column's widest
// cell, so one concat of thousands of inputs would otherwise widen every row (the other
// formats hold them all in full).
constexpr std::size_t maxCellWidth = 80;

// The byte offset after the first `count` code points of UTF-8 `text`.
std::size_t codePointOffset(const std::string &text, std::size_t count)
{
    std::size_t offset = 0;
    for (; offset < text.size(); ++offset) {
        const bool starts = (static_cast<unsigned char>(text[offset]) & 0xC0) != 0x80;
        if (starts && count-- == 0)
            break;
    }
    return offset;
}

// `text` cut to maxCellWidth columns by an ellipsis in the middle: both ends stay readable.
std::string elided(const std::string &text)
{
    const std::size_t width = displayWidth(text);
    if (width <= maxCellWidth)
        return text;
    const std::size_t head = (maxCellWidth - 1) / 2;
    const std::size_t tail = maxCellWidth - 1 - head;
    return text.substr(0, codePointOffset(text, head)) + "\u2026"
           + text.substr(codePointOffset(text, width - tail));
}

using Row = std::vector<std::string>;

// The header, then every row; a failed layer says so in the last column, the details below.
std::vector<Row> tableRows(const Analysis &analysis, const std::vector<const LayerColumn *> &columns)
{
    std::vector<Row> rows;
    rows.emplace_back();
    for (const LayerColumn *column : columns)
        rows.back().emplace_back(column->title);
    const cell::Spelling spelling{.times = times, .nothing = none};
    // A branching network's lanes go before the names; other rows leave their room blank.
    const std::vector<std::string> lanes = graphLanes(analysis);
    const bool drawn = !lanes.empty() && !lanes.front().empty();
    const std::string blankLanes(drawn ? displayWidth(lanes.front()) : 0, ' ');
    const auto nameColumn = static_cast<std::size_t>(
        std::find_if(columns.begin(), columns.end(),
                     [](const LayerColumn *c) { return c->labelsSummaries; })
        - columns.begin());
    std::size_t layer = 0; // layer rows come in layer order
    for (const LayerTableRow &row : layerTableRows(analysis, TableOutput::Terminal)) {
        Row cells = spelledCells(row, spelling);
        // The last column is never padded: it is shown whole.
        for (std::size_t c = 0; c < cells.size(); ++c)
            cells[c] = c + 1 < cells.size() ? elided(printable(cells[c])) : printable(cells[c]);
        if (drawn) {
            const bool isLayer = row.kind == LayerTableRow::Kind::Layer;
            cells[nameColumn].insert(0, (isLayer ? lanes[layer] : blankLanes) + " ");
        }
        if (row.kind == LayerTableRow::Kind::Layer)
            ++layer;
        if (row.kind == LayerTableRow::Kind::Layer && row.status != LayerStatus::Ok)
            cells.back() = row.status == LayerStatus::Invalid ? "INVALID (see below)" : "not computed";
        rows.push_back(std::move(cells));
    }
    return rows;
}

std::string layoutTable(const std::vector<Row> &rows, const std::vector<const LayerColumn *> &columns)
{
    const std::size_t columnCount = columns.size();
    std::vector<std::size_t> widths(columnCount, 0);
    for (const Row &row : rows) {
        for (std::size_t c = 0; c < columnCount; ++c)
            widths[c] = std::max(widths[c], displayWidth(row[c]));
    }
    std::string out;
    for (const Row &row : rows) {
        std::string line;
        for (std::size_t c = 0; c < columnCount; ++c) {
            const std::string padding(widths[c] - displayWidth(row[c]), ' ');
            line += c == 0 ? "" : "  ";
            line += columns[c]->numeric ? padding + row[c] : row[c] + padding;
        }
        line.erase(line.find_last_not_of(' ') + 1);
        out += line + '\n';
    }
    return out;
}

// arithmetic.md §8 beside the lecture model: its figure, the ratio and why they differ.
std::string autogradExplained(const Analysis &analysis)
{
    const std::string indent = "            ";
    std::string out
        = "autograd  ="
          + autogradFormulaText(analysis, times).substr(std::string("autograd =").size()) + "\n";
    if (!analysis.autograd->saved)
        return out; // the formula line says why there is no figure
    out += indent
           + "what PyTorch 1.13 keeps when the forward pass ends: the bytes saved for "
             "backward and the same parameter copies\n";
    out += indent + printable(autogradDifference(analysis)) + "\n";
    if (!analysis.autograd->note.empty())
        out += indent + printable(analysis.autograd->note) + "\n";
    return out;
}

std::string memoryExplained(const Analysis &analysis)
{
    const MemoryFormula training = trainingMemory(*analysis.memory);
    const MemoryFormula inference = inferenceMemory(*analysis.memory);
    const MemoryTerm &peak = inference.terms.front();
    // "training  =" lines the two equals signs up.
    return "training  =" + formulaText(training, times).substr(std::string("training =").size())
           + "\n" + "            values and gradients of the kept activations, and "
           + std::to_string(training.terms.back().factors.front())
           + " copies of the parameters for "
           + std::string(optimizerName(analysis.settings.optimizer)) + "\n"
           + autogradExplained(analysis) + formulaText(inference, times) + "\n" + "            "
           + withThousands(peak.factors.back()) + " = the most elements alive at once, "
           + printable(peakText(analysis)) + "\n";
}

std::string coverageLine(const Analysis &analysis)
{
    if (!analysis.inputCoverage)
        return "input coverage: not analysed: too large (a side over "
               + withThousands(maxSpatialExtent)
               + " positions, or more work than the analysis allows; arithmetic.md, Limits)\n";
    const InputCoverage &c = *analysis.inputCoverage;
    if (c.unusedPixels == 0)
        return "input coverage: every input pixel can influence the output\n";
    std::string parts;
    if (!c.unusedRows.empty())
        parts += (c.unusedRows.size() == 1 ? "row " : "rows ") + runsText(indexRuns(c.unusedRows));
    if (!c.unusedCols.empty())
        parts += (parts.empty() ? "" : " and ")
                 + std::string(c.unusedCols.size() == 1 ? "column " : "columns ")
                 + runsText(indexRuns(c.unusedCols));
    return "input coverage: " + parts + " (" + withThousands(c.unusedPixels) + " of "
           + withThousands(analysis.input.height * analysis.input.width)
           + " pixels) never reach the output\n";
}

} // namespace

std::string textReport(const Analysis &analysis)
{
    const InputShape &in = analysis.input;
    std::string out;
    if (!analysis.networkName.empty())
        out += printable(analysis.networkName) + "\n";
    out += "input " + std::to_string(in.channels) + times + std::to_string(in.height) + times
           + std::to_string(in.width) + ", batch " + withThousands(analysis.settings.batch) + ", "
           + std::string(dtypeName(analysis.settings.dtype)) + ", "
           + std::string(optimizerName(analysis.settings.optimizer)) + "\n\n";

    const std::vector<const LayerColumn *> columns = columnsFor(TableOutput::Terminal);
    out += layoutTable(tableRows(analysis, columns), columns);
    out += "\n";

    if (!analysis.valid()) {
        out += "The network is invalid:\n";
        for (const AnalysisError &error : analysis.errors)
            out += "  " + printable(error.message) + "\n";
        return out;
    }
    const Totals &t = *analysis.totals;
    const CheckedInt flops = CheckedInt(t.macs) * 2;
    out += "parameters: " + withThousands(t.params) + " (" + withThousands(t.weights)
           + " weights + " + withThousands(t.biases) + " biases); FLOPs per sample: 2 " + times
           + " MACs = " + (flops.overflowed() ? "more than 2^63" : withThousands(flops.value()))
           + "\n";
    out += memoryExplained(analysis);
    out += coverageLine(analysis);
    return out;
}

} // namespace cd
