#include "coverage_images.h"

#include "network_theme.h"

#include <QPainter>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <utility>
#include <vector>

namespace cd::ui {

namespace {

// The input pixels image pixel `i` of `pixels` stands for along a side of `count`: [first, end).
std::pair<std::int64_t, std::int64_t> inputSpan(int i, std::int64_t count, int pixels)
{
    return {i * count / pixels, (i + 1) * count / pixels};
}

// For each image pixel along one side: whether any input position it stands for is unused.
std::vector<bool> shadedPixels(const std::vector<std::int64_t> &unused, std::int64_t count,
                               int pixels)
{
    std::vector<bool> shaded(std::size_t(pixels), false);
    for (int i = 0; i < pixels; ++i) {
        const auto [first, end] = inputSpan(i, count, pixels);
        const auto it = std::lower_bound(unused.begin(), unused.end(), first);
        shaded[std::size_t(i)] = it != unused.end() && *it < end;
    }
    return shaded;
}

// The exact region, pixel by pixel (a grid exists only up to core's maxGridCells, so this is
// one pass over at most 2^26 flags): an image pixel is shaded when any input pixel it stands
// for never reaches the output.
void paintUnusedGrid(QImage &mask, const NetworkCoverage &coverage, QRgb shade)
{
    const QSize size = mask.size();
    std::vector<std::pair<std::int64_t, std::int64_t>> colSpans;
    for (int x = 0; x < size.width(); ++x)
        colSpans.push_back(inputSpan(x, coverage.width, size.width()));
    std::vector<QRgb> line(std::size_t(size.width()));
    for (int y = 0; y < size.height(); ++y) {
        const auto [rowFirst, rowEnd] = inputSpan(y, coverage.height, size.height());
        for (int x = 0; x < size.width(); ++x) {
            const auto [colFirst, colEnd] = colSpans[std::size_t(x)];
            bool unused = false;
            for (std::int64_t r = rowFirst; r < rowEnd && !unused; ++r) {
                for (std::int64_t c = colFirst; c < colEnd && !unused; ++c)
                    unused = coverage.input.isUnused(r, c);
            }
            line[std::size_t(x)] = unused ? shade : 0;
        }
        std::memcpy(mask.scanLine(y), line.data(), std::size_t(size.width()) * sizeof(QRgb));
    }
}

} // namespace

QSize coverageImageSize(const NetworkCoverage &coverage)
{
    if (!coverage.hasInput())
        return {};
    return QSize(int(std::min<std::int64_t>(coverage.width, maxCoverageImageExtent)),
                 int(std::min<std::int64_t>(coverage.height, maxCoverageImageExtent)));
}

QImage coverageMask(const NetworkCoverage &coverage, QSize size)
{
    const InputCoverage &input = coverage.input;
    if (coverage.state != NetworkCoverage::State::Known || input.unusedPixels == 0
        || size.isEmpty())
        return {};
    QImage mask(size, QImage::Format_ARGB32_Premultiplied);
    const QRgb shade = qPremultiply(network::colours().shadingColour);
    if (!input.isProduct()) {
        paintUnusedGrid(mask, coverage, shade);
        return mask;
    }
    const std::vector<bool> rows = shadedPixels(input.unusedRows, coverage.height, size.height());
    const std::vector<bool> cols = shadedPixels(input.unusedCols, coverage.width, size.width());
    // Rows are independent of columns: two template lines make the whole image.
    std::vector<QRgb> usedLine(std::size_t(size.width()));
    for (int x = 0; x < size.width(); ++x)
        usedLine[std::size_t(x)] = cols[std::size_t(x)] ? shade : 0;
    const std::vector<QRgb> unusedLine(std::size_t(size.width()), shade);
    const std::size_t lineBytes = std::size_t(size.width()) * sizeof(QRgb);
    for (int y = 0; y < size.height(); ++y) {
        const QRgb *line = rows[std::size_t(y)] ? unusedLine.data() : usedLine.data();
        std::memcpy(mask.scanLine(y), line, lineBytes);
    }
    return mask;
}

QImage neutralInput(const NetworkCoverage &coverage, QSize size)
{
    if (size.isEmpty())
        return {};
    const std::int64_t longest = std::max(coverage.height, coverage.width);
    const std::int64_t square = std::max<std::int64_t>(1, std::llround(double(longest) / 28));
    QImage image(size, QImage::Format_RGB32);
    std::vector<std::int64_t> colSquares(std::size_t(size.width()));
    for (int x = 0; x < size.width(); ++x)
        colSquares[std::size_t(x)] = x * coverage.width / size.width() / square;
    for (int y = 0; y < size.height(); ++y) {
        const std::int64_t rowSquare = y * coverage.height / size.height() / square;
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < size.width(); ++x)
            line[x] = (rowSquare + colSquares[std::size_t(x)]) % 2 == 0
                          ? 0xff000000 | network::colours().checkerLightColour
                          : 0xff000000 | network::colours().checkerDarkColour;
    }
    return image;
}

QImage stretchedPhoto(const QImage &photo, QSize size)
{
    if (photo.isNull() || size.isEmpty())
        return {};
    // Transparent parts on the picture's background: the result is opaque.
    QImage image(size, QImage::Format_RGB32);
    image.fill(QColor(network::colours().backgroundColour));
    QPainter painter(&image);
    painter.drawImage(QRect(QPoint(0, 0), size),
                      photo.scaled(size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation));
    return image;
}

} // namespace cd::ui
