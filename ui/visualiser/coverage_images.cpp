#include "coverage_images.h"

#include "network_theme.h"

#include <QPainter>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <vector>

namespace cd::ui {

namespace {

// For each image pixel along one side: whether any input position it stands for is unused.
std::vector<bool> shadedPixels(const std::vector<std::int64_t> &unused, std::int64_t count,
                               int pixels)
{
    std::vector<bool> shaded(std::size_t(pixels), false);
    for (int i = 0; i < pixels; ++i) {
        const std::int64_t first = i * count / pixels;
        const std::int64_t end = (i + 1) * count / pixels;
        const auto it = std::lower_bound(unused.begin(), unused.end(), first);
        shaded[std::size_t(i)] = it != unused.end() && *it < end;
    }
    return shaded;
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
    if (coverage.state != NetworkCoverage::State::Known || coverage.unusedPixels == 0
        || size.isEmpty())
        return {};
    const std::vector<bool> rows
        = shadedPixels(coverage.unusedRows, coverage.height, size.height());
    const std::vector<bool> cols = shadedPixels(coverage.unusedCols, coverage.width, size.width());
    QImage mask(size, QImage::Format_ARGB32_Premultiplied);
    const QRgb shade = qPremultiply(network::shadingColour);
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
                          ? 0xff000000 | network::checkerLightColour
                          : 0xff000000 | network::checkerDarkColour;
    }
    return image;
}

QImage stretchedPhoto(const QImage &photo, QSize size)
{
    if (photo.isNull() || size.isEmpty())
        return {};
    // Transparent parts on white, as the picture's background: the result is opaque.
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.drawImage(QRect(QPoint(0, 0), size),
                      photo.scaled(size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation));
    return image;
}

} // namespace cd::ui
