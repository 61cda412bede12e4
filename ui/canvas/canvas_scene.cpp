#include "canvas_scene.h"

#include "canvas_layout.h"
#include "canvas_theme.h"
#include "connector_item.h"
#include "document.h"
#include "edits.h"
#include "insertion_marker_item.h"
#include "layer_block_item.h"
#include "palette/layer_mime.h"

#include <QApplication>
#include <QGraphicsSceneDragDropEvent>
#include <QGraphicsSceneMouseEvent>
#include <QPainter>

namespace cd::ui {

namespace {

// A faint dot grid, as a tiled brush: the background costs one fill per exposed area.
QBrush gridBrush()
{
    QPixmap tile(24, 24);
    tile.fill(QColor::fromRgb(canvas::backgroundColor));
    QPainter painter(&tile);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor::fromRgb(canvas::gridColor));
    painter.drawEllipse(QPointF(12, 12), 1.1, 1.1);
    return QBrush(tile);
}

} // namespace

CanvasScene::CanvasScene(Document *document, QObject *parent)
    : QGraphicsScene(parent)
    , m_document(document)
    , m_input(new LayerBlockItem(0))
    , m_marker(new InsertionMarkerItem)
{
    // Whole rows move on every insertion; a BSP index would be rebuilt each time, while a
    // linear scan of a few thousand items per paint is cheap.
    setItemIndexMethod(NoIndex);
    setBackgroundBrush(gridBrush());
    setFont(canvas::bodyFont());
    addItem(m_input);
    addItem(m_marker);
    rebuild();

    connect(m_document, &Document::changed, this, &CanvasScene::documentChanged);
    connect(m_document, &Document::currentLayerChanged, this, &CanvasScene::currentLayerChanged);
}

LayerBlockItem *CanvasScene::blockFor(LayerId id) const
{
    return id == 0 ? m_input : m_blocks.value(id);
}

LayerBlockItem *CanvasScene::blockAt(const QPointF &scenePos) const
{
    const int row = canvas::rowAt(scenePos.y(), layerCount());
    if (row < 0 || scenePos.x() < 0 || scenePos.x() >= canvas::blockWidth)
        return nullptr;
    if (row == 0)
        return m_input;
    return m_blocks.value(m_document->network().layers[static_cast<std::size_t>(row - 1)].id);
}

int CanvasScene::insertionIndexAt(qreal sceneY) const
{
    return canvas::insertionIndexAt(sceneY, layerCount());
}

void CanvasScene::moveLayerToInsertionIndex(LayerId id, int index)
{
    const int from = m_document->network().indexOf(id);
    if (from < 0)
        return;
    // Inserting below itself: once the layer is taken out, everything below shifts up one.
    const int to = index > from ? index - 1 : index;
    if (to != from)
        moveLayer(m_document, id, to);
}

int CanvasScene::layerCount() const
{
    return static_cast<int>(m_document->network().layers.size());
}

void CanvasScene::documentChanged(const DocumentChange &change)
{
    switch (change.kind) {
    case DocumentChange::Reset:
    case DocumentChange::Restructured: rebuild(); break;
    case DocumentChange::LayerInserted: {
        auto *block = new LayerBlockItem(change.id);
        addItem(block);
        m_blocks.insert(change.id, block);
        // Everything below may change: shapes flow down, derived names follow positions.
        syncFrom(m_document->network().indexOf(change.id));
        break;
    }
    // Where the layer stood is gone with it; re-syncing every block only compares contents.
    case DocumentChange::LayerRemoved:
        removeBlock(change.id);
        syncFrom(0);
        break;
    case DocumentChange::LayerMoved: syncFrom(0); break;
    case DocumentChange::LayerChanged: syncFrom(m_document->network().indexOf(change.id)); break;
    case DocumentChange::HeaderChanged: syncFrom(0); break;
    }
}

void CanvasScene::rebuild()
{
    cancelBlockMove();
    for (LayerBlockItem *block : std::as_const(m_blocks))
        delete block;
    m_blocks.clear();
    m_current = nullptr;
    m_input->setCurrent(false);
    for (const Layer &layer : m_document->network().layers) {
        auto *block = new LayerBlockItem(layer.id);
        addItem(block);
        m_blocks.insert(layer.id, block);
    }
    syncFrom(0);
    currentLayerChanged(m_document->currentLayer());
}

void CanvasScene::removeBlock(LayerId id)
{
    LayerBlockItem *block = m_blocks.take(id);
    if (block == m_current)
        m_current = nullptr;
    if (id == m_pressedId)
        cancelBlockMove();
    delete block;
}

void CanvasScene::syncFrom(int first)
{
    const Network &network = m_document->network();
    const Analysis &analysis = m_document->analysis();
    if (first == 0)
        m_input->syncWithInput(analysis);
    for (int i = first; i < layerCount(); ++i) {
        const auto at = static_cast<std::size_t>(i);
        LayerBlockItem *block = m_blocks.value(network.layers[at].id);
        if (block == nullptr)
            continue;
        block->syncWithLayer(network.layers[at], analysis.layers[at]);
        block->setPos(0, canvas::rowTop(i + 1));
    }
    setSceneRect(canvas::sceneRectFor(layerCount()));
}

void CanvasScene::currentLayerChanged(LayerId id)
{
    LayerBlockItem *block = blockFor(id);
    if (block == m_current)
        return;
    if (m_current != nullptr)
        m_current->setCurrent(false);
    m_current = block;
    if (m_current != nullptr)
        m_current->setCurrent(true);
}

void CanvasScene::cancelBlockMove()
{
    if (LayerBlockItem *block = m_moving ? m_blocks.value(m_pressedId) : nullptr)
        block->setLifted(false);
    hideMarker();
    m_pressedId = 0;
    m_moving = false;
}

void CanvasScene::showMarker(int index)
{
    const auto &layers = m_document->network().layers;
    const LayerId above = index == 0 ? 0 : layers[static_cast<std::size_t>(index - 1)].id;
    if (m_markedBlock != above) {
        hideMarker();
        if (LayerBlockItem *block = blockFor(above))
            block->connector()->setLabelVisible(false);
        m_markedBlock = above;
    }
    m_marker->showAt(index);
}

void CanvasScene::hideMarker()
{
    if (m_markedBlock) {
        if (LayerBlockItem *block = blockFor(*m_markedBlock))
            block->connector()->setLabelVisible(true);
        m_markedBlock.reset();
    }
    m_marker->hide();
}

void CanvasScene::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    // Selection is the document's current layer, not QGraphicsItem selection: one source of
    // truth shared with the table and inspector, and no multi-selection to reconcile.
    cancelBlockMove();
    LayerBlockItem *block = blockAt(event->scenePos());
    m_document->setCurrentLayer(block != nullptr ? block->layerId() : 0);
    if (event->button() == Qt::LeftButton && block != nullptr && !block->isInput()) {
        m_pressedId = block->layerId();
        m_pressPos = event->scenePos();
    }
    event->accept();
}

void CanvasScene::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_pressedId == 0 || !(event->buttons() & Qt::LeftButton)) {
        QGraphicsScene::mouseMoveEvent(event);
        return;
    }
    if (!m_moving) {
        const QPoint travel = event->screenPos() - event->buttonDownScreenPos(Qt::LeftButton);
        const qreal sceneTravel = (event->scenePos() - m_pressPos).manhattanLength();
        if (travel.manhattanLength() < QApplication::startDragDistance()
            && sceneTravel < QApplication::startDragDistance())
            return;
        m_moving = true;
        if (LayerBlockItem *block = m_blocks.value(m_pressedId))
            block->setLifted(true);
    }
    showMarker(insertionIndexAt(event->scenePos().y()));
    event->accept();
}

void CanvasScene::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    const LayerId id = m_pressedId;
    const bool moved = m_moving;
    cancelBlockMove();
    if (moved && event->button() == Qt::LeftButton)
        moveLayerToInsertionIndex(id, insertionIndexAt(event->scenePos().y()));
    event->accept();
}

void CanvasScene::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event)
{
    if (LayerBlockItem *block = blockAt(event->scenePos()))
        Q_EMIT layerActivated(block->layerId());
    event->accept();
}

void CanvasScene::dragEnterEvent(QGraphicsSceneDragDropEvent *event)
{
    dragMoveEvent(event);
}

void CanvasScene::dragMoveEvent(QGraphicsSceneDragDropEvent *event)
{
    if (!decodeLayerMime(event->mimeData())) {
        // Not ours (a file, say): let the window below handle it.
        hideMarker();
        event->ignore();
        return;
    }
    showMarker(insertionIndexAt(event->scenePos().y()));
    event->setDropAction(Qt::CopyAction);
    event->accept();
}

void CanvasScene::dragLeaveEvent(QGraphicsSceneDragDropEvent *event)
{
    hideMarker();
    event->accept();
}

void CanvasScene::dropEvent(QGraphicsSceneDragDropEvent *event)
{
    hideMarker();
    const std::optional<LayerType> type = decodeLayerMime(event->mimeData());
    if (!type) {
        event->ignore();
        return;
    }
    event->setDropAction(Qt::CopyAction);
    event->accept();
    insertNewLayer(m_document, *type, insertionIndexAt(event->scenePos().y()));
}

} // namespace cd::ui
