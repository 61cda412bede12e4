#include "network_coverage.h"

#include "shape.h"

#include <algorithm>

namespace cd::ui {

bool NetworkCoverage::hasInput() const
{
    return height >= 1 && width >= 1 && height <= maxSpatialExtent && width <= maxSpatialExtent;
}

bool NetworkCoverage::isRowUnused(std::int64_t row) const
{
    return std::binary_search(unusedRows.begin(), unusedRows.end(), row);
}

bool NetworkCoverage::isColUnused(std::int64_t col) const
{
    return std::binary_search(unusedCols.begin(), unusedCols.end(), col);
}

bool NetworkCoverage::isUnused(std::int64_t row, std::int64_t col) const
{
    if (row < 0 || col < 0 || row >= height || col >= width)
        return false;
    return isRowUnused(row) || isColUnused(col);
}

NetworkCoverage networkCoverage(const Analysis &analysis)
{
    NetworkCoverage result;
    result.channels = analysis.input.channels;
    result.height = analysis.input.height;
    result.width = analysis.input.width;
    if (!analysis.valid()) {
        result.state = NetworkCoverage::State::Invalid;
        result.error = analysis.errors.front().message;
    } else if (!analysis.inputCoverage) {
        result.state = NetworkCoverage::State::NotAnalysed;
    } else {
        result.state = NetworkCoverage::State::Known;
        result.unusedRows = analysis.inputCoverage->unusedRows;
        result.unusedCols = analysis.inputCoverage->unusedCols;
        result.unusedPixels = analysis.inputCoverage->unusedPixels;
    }
    return result;
}

} // namespace cd::ui
