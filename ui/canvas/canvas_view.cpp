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
constexpr int autoScrollMargin = 32; // dragging a block this close to an edge scrolls

} // namespace

CanvasView::CanvasView(Document *document, QWidget *parent)
    : QGraphicsView(parent)
    , m_document(document)
    , m_scene(new CanvasScene(document, this))
    , m_current(document->currentLayer())
{
    setObjectName(QStringLiteral("canvasView"));
    setScene(m_scene);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing
                   | QPainter::SmoothPixmapTransform);
    // Blocks cache their own painting; repaint only what changed.
    setViewportUpdateMode(QGraphicsView::MinimalViewportUpdate);
    setCacheMode(QGraphicsView::CacheBackground);
    setOptimizationFlag(QGraphicsView::DontSavePainterState);
    setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    setResizeAnchor(AnchorViewCenter); // a narrower dock keeps the chain centred
    setDragMode(QGraphicsView::NoDrag);
    setFocusPolicy(Qt::StrongFocus);
    setAcceptDrops(true);
    setFrameShape(QFrame::NoFrame);

    // The scene connected first, so its items exist when the view reveals them.
    connect(m_document, &Document::changed, this, &CanvasView::documentChanged);
    connect(m_document, &Document::currentLayerChanged, this, &CanvasView::currentLayerChanged);
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
    const QRectF chain = m_scene->itemsBoundingRect().adjusted(-24, -24, 24, 24);
    if (chain.isEmpty())
        return;
    const QRectF viewportRect = viewport()->rect();
    const qreal fit
        = std::min(viewportRect.width() / chain.width(), viewportRect.height() / chain.height());
    setZoom(std::min(fit, maximumFitZoom));
    // A chain too long to fit even at the smallest zoom: stay with the selection.
    LayerBlockItem *current = m_scene->blockFor(m_document->currentLayer());
    if (fit < minimumZoom && current != nullptr)
        centerOn(chain.center().x(), current->sceneBoundingRect().center().y());
    else
        centerOn(chain.center());
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
    if (event->modifiers() == Qt::NoModifier || event->modifiers() == Qt::KeypadModifier) {
        switch (event->key()) {
        case Qt::Key_Up:
            selectNeighbour(-1);
            event->accept();
            return;
        case Qt::Key_Down:
            selectNeighbour(1);
            event->accept();
            return;
        case Qt::Key_Home:
            m_document->setCurrentLayer(0);
            event->accept();
            return;
        case Qt::Key_End:
            if (!m_document->network().layers.empty())
                m_document->setCurrentLayer(m_document->network().layers.back().id);
            event->accept();
            return;
        default: break;
        }
    }
    QGraphicsView::keyPressEvent(event);
}

void CanvasView::mouseMoveEvent(QMouseEvent *event)
{
    QGraphicsView::mouseMoveEvent(event);
    if (!m_scene->isMovingBlock())
        return;
    // Moving a block far down a long chain: scroll while the pointer nears an edge.
    const int y = event->position().toPoint().y();
    QScrollBar *bar = verticalScrollBar();
    if (y < autoScrollMargin)
        bar->setValue(bar->value() - (autoScrollMargin - y));
    else if (y > viewport()->height() - autoScrollMargin)
        bar->setValue(bar->value() + (y - viewport()->height() + autoScrollMargin));
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
    centerOn(canvas::blockWidth / 2, 0);
    verticalScrollBar()->setValue(verticalScrollBar()->minimum());
}

void CanvasView::selectNeighbour(int step)
{
    const auto &layers = m_document->network().layers;
    const int index = m_document->network().indexOf(m_document->currentLayer()); // -1: input
    const int next = std::clamp(index + step, -1, static_cast<int>(layers.size()) - 1);
    m_document->setCurrentLayer(next < 0 ? 0 : layers[static_cast<std::size_t>(next)].id);
}

void CanvasView::documentChanged(const DocumentChange &change)
{
    if (change.kind == DocumentChange::Reset) {
        m_current = m_document->currentLayer();
        scrollToInput();
    }
}

void CanvasView::currentLayerChanged(LayerId id)
{
    const LayerId previous = std::exchange(m_current, id);
    // Removing the selected layer selects the input; jumping to the top of a long chain
    // then would lose the user's place.
    if (id == 0 && previous != 0 && m_document->network().indexOf(previous) < 0)
        return;
    if (LayerBlockItem *block = m_scene->blockFor(id))
        ensureVisible(block, revealMargin, revealMargin);
}

} // namespace cd::ui
