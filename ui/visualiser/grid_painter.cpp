#include "grid_painter.h"

#include "visualiser/grid_content.h"
#include "visualiser/grid_layout.h"
#include "visualiser/visualiser_theme.h"

#include <QFontMetricsF>
#include <QPaintEngine>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace cd::ui {

namespace {

namespace theme = visualiser;

constexpr qreal gridLinesFrom = 6; // cell size in pixels below which lines would be noise
constexpr qreal tickLength = 5;

// The range [first, last] of positions 0 … count−1 whose cells of size `cell` starting at
// `origin` intersect [from, to].
std::pair<std::int64_t, std::int64_t> visibleRange(qreal origin, qreal cell, std::int64_t count,
                                                   qreal from, qreal to)
{
    const auto first = static_cast<std::int64_t>(std::floor((from - origin) / cell));
    const auto last = static_cast<std::int64_t>(std::ceil((to - origin) / cell));
    return {std::max<std::int64_t>(first, 0), std::min(last, count - 1)};
}

// Draws numbers along one side of a grid: every `step`-th label, and the `emphasised`
// positions (discarded ones) in red, never two labels closer than `step` cells.
struct AxisLabels
{
    std::int64_t step = 1;
    std::int64_t offset = 0;        // label = position − offset
    std::int64_t firstLabelled = 0; // positions that may carry labels
    std::int64_t lastLabelled = -1;
};

// Labels reach past their cells: a column number is wider than a small cell.
constexpr qreal labelReach = 40;

} // namespace

GridPainter::GridPainter(const GridContent &content, const GridLayout &layout)
    : m_content(content)
    , m_layout(layout)
{}

void GridPainter::paintBase(QPainter &painter, const QRectF &exposed) const
{
    if (!m_content.grid)
        return;
    painter.save();
    paintTitles(painter, exposed);
    paintCoverage(painter, exposed);
    paintOutput(painter, exposed);
    paintFrames(painter);
    paintRowLabels(painter, exposed);
    paintColumnLabels(painter, exposed);
    paintOutputLabels(painter, exposed);
    paintCallouts(painter, exposed);
    painter.restore();
}

void GridPainter::paintTitles(QPainter &painter, const QRectF &exposed) const
{
    painter.setFont(theme::titleFont(m_layout.textScale()));
    painter.setPen(QColor(theme::colours().textColour));
    if (exposed.intersects(m_layout.inputTitleRect()))
        painter.drawText(m_layout.inputTitleRect(), Qt::AlignLeft | Qt::AlignTop,
                         m_content.inputTitle);
    if (exposed.intersects(m_layout.outputTitleRect()))
        painter.drawText(m_layout.outputTitleRect(), Qt::AlignLeft | Qt::AlignTop,
                         m_content.outputTitle);
}

void GridPainter::paintCoverage(QPainter &painter, const QRectF &exposed) const
{
    const GridLayout::CellRange cells = m_layout.inputCellsIn(exposed);
    if (cells.isEmpty())
        return;
    const QImage &image = m_content.image;
    const LayerGrid &grid = *m_content.grid;
    // Image pixels of the exposed cells (one per cell, or per block on a reduced image).
    const auto toPixel = [](std::int64_t position, std::int64_t extent, int side) {
        return static_cast<int>(position * side / extent);
    };
    const int x0 = toPixel(cells.firstCol, grid.cols.extent(), image.width());
    const int x1
        = std::min(image.width(), toPixel(cells.lastCol, grid.cols.extent(), image.width()) + 1);
    const int y0 = toPixel(cells.firstRow, grid.rows.extent(), image.height());
    const int y1
        = std::min(image.height(), toPixel(cells.lastRow, grid.rows.extent(), image.height()) + 1);
    const QRectF input = m_layout.inputRect();
    const qreal sx = input.width() / image.width();
    const qreal sy = input.height() / image.height();
    const QRect source(x0, y0, x1 - x0, y1 - y0);
    const QRectF target(input.left() + x0 * sx, input.top() + y0 * sy, source.width() * sx,
                        source.height() * sy);
    painter.save();
    painter.setRenderHint(QPainter::SmoothPixmapTransform, false);
    painter.setRenderHint(QPainter::Antialiasing, false);
    if (painter.paintEngine() && painter.paintEngine()->type() == QPaintEngine::Raster) {
        painter.drawImage(target, image, source);
    } else {
        // SVG viewers smooth scaled images: hand them the cells already enlarged.
        const int factor
            = std::clamp(static_cast<int>(std::round(std::min(sx, sy))), 1,
                         std::max(1, 4096 / std::max(source.width(), source.height())));
        painter.drawImage(target,
                          image.copy(source).scaled(source.size() * factor, Qt::IgnoreAspectRatio,
                                                    Qt::FastTransformation));
    }
    painter.restore();
    if (m_layout.cellSize() >= gridLinesFrom)
        paintGridLines(painter, input, cells.firstRow, cells.lastRow, cells.firstCol,
                       cells.lastCol);
}

void GridPainter::paintOutput(QPainter &painter, const QRectF &exposed) const
{
    const GridLayout::CellRange cells = m_layout.outputCellsIn(exposed);
    if (cells.isEmpty())
        return;
    painter.fillRect(m_layout.outputRect().intersected(exposed), QColor(theme::colours().outputColour));
    if (m_layout.cellSize() >= gridLinesFrom)
        paintGridLines(painter, m_layout.outputRect(), cells.firstRow, cells.lastRow,
                       cells.firstCol, cells.lastCol);
}

void GridPainter::paintGridLines(QPainter &painter, const QRectF &grid, std::int64_t firstRow,
                                 std::int64_t lastRow, std::int64_t firstCol,
                                 std::int64_t lastCol) const
{
    const qreal cell = m_layout.cellSize();
    const qreal left = grid.left() + static_cast<qreal>(firstCol) * cell;
    const qreal right = grid.left() + static_cast<qreal>(lastCol + 1) * cell;
    const qreal top = grid.top() + static_cast<qreal>(firstRow) * cell;
    const qreal bottom = grid.top() + static_cast<qreal>(lastRow + 1) * cell;
    std::vector<QLineF> lines;
    lines.reserve(static_cast<std::size_t>(lastRow - firstRow + lastCol - firstCol + 4));
    for (std::int64_t r = firstRow; r <= lastRow + 1; ++r) {
        const qreal y = grid.top() + static_cast<qreal>(r) * cell;
        lines.emplace_back(left, y, right, y);
    }
    for (std::int64_t c = firstCol; c <= lastCol + 1; ++c) {
        const qreal x = grid.left() + static_cast<qreal>(c) * cell;
        lines.emplace_back(x, top, x, bottom);
    }
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setPen(QPen(QColor::fromRgba(theme::colours().cellLineColour), 1));
    painter.drawLines(lines.data(), static_cast<int>(lines.size()));
    painter.restore();
}

void GridPainter::paintFrames(QPainter &painter) const
{
    painter.save();
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(QColor(theme::colours().secondaryTextColour), 1));
    painter.drawRect(m_layout.inputRect());
    painter.drawRect(m_layout.outputRect());
    if (m_content.hasPadding || m_content.hasImplicit) {
        // The real input inside its padding, so the two read as different at any zoom.
        const Window1D &r = m_content.grid->rows.window();
        const Window1D &c = m_content.grid->cols.window();
        painter.setPen(QPen(QColor(theme::colours().realFrameColour), 2));
        painter.drawRect(m_layout.inputSpanRect(r.padBefore, r.padBefore + r.input - 1, c.padBefore,
                                                c.padBefore + c.input - 1));
    }
    painter.restore();
}

namespace {

// Labels `positions` of one axis. `place(position, text, emphasised)` draws one label;
// discarded positions come first and push ordinary labels that would crowd them aside.
template<typename Place>
void labelAxis(const AxisLabels &axis, const std::vector<std::int64_t> &discarded,
               std::int64_t visibleFirst, std::int64_t visibleLast, Place place)
{
    const std::int64_t first = std::max(visibleFirst, axis.firstLabelled);
    const std::int64_t last = std::min(visibleLast, axis.lastLabelled);
    if (last < first)
        return;
    // Discarded labels near the visible range, kept `step` apart, may crowd visible ones.
    std::vector<std::int64_t> red;
    auto it = std::lower_bound(discarded.begin(), discarded.end(), first - axis.step);
    for (; it != discarded.end() && *it <= last + axis.step; ++it) {
        if (red.empty() || *it - red.back() >= axis.step)
            red.push_back(*it);
    }
    for (const std::int64_t p : red) {
        if (p >= first && p <= last)
            place(p, true);
    }
    // Ordinary labels at multiples of the step in input coordinates.
    const std::int64_t firstLabel = first - axis.offset; // ≥ 0: first ≥ firstLabelled
    std::int64_t label = (firstLabel + axis.step - 1) / axis.step * axis.step;
    for (; label + axis.offset <= last; label += axis.step) {
        const std::int64_t p = label + axis.offset;
        const auto near = std::lower_bound(red.begin(), red.end(), p - axis.step + 1);
        if (near != red.end() && *near < p + axis.step)
            continue;
        place(p, false);
    }
}

} // namespace

void GridPainter::paintRowLabels(QPainter &painter, const QRectF &exposed) const
{
    paintAxisLabels(painter, exposed, Qt::Vertical);
}

void GridPainter::paintColumnLabels(QPainter &painter, const QRectF &exposed) const
{
    paintAxisLabels(painter, exposed, Qt::Horizontal);
}

// Rows run down the left edge (Qt::Vertical), columns along the top (Qt::Horizontal): one
// function, with the geometry of the two edges swapped.
void GridPainter::paintAxisLabels(QPainter &painter, const QRectF &exposed,
                                  Qt::Orientation orientation) const
{
    const bool rows = orientation == Qt::Vertical;
    const LayerGrid &grid = *m_content.grid;
    const GridAxis &axis = rows ? grid.rows : grid.cols;
    const Window1D &w = axis.window();
    const std::vector<std::int64_t> &discarded = rows ? m_content.discardedRows
                                                      : m_content.discardedCols;
    const QRectF input = m_layout.inputRect();
    const qreal cell = m_layout.cellSize();
    const QFont plain = theme::labelFont(m_layout.textScale());
    QFont bold = plain;
    bold.setBold(true);
    const qreal textHeight = QFontMetricsF(plain).height();
    const auto [first, last]
        = rows ? visibleRange(input.top(), cell, axis.extent(), exposed.top() - labelReach,
                              exposed.bottom() + labelReach)
               : visibleRange(input.left(), cell, axis.extent(), exposed.left() - labelReach,
                              exposed.right() + labelReach);
    // The centre of a position across the edge, and the edge the labels stand on.
    const auto centre = [&](std::int64_t padded) {
        const QPointF c = (rows ? m_layout.inputCellRect(padded, 0)
                                : m_layout.inputCellRect(0, padded))
                              .center();
        return rows ? c.y() : c.x();
    };
    const qreal edge = rows ? input.left() : input.top();

    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);
    // A red tick at every discarded position, visible at any zoom.
    const qreal thickness = std::max<qreal>(cell, 2);
    for (auto p = std::lower_bound(discarded.begin(), discarded.end(), first);
         p != discarded.end() && *p <= last; ++p) {
        const qreal c = centre(*p);
        painter.fillRect(rows ? QRectF(edge - tickLength - 1, c - thickness / 2, tickLength,
                                       thickness)
                              : QRectF(c - thickness / 2, edge - tickLength - 1, thickness,
                                       tickLength),
                         QColor(theme::colours().discardedColour));
    }
    labelAxis({m_layout.labelStep(), w.padBefore, w.padBefore, w.padBefore + w.input - 1},
              discarded, first, last, [&](std::int64_t padded, bool emphasised) {
                  const qreal c = centre(padded);
                  const QRectF text
                      = rows ? QRectF(0, c - textHeight / 2, edge - tickLength - 3, textHeight)
                             : QRectF(c - labelReach, edge - tickLength - 2 - textHeight,
                                      2 * labelReach, textHeight);
                  if (!text.intersects(exposed))
                      return;
                  painter.setFont(emphasised ? bold : plain);
                  painter.setPen(emphasised ? QColor(theme::colours().discardedTextColour)
                                            : QColor(theme::colours().secondaryTextColour));
                  if (!emphasised) {
                      painter.drawLine(rows ? QLineF(edge - tickLength, c, edge - 1, c)
                                            : QLineF(c, edge - tickLength, c, edge - 1));
                  }
                  painter.drawText(text,
                                   rows ? Qt::AlignRight | Qt::AlignVCenter
                                        : Qt::AlignHCenter | Qt::AlignBottom,
                                   QString::number(padded - w.padBefore));
              });
    painter.restore();
}

void GridPainter::paintStickyLabels(QPainter &painter, const QRectF &visible,
                                    const QRectF &exposed) const
{
    if (!m_content.grid)
        return;
    const QRectF input = m_layout.inputRect();
    const QRectF rowGutter = m_layout.rowGutter();
    const QRectF columnGutter = m_layout.columnGutter();
    const QColor band(255, 255, 255, 235);
    // Scrolled past the row numbers while the grid is still in view: pin them to the left.
    const bool rows = visible.left() > rowGutter.left() && visible.left() < input.right();
    const bool cols = visible.top() > columnGutter.top() && visible.top() < input.bottom();
    if (rows) {
        const qreal dx = visible.left() - rowGutter.left();
        const QRectF area(visible.left(), visible.top(), rowGutter.width(), visible.height());
        if (area.intersects(exposed)) {
            painter.fillRect(area.intersected(exposed), band);
            painter.save();
            painter.translate(dx, 0);
            paintRowLabels(painter, exposed.intersected(area).translated(-dx, 0));
            painter.restore();
        }
    }
    if (cols) {
        const qreal dy = visible.top() - columnGutter.top();
        const QRectF area(visible.left(), visible.top(), visible.width(), columnGutter.height());
        if (area.intersects(exposed)) {
            painter.fillRect(area.intersected(exposed), band);
            painter.save();
            painter.translate(0, dy);
            paintColumnLabels(painter, exposed.intersected(area).translated(0, -dy));
            painter.restore();
        }
    }
    if (rows && cols) {
        const QRectF corner(visible.topLeft(), QSizeF(rowGutter.width(), columnGutter.height()));
        painter.fillRect(corner.intersected(exposed), QColor(theme::colours().backgroundColour));
    }
}

void GridPainter::paintOutputLabels(QPainter &painter, const QRectF &exposed) const
{
    const QRectF output = m_layout.outputRect();
    const qreal cell = m_layout.cellSize();
    const std::int64_t rows = m_content.outputRows();
    const std::int64_t cols = m_content.outputCols();
    const QFontMetricsF metrics(theme::labelFont(m_layout.textScale()));
    const qreal textHeight = metrics.height();
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setFont(theme::labelFont(m_layout.textScale()));
    painter.setPen(QColor(theme::colours().secondaryTextColour));
    const auto [rowFirst, rowLast] = visibleRange(
        output.top(), cell, rows, exposed.top() - labelReach, exposed.bottom() + labelReach);
    const auto [colFirst, colLast] = visibleRange(
        output.left(), cell, cols, exposed.left() - labelReach, exposed.right() + labelReach);
    const std::vector<std::int64_t> none;
    labelAxis(
        {m_layout.labelStep(), 0, 0, rows - 1}, none, rowFirst, rowLast, [&](std::int64_t i, bool) {
            const qreal y = m_layout.outputCellRect(i, 0).center().y();
            painter.drawLine(QPointF(output.left() - tickLength, y), QPointF(output.left() - 1, y));
            painter.drawText(
                QRectF(output.left() - 80, y - textHeight / 2, 80 - tickLength - 3, textHeight),
                Qt::AlignRight | Qt::AlignVCenter, QString::number(i));
        });
    labelAxis(
        {m_layout.labelStep(), 0, 0, cols - 1}, none, colFirst, colLast, [&](std::int64_t j, bool) {
            const qreal x = m_layout.outputCellRect(0, j).center().x();
            painter.drawLine(QPointF(x, output.top() - tickLength), QPointF(x, output.top() - 1));
            painter.drawText(
                QRectF(x - 40, output.top() - tickLength - 2 - textHeight, 80, textHeight),
                Qt::AlignHCenter | Qt::AlignBottom, QString::number(j));
        });
    painter.restore();
}

void GridPainter::paintCallouts(QPainter &painter, const QRectF &exposed) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setFont(theme::calloutFont(m_layout.textScale()));
    const QColor red(theme::colours().discardedColour);
    for (const GridLayout::PlacedCallout &c : m_layout.callouts()) {
        if (!c.marker.united(c.textRect).united(c.frame).adjusted(-2, -2, 2, 2).intersects(exposed))
            continue;
        painter.setPen(QPen(red, 1.5));
        if (!c.frame.isEmpty()) {
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(c.frame);
        }
        painter.fillRect(c.marker, red);
        if (c.callout->rows) {
            const QPointF bend(c.anchor.x() + 8, c.anchor.y());
            const QPointF points[] = {c.anchor, bend, QPointF(bend.x() + 6, c.elbow.y()), c.elbow};
            painter.drawPolyline(points, 4);
        } else {
            painter.drawLine(c.anchor, c.elbow);
        }
        painter.fillRect(c.textRect, QColor::fromRgba(theme::colours().calloutGroundColour));
        painter.setPen(QColor(theme::colours().discardedTextColour));
        painter.drawText(c.textRect, Qt::AlignLeft | Qt::AlignVCenter, c.callout->text);
    }
    painter.restore();
}

} // namespace cd::ui
