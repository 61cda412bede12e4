#include "csv_table.h"

#include "layer_rows.h"
#include "visible_controls.h"

#include <vector>

namespace cd {

namespace {

constexpr const char *lineEnd = "\r\n"; // RFC 4180

// Bare numbers, "x" for ×: what a spreadsheet reads without help.
const cell::Spelling spelling{.times = "x", .grouped = false};

std::vector<std::string> rowCells(const LayerTableRow &row)
{
    std::vector<std::string> cells;
    for (const cell::Value &value : row.cells) {
        std::string text = cell::text(value, spelling);
        cells.push_back(cell::isNumber(value) ? text : csvTextField(text));
    }
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
    std::string field = withVisibleControls(text);
    // Spreadsheets run a cell as a formula after a leading tab or carriage return too (OWASP).
    if (!field.empty() && std::string_view("=+-@\t\r").find(field[0]) != std::string_view::npos)
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
    std::vector<std::string_view> header;
    for (const LayerColumn *column : columnsFor(TableOutput::Csv))
        header.push_back(column->key);
    std::string out;
    appendRow(out, header);
    for (const LayerTableRow &row : layerTableRows(analysis, TableOutput::Csv))
        appendRow(out, rowCells(row));
    return out;
}

} // namespace cd
