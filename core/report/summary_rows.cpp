#include "summary_rows.h"

#include "autograd_reason.h"
#include "format.h"
#include "layer_rows.h"
#include "memory_terms.h"

namespace cd {

SummaryTable summaryTable(const Analysis &analysis, const std::string &times)
{
    SummaryTable table;
    for (const LayerColumn *column : columnsFor(TableOutput::Document)) {
        table.header.emplace_back(column->title);
        table.numeric.push_back(column->numeric);
        table.toolTips.emplace_back(column->toolTip);
    }
    const cell::Spelling spelling{.times = times.c_str(), .nothing = "none"};
    for (const LayerTableRow &row : layerTableRows(analysis, TableOutput::Document)) {
        table.rows.push_back(spelledCells(row, spelling));
        table.kinds.push_back(row.kind);
        table.failed.push_back(row.status != LayerStatus::Ok);
        if (row.status != LayerStatus::Ok)
            table.rows.back().back() = row.error; // a document says why, in the last column
    }
    return table;
}

std::vector<std::string> memoryLines(const Analysis &analysis, const std::string &times)
{
    if (!analysis.valid() || !analysis.memory) {
        std::vector<std::string> lines = {"The network is invalid:"};
        for (const AnalysisError &error : analysis.errors)
            lines.push_back(error.message);
        return lines;
    }
    const MemoryEstimate &m = *analysis.memory;
    std::vector<std::string> lines = {formulaText(trainingMemory(m), times)};
    for (std::string &line : autogradLines(analysis, times))
        lines.push_back(std::move(line));
    lines.push_back(formulaText(inferenceMemory(m), times));
    lines.push_back("inference peak " + withThousands(m.peak) + " elements per sample, "
                    + peakText(analysis));
    return lines;
}

std::vector<std::string> autogradLines(const Analysis &analysis, const std::string &times)
{
    std::vector<std::string> lines = {autogradFormulaText(analysis, times)};
    std::string why = autogradDifference(analysis);
    // Without a figure the autograd line already gives the note.
    if (analysis.autograd->saved && !analysis.autograd->note.empty())
        why += (why.empty() ? "" : "; ") + analysis.autograd->note;
    if (!why.empty())
        lines.push_back(why);
    return lines;
}

} // namespace cd
