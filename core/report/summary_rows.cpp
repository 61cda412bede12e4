#include "summary_rows.h"

#include "cells.h"
#include "format.h"

namespace cd {

SummaryTable summaryTable(const Analysis &analysis, const std::string &times)
{
    SummaryTable table;
    table.header = {"#",           "name", "type", "output",         "weights", "biases",
                    "activations", "MACs", "RF",   "discarded"};
    table.numeric = {true, false, false, false, true, true, true, true, false, false};
    const char *x = times.c_str();
    for (const LayerReport &layer : analysis.layers) {
        std::vector<std::string> row = {std::to_string(layer.index), layer.name,
                                        std::string(typeName(layer.type))};
        if (!layer.ok()) {
            row.resize(table.header.size() - 1);
            row.push_back(layer.error);
        } else {
            const std::string discarded = discardedText(layer);
            row.insert(row.end(), {shapeText(layer.output, x), withThousands(layer.weights),
                                   withThousands(layer.biases), withThousands(layer.activations),
                                   withThousands(layer.macs),
                                   receptiveText(layer.receptiveRows, layer.receptiveCols, x),
                                   discarded.empty() ? "none" : discarded});
        }
        table.rows.push_back(std::move(row));
    }
    if (analysis.totals) {
        const Totals &t = *analysis.totals;
        table.rows.push_back({"", "total", "", "", withThousands(t.weights),
                              withThousands(t.biases), withThousands(t.activations),
                              withThousands(t.macs), "", ""});
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
        "inference = " + b + t + "(" + withThousands(m.batch) + t + withThousands(m.peak)
            + " + " + withThousands(m.parameters) + ") = " + withThousands(m.inferenceBytes)
            + " B (" + humanBytes(m.inferenceBytes) + ")",
    };
}

} // namespace cd
