#include "csv_table.h"

#include "cells.h"
#include "index_runs.h"

#include <array>
#include <vector>

namespace cd {

namespace {

constexpr std::array<const char *, 15> header = {
    "index",  "name",           "type",       "output",          "weights",
    "biases", "params",         "activations", "activation_bytes", "macs",
    "receptive_field", "jump", "discarded_rows", "discarded_cols", "error",
};

constexpr const char *lineEnd = "\r\n"; // RFC 4180

std::string number(std::int64_t value) { return std::to_string(value); }

std::vector<std::string> rowCells(const LayerReport &layer, const Settings &settings)
{
    std::vector<std::string> cells = {number(layer.index), csvTextField(layer.name),
                                      csvTextField(typeName(layer.type))};
    if (!layer.ok()) {
        cells.resize(header.size() - 1); // no numbers: the error says why
        cells.push_back(csvTextField(layer.error));
        return cells;
    }
    const std::vector<std::string> computed = {
        csvTextField(shapeText(layer.output, "x")),
        number(layer.weights),
        number(layer.biases),
        number(layer.params),
        number(layer.activations),
        number(activationBytes(layer, settings)),
        number(layer.macs),
        csvTextField(receptiveText(layer.receptiveRows, layer.receptiveCols, "x")),
        csvTextField(jumpText(layer.receptiveRows, layer.receptiveCols, "x")),
        csvTextField(layer.coverageKnown ? runsText(indexRuns(layer.discardedRows)) : "not analysed"),
        csvTextField(layer.coverageKnown ? runsText(indexRuns(layer.discardedCols)) : "not analysed"),
        std::string(), // error
    };
    cells.insert(cells.end(), computed.begin(), computed.end());
    return cells;
}

template<typename Cells>
void appendRow(std::string &out, const Cells &cells)
{
    for (std::size_t i = 0; i < cells.size(); ++i) {
        if (i > 0)
            out += ',';
        out += cells[i];
    }
    out += lineEnd;
}

} // namespace

std::string csvTextField(std::string_view text)
{
    std::string field(text);
    if (!field.empty() && (field[0] == '=' || field[0] == '+' || field[0] == '-' || field[0] == '@'))
        field.insert(field.begin(), '\'');
    if (field.find_first_of(",\"\r\n") == std::string::npos)
        return field;
    std::string quoted = "\"";
    for (const char c : field) {
        if (c == '"')
            quoted += '"';
        quoted += c;
    }
    quoted += '"';
    return quoted;
}

std::string csvTable(const Analysis &analysis)
{
    std::string out;
    appendRow(out, header);
    for (const LayerReport &layer : analysis.layers)
        appendRow(out, rowCells(layer, analysis.settings));
    return out;
}

} // namespace cd
