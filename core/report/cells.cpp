#include "cells.h"

#include "format.h"
#include "index_runs.h"
#include "index_summary.h"

namespace cd {

namespace {

std::string pairText(std::int64_t a, std::int64_t b, const char *times)
{
    return std::to_string(a) + times + std::to_string(b);
}

std::string listText(const char *singular, const char *plural,
                     const std::vector<std::int64_t> &indices)
{
    if (indices.empty())
        return {};
    return std::string(indices.size() == 1 ? singular : plural) + " " + runsText(indexRuns(indices));
}

} // namespace

std::string receptiveText(const Receptive1D &rows, const Receptive1D &cols, const char *times)
{
    if (rows.saturated || cols.saturated)
        return {};
    return pairText(rows.size, cols.size, times);
}

std::string jumpText(const Receptive1D &rows, const Receptive1D &cols, const char *times)
{
    if (rows.saturated || cols.saturated)
        return {};
    return pairText(rows.jump, cols.jump, times);
}

std::string notKnownText(const LayerReport &layer)
{
    if (layer.coveragePending)
        return "analysing\u2026"; // the GUI walks it on a worker thread
    return "not analysed: too large"; // arithmetic.md, Limits, says where the line is
}

std::string discardedText(const LayerReport &layer)
{
    if (!layer.coverageKnown)
        return notKnownText(layer);
    const std::string rows = listText("row", "rows", layer.discardedRows);
    const std::string cols = listText("col", "cols", layer.discardedCols);
    if (rows.empty() || cols.empty())
        return rows + cols;
    return rows + ", " + cols;
}

std::string discardedSummary(const LayerReport &layer, std::string_view separator)
{
    if (!layer.coverageKnown)
        return discardedText(layer);
    const std::string rows = indexSummary("row", "rows", layer.discardedRows);
    const std::string cols = indexSummary("col", "cols", layer.discardedCols);
    if (rows.empty() || cols.empty())
        return rows + cols;
    return rows + std::string(separator) + cols;
}

std::int64_t activationBytes(const LayerReport &layer, const Settings &settings)
{
    // Cannot overflow: the analysis checked b · 2 · N · (sum of all activations).
    return bytesPerElement(settings.dtype) * settings.batch * layer.activations;
}

} // namespace cd
