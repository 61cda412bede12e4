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
    return std::binary_search(input.unusedRows.begin(), input.unusedRows.end(), row);
}

bool NetworkCoverage::isColUnused(std::int64_t col) const
{
    return std::binary_search(input.unusedCols.begin(), input.unusedCols.end(), col);
}

bool NetworkCoverage::isUnused(std::int64_t row, std::int64_t col) const
{
    if (state != State::Known || row < 0 || col < 0 || row >= height || col >= width)
        return false;
    return input.isUnused(row, col);
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
        result.state = analysis.coveragePending ? NetworkCoverage::State::Pending
                                                : NetworkCoverage::State::NotAnalysed;
    } else {
        result.state = NetworkCoverage::State::Known;
        result.input = *analysis.inputCoverage;
    }
    return result;
}

} // namespace cd::ui
