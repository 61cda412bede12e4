#include "grid_canvas.h"

#include "visualiser/grid_content.h"
#include "visualiser/grid_highlight_painter.h"
#include "visualiser/grid_painter.h"
#include "visualiser/visualiser_theme.h"

#include <QKeyEvent>
#include <QPaintEvent>
#include <QPainter>
#include <QScrollBar>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace cd::ui {

namespace {

constexpr qreal maxCell = 64;
constexpr qreal zoomStep = 1.25;
constexpr int dragThreshold = 4;
constexpr int maxRepaintRects = 8; // beyond this, one bounding rectangle repaints faster

} // namespace

GridCanvas::GridCanvas(QWidget *parent)
    : QAbstractScrollArea(parent)
{
    setObjectName(QStringLiteral("gridCanvas"));
    setFrameShape(QFrame::NoFrame);
    viewport()->setMouseTracking(true);
    viewport()->setAutoFillBackground(false);
    // The view paints every pixel itself; nothing behind it needs painting first.
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    setFocusPolicy(Qt::WheelFocus);
    horizontalScrollBar()->setSingleStep(20);
    verticalScrollBar()->setSingleStep(20);
}

void GridCanvas::setContent(const GridContent *content, bool refit)
{
    m_content = content;
    m_highlight = {};
    if (refit || !m_content || !m_content->grid)
        m_fitting = true;
    if (m_fitting)
        m_cell = fitCell();
    relayout();
    viewport()->update();
}

qreal GridCanvas::fitCell() const
{
    if (!m_content || !m_content->grid)
        return 4;
    const QSizeF available = QSizeF(viewport()->size()) - QSizeF(2, 2);
    return GridLayout::fitCellSize(*m_content, available, 0.05, maxCell / 2,
                                   visualiser::widgetTextScale(*this));
}

void GridCanvas::relayout()
{
    m_layout = m_content ? GridLayout(*m_content, m_cell, visualiser::widgetTextScale(*this))
                         : GridLayout();
    updateScrollBars();
}

void GridCanvas::updateScrollBars()
{
    const QSize view = viewport()->size();
    const QSizeF size = m_layout.size();
    horizontalScrollBar()->setPageStep(view.width());
    verticalScrollBar()->setPageStep(view.height());
    horizontalScrollBar()->setRange(
        0, std::max(0, static_cast<int>(std::ceil(size.width())) - view.width()));
    verticalScrollBar()->setRange(
        0, std::max(0, static_cast<int>(std::ceil(size.height())) - view.height()));
}

QPointF GridCanvas::origin() const
{
    const QSizeF size = m_layout.size();
    const QSize view = viewport()->size();
    // Centred while it fits, scrolled otherwise.
    const qreal x = size.width() < view.width() ? std::floor((view.width() - size.width()) / 2)
                                                : -horizontalScrollBar()->value();
    const qreal y = size.height() < view.height() ? std::floor((view.height() - size.height()) / 2)
                                                  : -verticalScrollBar()->value();
    return QPointF(x, y);
}

QPointF GridCanvas::toLayout(const QPointF &viewportPoint) const
{
    return viewportPoint - origin();
}

QPointF GridCanvas::toViewport(const QPointF &layoutPoint) const
{
    return layoutPoint + origin();
}

void GridCanvas::zoomIn()
{
    zoomAbout(m_cell * zoomStep, QRectF(viewport()->rect()).center());
}

void GridCanvas::zoomOut()
{
    zoomAbout(m_cell / zoomStep, QRectF(viewport()->rect()).center());
}

void GridCanvas::zoomToFit()
{
    m_fitting = true;
    m_cell = fitCell();
    relayout();
    viewport()->update();
    Q_EMIT zoomChanged(m_cell);
}

void GridCanvas::resetZoom()
{
    zoomAbout(naturalCellSize, QRectF(viewport()->rect()).center());
}

void GridCanvas::zoomAbout(qreal cell, const QPointF &viewportAnchor)
{
    if (!m_content || !m_content->grid)
        return;
    const qreal fit = fitCell();
    cell = std::clamp(cell, std::min(fit, 1.0), maxCell);
    if (cell <= fit) {
        zoomToFit();
        return;
    }
    // Keep the input position under the anchor where it is.
    const QPointF before = toLayout(viewportAnchor);
    const QPointF inCells = (before - m_layout.inputRect().topLeft()) / m_cell;
    m_fitting = false;
    m_cell = cell;
    relayout();
    const QPointF after = m_layout.inputRect().topLeft() + inCells * m_cell;
    horizontalScrollBar()->setValue(static_cast<int>(std::lround(after.x() - viewportAnchor.x())));
    verticalScrollBar()->setValue(static_cast<int>(std::lround(after.y() - viewportAnchor.y())));
    viewport()->update();
    Q_EMIT zoomChanged(m_cell);
}

void GridCanvas::setCurrentWindow(std::int64_t window)
{
    GridHighlight highlight = m_highlight;
    highlight.currentWindow = window;
    setHighlight(highlight);
    if (window >= 0 && !m_fitting && m_content && m_content->grid) {
        GridHighlight only;
        only.currentWindow = window;
        const std::vector<QRectF> areas = GridHighlightPainter(*m_content, m_layout).areas(only);
        if (!areas.empty())
            ensureVisible(areas.front()); // the input span; the output cell may be elsewhere
    }
}

void GridCanvas::ensureVisible(const QRectF &layoutRect)
{
    const QRectF visible = QRectF(viewport()->rect()).translated(-origin());
    // Leave room for the pinned row and column numbers.
    const QRectF free
        = visible.adjusted(m_layout.rowGutter().width(), m_layout.columnGutter().height(), 0, 0);
    const auto scrollBy = [](qreal low, qreal high, qreal from, qreal to) -> qreal {
        if (high - low > to - from || low < from)
            return low - from;
        return high > to ? high - to : 0;
    };
    const qreal dx = scrollBy(layoutRect.left(), layoutRect.right(), free.left(), free.right());
    const qreal dy = scrollBy(layoutRect.top(), layoutRect.bottom(), free.top(), free.bottom());
    if (dx != 0)
        horizontalScrollBar()->setValue(horizontalScrollBar()->value()
                                        + static_cast<int>(std::round(dx)));
    if (dy != 0)
        verticalScrollBar()->setValue(verticalScrollBar()->value()
                                      + static_cast<int>(std::round(dy)));
}

void GridCanvas::setHovered(std::optional<GridCell> input, std::optional<GridCell> output)
{
    GridHighlight highlight = m_highlight;
    highlight.hoveredInput = input;
    highlight.hoveredOutput = output;
    if (highlight == m_highlight)
        return;
    setHighlight(highlight);
    Q_EMIT hoverChanged();
}

void GridCanvas::setHighlight(const GridHighlight &highlight)
{
    if (highlight == m_highlight)
        return;
    updateAreas(m_highlight);
    m_highlight = highlight;
    updateAreas(m_highlight);
}

void GridCanvas::updateAreas(const GridHighlight &highlight)
{
    if (!m_content || !m_content->grid)
        return;
    const QPointF offset = origin();
    for (const QRectF &area : GridHighlightPainter(*m_content, m_layout).areas(highlight))
        viewport()->update(area.translated(offset).toAlignedRect());
}

void GridCanvas::paintEvent(QPaintEvent *event)
{
    QPainter painter(viewport());
    const QColor background(visualiser::colours().backgroundColour);
    const QRegion &region = event->region();
    if (!m_content || !m_content->grid) {
        painter.fillRect(event->rect(), background);
        return;
    }
    painter.setRenderHint(QPainter::TextAntialiasing);
    const QPointF offset = origin();
    const GridPainter gridPainter(*m_content, m_layout);
    // Each exposed rectangle on its own: a step exposes two small ones, far apart.
    const auto paintRect = [&](const QRect &rect) {
        painter.save();
        painter.setClipRect(rect);
        painter.fillRect(rect, background);
        painter.translate(offset);
        gridPainter.paintBase(painter, QRectF(rect).translated(-offset));
        painter.restore();
    };
    if (region.rectCount() > maxRepaintRects) {
        paintRect(region.boundingRect());
    } else {
        for (const QRect &rect : region)
            paintRect(rect);
    }
    painter.translate(offset);
    GridHighlightPainter(*m_content, m_layout).paint(painter, m_highlight);
    const QRectF visible = QRectF(viewport()->rect()).translated(-offset);
    gridPainter.paintStickyLabels(painter, visible,
                                  QRectF(region.boundingRect()).translated(-offset));
}

void GridCanvas::changeEvent(QEvent *event)
{
    QAbstractScrollArea::changeEvent(event);
    if (event->type() != QEvent::FontChange)
        return;
    if (m_fitting && m_content && m_content->grid)
        m_cell = fitCell();
    relayout();
    viewport()->update();
}

void GridCanvas::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    if (m_fitting && m_content && m_content->grid) {
        m_cell = fitCell();
        relayout();
        Q_EMIT zoomChanged(m_cell);
    } else {
        updateScrollBars();
    }
}

void GridCanvas::scrollContentsBy(int, int)
{
    viewport()->update();
}

void GridCanvas::wheelEvent(QWheelEvent *event)
{
    if (!(event->modifiers() & Qt::ControlModifier)) {
        QAbstractScrollArea::wheelEvent(event);
        return;
    }
    const qreal steps = event->angleDelta().y() / 120.0;
    if (steps != 0)
        zoomAbout(m_cell * std::pow(zoomStep, steps), event->position());
    event->accept();
}

void GridCanvas::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QAbstractScrollArea::mousePressEvent(event);
        return;
    }
    m_pressed = true;
    m_dragging = false;
    m_pressPos = event->position().toPoint();
    m_pressScroll = QPoint(horizontalScrollBar()->value(), verticalScrollBar()->value());
}

void GridCanvas::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (m_pressed && (pos - m_pressPos).manhattanLength() > dragThreshold)
        m_dragging = true;
    if (m_dragging) {
        viewport()->setCursor(Qt::ClosedHandCursor);
        const QPoint moved = pos - m_pressPos;
        horizontalScrollBar()->setValue(m_pressScroll.x() - moved.x());
        verticalScrollBar()->setValue(m_pressScroll.y() - moved.y());
        return;
    }
    const QPointF at = toLayout(event->position());
    const std::optional<GridCell> output = m_layout.outputCellAt(at);
    viewport()->setCursor(output ? Qt::PointingHandCursor : Qt::ArrowCursor);
    setHovered(m_layout.inputCellAt(at), output);
}

void GridCanvas::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QAbstractScrollArea::mouseReleaseEvent(event);
        return;
    }
    const bool clicked = m_pressed && !m_dragging;
    m_pressed = false;
    m_dragging = false;
    viewport()->setCursor(Qt::ArrowCursor);
    if (!clicked)
        return;
    if (const std::optional<GridCell> output = m_layout.outputCellAt(toLayout(event->position())))
        Q_EMIT outputCellClicked(*output);
}

void GridCanvas::keyPressEvent(QKeyEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        switch (event->key()) {
        case Qt::Key_Plus:
        case Qt::Key_Equal: zoomIn(); return;
        case Qt::Key_Minus: zoomOut(); return;
        case Qt::Key_0: zoomToFit(); return;
        default: break;
        }
    }
    if (!(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))) {
        switch (event->key()) {
        case Qt::Key_Left: Q_EMIT stepRequested(0, -1); return;
        case Qt::Key_Right: Q_EMIT stepRequested(0, 1); return;
        case Qt::Key_Up: Q_EMIT stepRequested(-1, 0); return;
        case Qt::Key_Down: Q_EMIT stepRequested(1, 0); return;
        default: break;
        }
    }
    QAbstractScrollArea::keyPressEvent(event);
}

bool GridCanvas::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::Leave)
        setHovered(std::nullopt, std::nullopt);
    return QAbstractScrollArea::viewportEvent(event);
}

} // namespace cd::ui
