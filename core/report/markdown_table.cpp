#include "markdown_table.h"

#include "summary_rows.h"

namespace cd {

namespace {

// One table cell: a pipe would end the cell and a line break the row.
std::string cell(const std::string &text)
{
    std::string out;
    for (const char c : text) {
        if (c == '|')
            out += "\\|";
        else if (c == '\n' || c == '\r')
            out += ' ';
        else
            out += c;
    }
    return out;
}

std::string row(const std::vector<std::string> &cells)
{
    std::string line = "|";
    for (const std::string &c : cells)
        line += " " + cell(c) + " |";
    return line + "\n";
}

} // namespace

std::string markdownTable(const Analysis &analysis)
{
    const SummaryTable table = summaryTable(analysis, "\u00d7");
    std::string out;
    if (!analysis.networkName.empty())
        out += "**" + cell(analysis.networkName) + "**\n\n";
    out += row(table.header);
    out += "|";
    for (const bool numeric : table.numeric)
        out += numeric ? " ---: |" : " --- |";
    out += "\n";
    for (const auto &cells : table.rows)
        out += row(cells);
    out += "\n";
    for (const std::string &line : memoryLines(analysis, "\u00d7"))
        out += "- " + cell(line) + "\n";
    return out;
}

} // namespace cd
