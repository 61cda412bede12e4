#include "network_input_painter.h"

#include "coverage_images.h"
#include "network_drawing.h"
#include "network_ruler.h"
#include "network_theme.h"

#include <QPaintEngine>
#include <QPainter>
#include <QPen>

#include <algorithm>
#include <cmath>
#include <vector>

namespace cd::ui {

namespace {

constexpr qreal minimumGridCell = 6; // device pixels: finer lines would hide the image
// Beyond this many runs a side, edge lines would only hatch the image: the shading says it.
constexpr std::size_t maxEdgedRuns = 32;

using Runs = std::vector<IndexRun>;

qreal deviceScale(const QPainter &painter)
{
    return painter.deviceTransform().m11();
}

bool paintsVectors(QPainter &painter)
{
    return painter.paintEngine() != nullptr && painter.paintEngine()->type() == QPaintEngine::SVG;
}

// The part of `image` under `area` when the whole image fills `target`, in whole pixels.
QRect sourcePixels(const QSize &image, const QRectF &target, const QRectF &area)
{
    const qreal sx = target.width() / image.width();
    const qreal sy = target.height() / image.height();
    const int left
        = std::clamp(int(std::floor((area.left() - target.left()) / sx)), 0, image.width());
    const int top
        = std::clamp(int(std::floor((area.top() - target.top()) / sy)), 0, image.height());
    const int right
        = std::clamp(int(std::ceil((area.right() - target.left()) / sx)), 0, image.width());
    const int bottom
        = std::clamp(int(std::ceil((area.bottom() - target.top()) / sy)), 0, image.height());
    return QRect(QPoint(left, top), QPoint(right - 1, bottom - 1));
}

void drawImagePart(QPainter &painter, const QImage &image, const QRectF &target,
                   const QRect &source, bool smooth)
{
    const qreal sx = target.width() / image.width();
    const qreal sy = target.height() / image.height();
    const QRectF dest(target.left() + source.left() * sx, target.top() + source.top() * sy,
                      source.width() * sx, source.height() * sy);
    painter.setRenderHint(QPainter::SmoothPixmapTransform, smooth);
    if (!paintsVectors(painter)) {
        painter.drawImage(dest, image, source);
        return;
    }
    // SVG viewers smooth every image they scale: hand them the cells at their final size.
    const qreal scale = deviceScale(painter);
    const QSize size(std::min(int(std::ceil(dest.width() * scale)), 4 * maxCoverageImageExtent),
                     std::min(int(std::ceil(dest.height() * scale)), 4 * maxCoverageImageExtent));
    painter.drawImage(dest, image.copy(source).scaled(size, Qt::IgnoreAspectRatio,
                                                      smooth ? Qt::SmoothTransformation
                                                             : Qt::FastTransformation));
}

} // namespace

NetworkInputPainter::NetworkInputPainter(const NetworkDrawing &drawing)
    : m_drawing(drawing)
{}

void NetworkInputPainter::paint(QPainter &painter, const QRectF &target,
                                const QRectF &visible) const
{
    const QRectF area = target.intersected(visible);
    if (m_drawing.input.isNull() || area.isEmpty())
        return;
    painter.save();
    const QRect source = sourcePixels(m_drawing.input.size(), target, area);
    if (!source.isEmpty()) {
        drawImagePart(painter, m_drawing.input, target, source, m_drawing.photo);
        if (!m_drawing.mask.isNull()) {
            // Crisp cells when magnified; when minified, smoothing keeps thin strips in view.
            const bool minified = target.width() * deviceScale(painter) < m_drawing.mask.width();
            drawImagePart(painter, m_drawing.mask, target, source, minified);
        }
    }
    paintRunEdges(painter, target, area);
    paintGrid(painter, target, area);
    // The frame goes just outside, so that it hides no row or column of the input.
    const qreal half = 0.5 / deviceScale(painter);
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setPen(QPen(QColor(network::colours().frameColour), 0));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(target.adjusted(-half, -half, half, half));
    painter.restore();
}

void NetworkInputPainter::paintRunEdges(QPainter &painter, const QRectF &target,
                                        const QRectF &area) const
{
    const NetworkCoverage &coverage = m_drawing.coverage;
    if (coverage.state != NetworkCoverage::State::Known)
        return;
    const qreal pixel = 1 / deviceScale(painter);
    const qreal cellX = target.width() / qreal(coverage.width);
    const qreal cellY = target.height() / qreal(coverage.height);
    std::vector<QLineF> lines;
    // Each line lies one device pixel inside the lost strip, so used pixels stay clear.
    const auto edges = [&](const Runs &runs, std::int64_t count, auto &&lineAt) {
        if (runs.size() > maxEdgedRuns)
            return;
        for (const IndexRun &run : runs) {
            if (run.first > 0)
                lineAt(qreal(run.first), pixel);
            if (run.last + 1 < count)
                lineAt(qreal(run.last + 1), -pixel);
        }
    };
    edges(m_drawing.unusedColRuns, coverage.width, [&](qreal edge, qreal inward) {
        const qreal x = target.left() + edge * cellX + inward;
        lines.emplace_back(x, area.top(), x, area.bottom());
    });
    edges(m_drawing.unusedRowRuns, coverage.height, [&](qreal edge, qreal inward) {
        const qreal y = target.top() + edge * cellY + inward;
        lines.emplace_back(area.left(), y, area.right(), y);
    });
    if (lines.empty())
        return;
    QPen pen(QColor(network::colours().unusedBarColour), 2);
    pen.setCosmetic(true);
    pen.setCapStyle(Qt::FlatCap);
    painter.setPen(pen);
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.drawLines(lines.data(), int(lines.size()));
}

void NetworkInputPainter::paintGrid(QPainter &painter, const QRectF &target,
                                    const QRectF &area) const
{
    const NetworkCoverage &coverage = m_drawing.coverage;
    const qreal cellX = target.width() / qreal(coverage.width);
    const qreal cellY = target.height() / qreal(coverage.height);
    if (std::min(cellX, cellY) * deviceScale(painter) < minimumGridCell)
        return;
    const RulerAxis cols{coverage.width, target.left(), cellX, area.left(), area.right()};
    const RulerAxis rows{coverage.height, target.top(), cellY, area.top(), area.bottom()};
    const auto [firstCol, lastCol] = visiblePositions(cols);
    const auto [firstRow, lastRow] = visiblePositions(rows);
    std::vector<QLineF> lines;
    lines.reserve(std::size_t(lastCol - firstCol + lastRow - firstRow + 4));
    for (std::int64_t c = firstCol; c <= lastCol + 1; ++c) {
        const qreal x = target.left() + qreal(c) * cellX;
        lines.emplace_back(x, area.top(), x, area.bottom());
    }
    for (std::int64_t r = firstRow; r <= lastRow + 1; ++r) {
        const qreal y = target.top() + qreal(r) * cellY;
        lines.emplace_back(area.left(), y, area.right(), y);
    }
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setPen(QPen(QColor::fromRgba(network::colours().gridColour), 0));
    painter.drawLines(lines.data(), int(lines.size()));
}

} // namespace cd::ui
