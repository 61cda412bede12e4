#pragma once

// How the canvas answers the mouse and drags from the palette. A click selects (the shared
// current layer), Ctrl+click toggles a node in the selection, a band dragged on empty space
// picks every node it touches; a press on an output port drags a wire (wiring_drag.h); a node
// dragged onto an edge moves there; a click on an edge selects it; a palette layer or
// template dropped on an edge is inserted there, on empty space it stands alone. Every action
// goes through the Document's selection or an edit function; refusals go to the scene's
// statusMessage.

#include "layer.h"

#include <QPointF>

#include <memory>
#include <vector>

class QGraphicsRectItem;
class QGraphicsSceneContextMenuEvent;
class QGraphicsSceneDragDropEvent;
class QGraphicsSceneMouseEvent;
class QString;

namespace cd::ui {

class CanvasScene;
class ConnectorItem;
class Document;
class InsertionMarkerItem;
class NodeItem;
class WiringDrag;

class CanvasInteraction
{
public:
    // Adds its marker and rubber band to `scene`, which owns them.
    explicit CanvasInteraction(CanvasScene *scene);
    ~CanvasInteraction();

    void press(QGraphicsSceneMouseEvent *event);
    void move(QGraphicsSceneMouseEvent *event);
    void release(QGraphicsSceneMouseEvent *event);
    void doubleClick(QGraphicsSceneMouseEvent *event);
    void contextMenu(QGraphicsSceneContextMenuEvent *event);
    void dragMove(QGraphicsSceneDragDropEvent *event);
    void dragLeave(QGraphicsSceneDragDropEvent *event);
    void drop(QGraphicsSceneDragDropEvent *event);

    // Lets go of whatever is under way: the items it points at are about to change.
    void cancel();
    bool isMovingNode() const { return m_moving; }
    bool isWiring() const;
    InsertionMarkerItem *marker() const { return m_marker; }

private:
    // What a drop (or a dragged node) at a point lands on.
    struct DropTarget
    {
        ConnectorItem *edge = nullptr; // an edge, or the output connector; null: empty space
        QPointF marker;
    };

    Document *document() const;
    void report(const QString &message) const;
    NodeItem *nodeWithOutputPortAt(const QPointF &scenePos) const;
    bool toggleBlockButtonAt(const QPointF &scenePos);
    std::vector<LayerId> layersOf(const NodeItem *node) const;
    void toggleInSelection(NodeItem *node);
    void finishRubberBand(const QPointF &scenePos, bool extend);
    void cancelBlockMove();
    DropTarget dropTargetAt(const QPointF &scenePos, LayerId moving = 0) const;
    void showDropTarget(const DropTarget &target);
    void hideDropTarget();

    CanvasScene *m_scene;
    InsertionMarkerItem *m_marker;
    QGraphicsRectItem *m_band;
    std::unique_ptr<WiringDrag> m_wiring;
    ConnectorItem *m_dropEdge = nullptr;

    // A node drag: the layer pressed on, where, and whether it has moved far enough.
    LayerId m_pressedId = 0;
    QPointF m_pressPos;
    bool m_moving = false;
    // A rubber band on empty space: where it started (shown once it has grown).
    bool m_bandPressed = false;
    QPointF m_bandOrigin;
};

} // namespace cd::ui
