#include "latex_table.h"

#include "summary_rows.h"
#include "visible_controls.h"

#include <string_view>

namespace cd {

namespace {

// The tables spell shapes with ×, which typeset() turns into math; a × in a name becomes the
// same sign. (A control character used to stand in for it, and one in a name became ×.)
constexpr std::string_view times = "\u00d7";

std::string typeset(const std::string &text)
{
    std::string out = latexEscaped(text);
    for (std::size_t at = out.find(times); at != std::string::npos;
         at = out.find(times, at + std::string_view("$\\times$").size()))
        out.replace(at, times.size(), "$\\times$");
    return out;
}

std::string row(const std::vector<std::string> &cells)
{
    std::string line;
    for (std::size_t i = 0; i < cells.size(); ++i)
        line += (i == 0 ? "" : " & ") + typeset(cells[i]);
    return line + " \\\\\n";
}

} // namespace

std::string latexEscaped(const std::string &text)
{
    std::string out;
    for (const char c : withVisibleControls(text)) {
        switch (c) {
        case '\\': out += "\\textbackslash{}"; break;
        case '&': case '%': case '$': case '#': case '_': case '{': case '}':
            out += '\\';
            out += c;
            break;
        case '~': out += "\\textasciitilde{}"; break;
        case '^': out += "\\textasciicircum{}"; break;
        case '\n':
        case '\r': out += ' '; break; // a line break would end a % comment
        default: out += c;
        }
    }
    return out;
}

std::string latexTable(const Analysis &analysis)
{
    const SummaryTable table = summaryTable(analysis, std::string(times));
    std::string columns;
    for (const bool numeric : table.numeric)
        columns += numeric ? 'r' : 'l';
    std::string out = "% " + latexEscaped(analysis.networkName) + " (ConvDesigner)\n";
    out += "\\begin{tabular}{" + columns + "}\n\\toprule\n";
    out += row(table.header) + "\\midrule\n";
    for (std::size_t i = 0; i < table.rows.size(); ++i) {
        if (analysis.totals && i + 1 == table.rows.size())
            out += "\\midrule\n";
        out += row(table.rows[i]);
    }
    out += "\\bottomrule\n\\end{tabular}\n\n";
    for (const std::string &line : memoryLines(analysis, std::string(times)))
        out += typeset(line) + "\\\\\n";
    return out;
}

} // namespace cd
