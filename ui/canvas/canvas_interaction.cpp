#include "canvas_interaction.h"

#include "block_edits.h"
#include "block_frame_item.h"
#include "canvas_scene.h"
#include "canvas_theme.h"
#include "collapsed_block_item.h"
#include "connector_item.h"
#include "document.h"
#include "edits.h"
#include "insertion_marker_item.h"
#include "layer_block_item.h"
#include "palette/block_template_dialog.h"
#include "palette/layer_mime.h"
#include "palette/template_mime.h"
#include "structure_edits.h"
#include "wiring_drag.h"

#include <QApplication>
#include <QGraphicsRectItem>
#include <QGraphicsSceneContextMenuEvent>
#include <QGraphicsSceneDragDropEvent>
#include <QGraphicsSceneMouseEvent>
#include <QMenu>
#include <QPen>

#include <algorithm>

namespace cd::ui {

namespace {

constexpr qreal portHitRadius = 9; // how far from an output port a press starts a wire

} // namespace

CanvasInteraction::CanvasInteraction(CanvasScene *scene)
    : m_scene(scene)
    , m_marker(new InsertionMarkerItem)
    , m_band(new QGraphicsRectItem)
    , m_wiring(std::make_unique<WiringDrag>(scene))
{
    scene->addItem(m_marker);
    QColor bandFill = QColor::fromRgb(canvas::colours().accentColor);
    bandFill.setAlphaF(0.08);
    m_band->setBrush(bandFill);
    m_band->setPen(QPen(QColor::fromRgb(canvas::colours().accentColor), 1, Qt::DashLine));
    m_band->setZValue(95);
    m_band->hide();
    scene->addItem(m_band);
}

CanvasInteraction::~CanvasInteraction() = default;

Document *CanvasInteraction::document() const
{
    return m_scene->document();
}

void CanvasInteraction::report(const QString &message) const
{
    if (!message.isEmpty())
        Q_EMIT m_scene->statusMessage(message);
}

bool CanvasInteraction::isWiring() const
{
    return m_wiring->isActive();
}

void CanvasInteraction::cancel()
{
    m_wiring->cancel();
    cancelBlockMove();
    m_bandPressed = false;
    m_band->hide();
}

NodeItem *CanvasInteraction::nodeWithOutputPortAt(const QPointF &scenePos) const
{
    for (NodeItem *node : m_scene->nodes()) {
        if (QLineF(node->outputPort(), scenePos).length() <= portHitRadius)
            return node;
    }
    return nullptr;
}

bool CanvasInteraction::toggleBlockButtonAt(const QPointF &scenePos)
{
    for (CollapsedBlockItem *node : m_scene->collapsedBlocks()) {
        if (node->expandButtonSceneRect().contains(scenePos)) {
            document()->setBlockCollapsed(node->block(), false);
            return true;
        }
    }
    for (BlockFrameItem *frame : m_scene->frames()) {
        if (frame->collapseButtonSceneRect().contains(scenePos)) {
            document()->setBlockCollapsed(frame->block(), true);
            return true;
        }
    }
    return false;
}

std::vector<LayerId> CanvasInteraction::layersOf(const NodeItem *node) const
{
    if (node->type() != CollapsedBlockItem::Type)
        return {node->layerId()};
    const auto *block = static_cast<const CollapsedBlockItem *>(node);
    return layersInBlock(document()->network(), block->block().toStdString());
}

void CanvasInteraction::toggleInSelection(NodeItem *node)
{
    if (node->layerId() == Network::inputId)
        return; // the input is never part of a selection
    std::vector<LayerId> selection = document()->selection();
    const std::vector<LayerId> layers = layersOf(node);
    const bool selected
        = std::find(selection.begin(), selection.end(), node->layerId()) != selection.end();
    if (selected) {
        std::erase_if(selection, [&](LayerId id) {
            return std::find(layers.begin(), layers.end(), id) != layers.end();
        });
        const LayerId current = document()->currentLayer();
        const bool keepCurrent = std::find(layers.begin(), layers.end(), current) == layers.end();
        document()->setSelection(std::move(selection), keepCurrent ? current : Network::inputId);
    } else {
        selection.insert(selection.end(), layers.begin(), layers.end());
        document()->setSelection(std::move(selection), node->layerId());
    }
}

void CanvasInteraction::press(QGraphicsSceneMouseEvent *event)
{
    // Selection is the document's, not QGraphicsItem's: one source of truth shared with the
    // table and the inspector.
    event->accept();
    if (event->button() != Qt::LeftButton)
        return;
    m_scene->finishAnimation();
    cancelBlockMove();
    const QPointF pos = event->scenePos();
    if (toggleBlockButtonAt(pos))
        return;
    if (NodeItem *source = nodeWithOutputPortAt(pos)) {
        m_scene->selectEdge(nullptr);
        m_wiring->begin(source);
        return;
    }
    const bool extend = event->modifiers() & Qt::ControlModifier;
    if (NodeItem *node = m_scene->nodeAt(pos)) {
        m_scene->selectEdge(nullptr);
        if (extend) {
            toggleInSelection(node);
            return;
        }
        document()->setCurrentLayer(node->layerId());
        if (node->type() == LayerBlockItem::Type && node->layerId() != Network::inputId) {
            m_pressedId = node->layerId();
            m_pressPos = pos;
        }
        return;
    }
    if (ConnectorItem *edge = m_scene->edgeAt(pos); edge != nullptr && !edge->isOutput()) {
        m_scene->selectEdge(edge);
        return;
    }
    m_scene->selectEdge(nullptr);
    m_bandPressed = true;
    m_bandOrigin = pos;
}

void CanvasInteraction::move(QGraphicsSceneMouseEvent *event)
{
    event->accept();
    const QPointF pos = event->scenePos();
    if (m_wiring->isActive()) {
        m_wiring->moveTo(pos);
        return;
    }
    if (!(event->buttons() & Qt::LeftButton))
        return;
    const QPoint travel = event->screenPos() - event->buttonDownScreenPos(Qt::LeftButton);
    const qreal sceneTravel = (pos - (m_bandPressed ? m_bandOrigin : m_pressPos)).manhattanLength();
    const bool farEnough = travel.manhattanLength() >= QApplication::startDragDistance()
                           || sceneTravel >= QApplication::startDragDistance();
    if (m_bandPressed) {
        if (!m_band->isVisible() && !farEnough)
            return;
        m_band->setRect(QRectF(m_bandOrigin, pos).normalized());
        m_band->show();
        return;
    }
    if (m_pressedId == 0)
        return;
    if (!m_moving) {
        if (!farEnough)
            return;
        m_moving = true;
        if (LayerBlockItem *block = m_scene->blockFor(m_pressedId))
            block->setLifted(true);
    }
    showDropTarget(dropTargetAt(pos, m_pressedId));
}

void CanvasInteraction::release(QGraphicsSceneMouseEvent *event)
{
    event->accept();
    const QPointF pos = event->scenePos();
    if (m_wiring->isActive()) {
        report(m_wiring->finish(pos));
        return;
    }
    if (m_bandPressed) {
        finishRubberBand(pos, event->modifiers() & Qt::ControlModifier);
        return;
    }
    const LayerId id = m_pressedId;
    const bool moved = m_moving;
    const DropTarget target = moved ? dropTargetAt(pos, id) : DropTarget{};
    cancelBlockMove();
    if (!moved || event->button() != Qt::LeftButton || target.edge == nullptr)
        return;
    const LayerId from = target.edge->source();
    const LayerId to = target.edge->reader();
    report(moveLayerOntoEdge(document(), id, from, to));
}

void CanvasInteraction::finishRubberBand(const QPointF &scenePos, bool extend)
{
    const bool dragged = m_band->isVisible();
    const QRectF band = QRectF(m_bandOrigin, scenePos).normalized();
    m_bandPressed = false;
    m_band->hide();
    if (!dragged) {
        if (!extend)
            document()->setCurrentLayer(Network::inputId); // a click on empty space
        return;
    }
    std::vector<LayerId> picked = extend ? document()->selection() : std::vector<LayerId>{};
    LayerId current = extend ? document()->currentLayer() : Network::inputId;
    for (NodeItem *node : m_scene->nodes()) {
        if (node->layerId() == Network::inputId || !band.intersects(node->sceneBodyRect()))
            continue;
        const std::vector<LayerId> layers = layersOf(node);
        picked.insert(picked.end(), layers.begin(), layers.end());
        if (!extend)
            current = node->layerId(); // the last in execution order
    }
    document()->setSelection(std::move(picked), current);
}

void CanvasInteraction::doubleClick(QGraphicsSceneMouseEvent *event)
{
    if (NodeItem *node = m_scene->nodeAt(event->scenePos()))
        Q_EMIT m_scene->layerActivated(node->layerId());
    event->accept();
}

void CanvasInteraction::contextMenu(QGraphicsSceneContextMenuEvent *event)
{
    ConnectorItem *edge = m_scene->edgeAt(event->scenePos());
    if (edge == nullptr) {
        NodeItem *node = m_scene->nodeAt(event->scenePos());
        QMenu *menu = nullptr;
        if (node != nullptr && node->type() == LayerBlockItem::Type)
            menu = m_scene->createLayerMenu(node->layerId(), event->widget());
        else if (node != nullptr && node->type() == CollapsedBlockItem::Type)
            menu = m_scene->createBlockMenu(static_cast<CollapsedBlockItem *>(node)->block(),
                                            event->widget());
        if (menu == nullptr) {
            event->ignore();
            return;
        }
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(event->screenPos());
        event->accept();
        return;
    }
    if (edge->isOutput() || edge->isMerged()) {
        event->ignore();
        return;
    }
    m_scene->selectEdge(edge);
    QMenu *menu = m_scene->createEdgeMenu(edge, event->widget());
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(event->screenPos());
    event->accept();
}

void CanvasInteraction::cancelBlockMove()
{
    if (LayerBlockItem *block = m_moving ? m_scene->blockFor(m_pressedId) : nullptr)
        block->setLifted(false);
    hideDropTarget();
    m_pressedId = 0;
    m_moving = false;
}

CanvasInteraction::DropTarget CanvasInteraction::dropTargetAt(const QPointF &scenePos,
                                                              LayerId moving) const
{
    const auto touches = [moving](const ConnectorItem *edge) {
        return moving != 0 && (edge->source() == moving || edge->reader() == moving);
    };
    ConnectorItem *edge = m_scene->edgeAt(scenePos);
    if (edge == nullptr) {
        // On a node: after it, when that is one place (its only edge out, or the output).
        if (NodeItem *node = m_scene->nodeAt(scenePos);
            node != nullptr && node->layerId() != moving) {
            ConnectorItem *only = nullptr;
            int count = 0;
            for (ConnectorItem *out : m_scene->edges()) {
                if (m_scene->nodeFor(out->source()) == node) {
                    only = out;
                    ++count;
                }
            }
            if (count == 1)
                edge = only;
            else if (count == 0
                     && node
                            == m_scene->nodes()[static_cast<std::size_t>(
                                m_scene->graph().outputNode())])
                edge = m_scene->outputConnector();
        }
    }
    if (edge == nullptr || edge->isMerged() || touches(edge))
        return {};
    if (edge->isOutput() && moving != 0 && m_scene->graph().nodes.back().layer == moving)
        return {};
    const QPointF marker = m_scene->edgeAt(scenePos) == edge ? edge->nearestPoint(scenePos)
                                                             : edge->path().pointAtPercent(0.5);
    return {edge, marker};
}

void CanvasInteraction::showDropTarget(const DropTarget &target)
{
    if (target.edge != m_dropEdge) {
        hideDropTarget();
        m_dropEdge = target.edge;
        if (m_dropEdge != nullptr)
            m_dropEdge->setEmphasis(ConnectorItem::Emphasis::DropTarget);
    }
    if (target.edge != nullptr)
        m_marker->showAt(target.marker);
    else
        m_marker->hide();
}

void CanvasInteraction::hideDropTarget()
{
    if (m_dropEdge != nullptr && m_dropEdge != m_scene->selectedEdge())
        m_dropEdge->setEmphasis(ConnectorItem::Emphasis::None);
    m_dropEdge = nullptr;
    m_marker->hide();
}

void CanvasInteraction::dragMove(QGraphicsSceneDragDropEvent *event)
{
    const QMimeData *mime = event->mimeData();
    if (!decodeLayerMime(mime) && !decodeTemplateMime(mime)) {
        // Not ours (a file, say): let the window below handle it.
        hideDropTarget();
        event->ignore();
        return;
    }
    showDropTarget(dropTargetAt(event->scenePos()));
    event->setDropAction(Qt::CopyAction);
    event->accept();
}

void CanvasInteraction::dragLeave(QGraphicsSceneDragDropEvent *event)
{
    hideDropTarget();
    event->accept();
}

void CanvasInteraction::drop(QGraphicsSceneDragDropEvent *event)
{
    hideDropTarget();
    const QMimeData *mime = event->mimeData();
    const std::optional<LayerType> type = decodeLayerMime(mime);
    const std::optional<BlockTemplate> kind = decodeTemplateMime(mime);
    if (!type && !kind) {
        event->ignore();
        return;
    }
    event->setDropAction(Qt::CopyAction);
    event->accept();
    m_scene->finishAnimation();
    const DropTarget target = dropTargetAt(event->scenePos());
    const int layerCount = static_cast<int>(document()->network().layers.size());
    const bool onEdge = target.edge != nullptr && !target.edge->isOutput();
    if (type) {
        if (onEdge)
            report(insertNewLayerOnEdge(document(), *type, target.edge->source(),
                                        target.edge->reader()));
        else if (target.edge != nullptr) // the output: appended after it
            insertNewLayer(document(), *type, layerCount);
        else
            addUnconnectedLayer(document(), *type);
        return;
    }
    const std::optional<templates::BlockSpec> spec = askBlockArguments(event->widget(), *kind);
    if (!spec)
        return;
    if (onEdge)
        report(insertBlockOnEdge(document(), *spec, target.edge->source(), target.edge->reader()));
    else
        report(insertBlock(document(), *spec, layerCount));
}

} // namespace cd::ui
