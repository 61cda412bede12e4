#include "latex_table.h"

#include "summary_rows.h"

namespace cd {

namespace {

constexpr const char *times = "\x01"; // a placeholder no name contains, typeset as \times

std::string typeset(const std::string &text)
{
    std::string out;
    for (const std::string::value_type c : latexEscaped(text)) {
        if (c == times[0])
            out += "$\\times$";
        else
            out += c;
    }
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
    for (const char c : text) {
        switch (c) {
        case '\\': out += "\\textbackslash{}"; break;
        case '&': case '%': case '$': case '#': case '_': case '{': case '}':
            out += '\\';
            out += c;
            break;
        case '~': out += "\\textasciitilde{}"; break;
        case '^': out += "\\textasciicircum{}"; break;
        case '\n': out += ' '; break;
        default: out += c;
        }
    }
    return out;
}

std::string latexTable(const Analysis &analysis)
{
    const SummaryTable table = summaryTable(analysis, times);
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
    for (const std::string &line : memoryLines(analysis, times))
        out += typeset(line) + "\\\\\n";
    return out;
}

} // namespace cd
