#include "summary_rows.h"

#include "format.h"
#include "layer_rows.h"

namespace cd {

SummaryTable summaryTable(const Analysis &analysis, const std::string &times)
{
    SummaryTable table;
    for (const LayerColumn *column : columnsFor(TableOutput::Document)) {
        table.header.emplace_back(column->title);
        table.numeric.push_back(column->numeric);
    }
    const cell::Spelling spelling{.times = times.c_str(), .nothing = "none"};
    for (const LayerTableRow &row : layerTableRows(analysis, TableOutput::Document)) {
        table.rows.push_back(spelledCells(row, spelling));
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
    const std::string b = std::to_string(m.bytesPerElement) + " B";
    const std::string t = " " + times + " ";
    return {
        "training = " + b + t + "(2" + t + withThousands(m.batch) + t
            + withThousands(m.activations) + " + " + std::to_string(m.parameterCopies) + t
            + withThousands(m.parameters) + ") = " + withThousands(m.trainingBytes) + " B ("
            + humanBytes(m.trainingBytes) + ")",
        "inference = " + b + t + "(" + withThousands(m.batch) + t + withThousands(m.peakPair)
            + " + " + withThousands(m.parameters) + ") = " + withThousands(m.inferenceBytes)
            + " B (" + humanBytes(m.inferenceBytes) + ")",
    };
}

} // namespace cd
