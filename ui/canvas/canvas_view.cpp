#include "canvas_view.h"

#include "canvas_layout.h"
#include "canvas_scene.h"
#include "document.h"
#include "layer_block_item.h"

#include <QKeyEvent>
#include <QScrollBar>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>
#include <utility>

namespace cd::ui {

namespace {

constexpr qreal minimumZoom = 0.1;
constexpr qreal maximumZoom = 4.0;
constexpr qreal zoomStep = 1.25;
constexpr qreal maximumFitZoom = 1.5;
constexpr int revealMargin = 24;
constexpr int autoScrollMargin = 32; // dragging a node or a wire this close to an edge scrolls

} // namespace

CanvasView::CanvasView(Document *document, QWidget *parent)
    : QGraphicsView(parent)
    , m_document(document)
    , m_scene(new CanvasScene(document, this))
{
    setObjectName(QStringLiteral("canvasView"));
    setScene(m_scene);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing
                   | QPainter::SmoothPixmapTransform);
    // Nodes cache their own painting; repaint only what changed.
    setViewportUpdateMode(QGraphicsView::MinimalViewportUpdate);
    setCacheMode(QGraphicsView::CacheBackground);
    setOptimizationFlag(QGraphicsView::DontSavePainterState);
    setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    setResizeAnchor(AnchorViewCenter);  // a narrower dock keeps the graph centred
    setDragMode(QGraphicsView::NoDrag); // the scene draws its own rubber band
    setFocusPolicy(Qt::StrongFocus);
    setAcceptDrops(true);
    setFrameShape(QFrame::NoFrame);

    // The scene connected first, so its items are in place when the view reveals them.
    connect(m_document, &Document::changed, this, &CanvasView::documentChanged);
    connect(m_document, &Document::currentLayerChanged, this, &CanvasView::revealCurrent);
    connect(m_document, &Document::selectionChanged, this, &CanvasView::revealCurrent);
    connect(m_scene, &CanvasScene::relaidOut, this, &CanvasView::revealCurrent);
}

qreal CanvasView::zoom() const
{
    return transform().m11();
}

void CanvasView::zoomIn()
{
    setTransformationAnchor(AnchorViewCenter);
    zoomBy(zoomStep);
}

void CanvasView::zoomOut()
{
    setTransformationAnchor(AnchorViewCenter);
    zoomBy(1 / zoomStep);
}

void CanvasView::zoomToFit()
{
    m_scene->finishAnimation();
    const QRectF graph = m_scene->itemsBoundingRect().adjusted(-24, -24, 24, 24);
    if (graph.isEmpty())
        return;
    const QRectF viewportRect = viewport()->rect();
    const qreal fit
        = std::min(viewportRect.width() / graph.width(), viewportRect.height() / graph.height());
    setZoom(std::min(fit, maximumFitZoom));
    // A graph too large to fit even at the smallest zoom: stay with the selection.
    const QRectF current = m_scene->finalNodeRect(m_document->currentLayer());
    if (fit < minimumZoom && !current.isEmpty())
        centerOn(graph.center().x(), current.center().y());
    else
        centerOn(graph.center());
}

void CanvasView::resetZoom()
{
    setTransformationAnchor(AnchorViewCenter);
    setZoom(1.0);
}

void CanvasView::setZoom(qreal zoom)
{
    zoom = std::clamp(zoom, minimumZoom, maximumZoom);
    if (qFuzzyCompare(zoom, this->zoom()))
        return;
    setTransform(QTransform::fromScale(zoom, zoom));
    Q_EMIT zoomChanged(zoom);
}

void CanvasView::zoomBy(qreal factor)
{
    setZoom(zoom() * factor);
}

void CanvasView::wheelEvent(QWheelEvent *event)
{
    if (!(event->modifiers() & Qt::ControlModifier)) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    // One notch (120) is a 15 % step; touchpads send smaller deltas for smooth zooming.
    const int delta = event->angleDelta().y();
    if (delta != 0) {
        setTransformationAnchor(AnchorUnderMouse);
        zoomBy(std::pow(1.15, delta / 120.0));
    }
    event->accept();
}

void CanvasView::keyPressEvent(QKeyEvent *event)
{
    // Shift is how many keyboards type "+".
    const Qt::KeyboardModifiers modifiers
        = event->modifiers() & ~(Qt::KeypadModifier | Qt::ShiftModifier);
    if (modifiers == Qt::NoModifier) {
        switch (event->key()) {
        case Qt::Key_Up: step(static_cast<int>(CanvasScene::Step::Up)); return;
        case Qt::Key_Down: step(static_cast<int>(CanvasScene::Step::Down)); return;
        case Qt::Key_Left: step(static_cast<int>(CanvasScene::Step::Left)); return;
        case Qt::Key_Right: step(static_cast<int>(CanvasScene::Step::Right)); return;
        case Qt::Key_Home:
            m_document->setCurrentLayer(0);
            ensureVisible(m_scene->finalNodeRect(Network::inputId), revealMargin, revealMargin);
            return;
        case Qt::Key_End:
            if (!m_document->network().layers.empty())
                m_document->setCurrentLayer(m_document->network().layers.back().id);
            return;
        case Qt::Key_Plus:
        case Qt::Key_Equal: setCurrentBlockCollapsed(false); return;
        case Qt::Key_Minus: setCurrentBlockCollapsed(true); return;
        case Qt::Key_Delete:
        case Qt::Key_Backspace:
            // Without the main window's Delete action (which also asks the scene first).
            if (m_scene->disconnectSelectedEdge())
                return;
            break;
        default: break;
        }
    }
    QGraphicsView::keyPressEvent(event);
}

void CanvasView::step(int direction)
{
    const LayerId current = m_document->currentLayer();
    const LayerId next = m_scene->stepFrom(current, static_cast<CanvasScene::Step>(direction));
    if (next != current)
        m_document->setCurrentLayer(next);
}

void CanvasView::setCurrentBlockCollapsed(bool collapsed)
{
    const Layer *layer = m_document->network().find(m_document->currentLayer());
    if (layer != nullptr && !layer->block.empty())
        m_document->setBlockCollapsed(QString::fromStdString(layer->block), collapsed);
}

void CanvasView::mouseMoveEvent(QMouseEvent *event)
{
    QGraphicsView::mouseMoveEvent(event);
    if (!m_scene->isMovingBlock() && !m_scene->isWiring())
        return;
    // Dragging far across a large graph: scroll while the pointer nears an edge.
    const QPoint at = event->position().toPoint();
    QScrollBar *vertical = verticalScrollBar();
    if (at.y() < autoScrollMargin)
        vertical->setValue(vertical->value() - (autoScrollMargin - at.y()));
    else if (at.y() > viewport()->height() - autoScrollMargin)
        vertical->setValue(vertical->value() + (at.y() - viewport()->height() + autoScrollMargin));
    QScrollBar *horizontal = horizontalScrollBar();
    if (at.x() < autoScrollMargin)
        horizontal->setValue(horizontal->value() - (autoScrollMargin - at.x()));
    else if (at.x() > viewport()->width() - autoScrollMargin)
        horizontal->setValue(horizontal->value()
                             + (at.x() - viewport()->width() + autoScrollMargin));
}

void CanvasView::showEvent(QShowEvent *event)
{
    QGraphicsView::showEvent(event);
    // QGraphicsView starts centred on the scene; a network is read from its input down.
    if (!std::exchange(m_shown, true))
        scrollToInput();
}

void CanvasView::scrollToInput()
{
    const QRectF input = m_scene->finalNodeRect(Network::inputId);
    centerOn(input.center().x(), 0);
    verticalScrollBar()->setValue(verticalScrollBar()->minimum());
}

void CanvasView::documentChanged(const DocumentChange &change)
{
    if (change.kind == DocumentChange::Reset)
        scrollToInput();
}

void CanvasView::revealCurrent()
{
    const LayerId current = m_document->currentLayer();
    // The input becomes current on a click on empty space and when the selected layer is
    // removed: jumping to the top of a large graph then would lose the user's place.
    if (current == Network::inputId)
        return;
    const QRectF rect = m_scene->finalNodeRect(current);
    if (!rect.isEmpty())
        ensureVisible(rect, revealMargin, revealMargin);
}

} // namespace cd::ui
