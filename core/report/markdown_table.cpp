#include "markdown_table.h"

#include "summary_rows.h"
#include "visible_controls.h"

#include <string_view>

namespace cd {

namespace {

// Characters Markdown would read as markup: a pipe ends the cell; the rest make HTML,
// links, emphasis or code of a name. Each is written backslash-escaped, which CommonMark and
// GitHub show as the character itself.
constexpr std::string_view markup = "\\|`*_[]<>&";

// One table cell, its text shown as it is: markup escaped, a line break (which would end the
// row) a space, other control characters visible.
std::string markdownCell(const std::string &text)
{
    std::string out;
    for (const char c : withVisibleControls(text)) {
        if (markup.find(c) != std::string_view::npos)
            out += '\\';
        if (c == '\n' || c == '\r')
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
        line += " " + markdownCell(c) + " |";
    return line + "\n";
}

} // namespace

std::string markdownTable(const Analysis &analysis)
{
    const SummaryTable table = summaryTable(analysis, "\u00d7");
    std::string out;
    if (!analysis.networkName.empty())
        out += "**" + markdownCell(analysis.networkName) + "**\n\n";
    out += row(table.header);
    out += "|";
    for (const bool numeric : table.numeric)
        out += numeric ? " ---: |" : " --- |";
    out += "\n";
    for (const auto &cells : table.rows)
        out += row(cells);
    out += "\n";
    for (const std::string &line : memoryLines(analysis, "\u00d7"))
        out += "- " + markdownCell(line) + "\n";
    return out;
}

} // namespace cd
