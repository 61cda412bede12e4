#pragma once

// The network as a vertical chain of blocks, kept in step with the Document: one item per
// layer (found by id), updated incrementally on every change. Clicking selects (the shared
// current layer), dragging a block moves it, dropping a palette entry inserts that layer;
// each of these pushes one command through edits.h.

#include "layer.h"

#include <QGraphicsScene>
#include <QHash>

#include <optional>

namespace cd::ui {

class Document;
struct DocumentChange;
class InsertionMarkerItem;
class LayerBlockItem;

class CanvasScene : public QGraphicsScene
{
    Q_OBJECT

public:
    explicit CanvasScene(Document *document, QObject *parent = nullptr);

    Document *document() const { return m_document; }

    LayerBlockItem *inputBlock() const { return m_input; }
    // The block of layer `id` (the input block for 0); null for an unknown id.
    LayerBlockItem *blockFor(LayerId id) const;
    // The block under a scene position, or null over empty space.
    LayerBlockItem *blockAt(const QPointF &scenePos) const;

    // Where a layer dropped at `sceneY` would be inserted: 0 above the first layer's middle,
    // k + 1 between the middles of layers k and k + 1, the layer count below the last one.
    int insertionIndexAt(qreal sceneY) const;
    // Moves layer `id` to the insertion index `index` (as insertionIndexAt() gives it), as one
    // undoable command; nothing happens when that is where the layer already is.
    void moveLayerToInsertionIndex(LayerId id, int index);

    InsertionMarkerItem *insertionMarker() const { return m_marker; }
    // True between pressing on a block and releasing it after dragging it some distance.
    bool isMovingBlock() const { return m_moving; }

Q_SIGNALS:
    // A double-click on a block (0 for the input): the window may focus the inspector.
    void layerActivated(cd::LayerId id);

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override;
    void dragEnterEvent(QGraphicsSceneDragDropEvent *event) override;
    void dragMoveEvent(QGraphicsSceneDragDropEvent *event) override;
    void dragLeaveEvent(QGraphicsSceneDragDropEvent *event) override;
    void dropEvent(QGraphicsSceneDragDropEvent *event) override;

private:
    void documentChanged(const DocumentChange &change);
    void currentLayerChanged(LayerId id);
    void rebuild();
    void removeBlock(LayerId id);
    // Syncs the blocks of layers `first`..end with the analysis and puts them in place.
    void syncFrom(int first);
    void cancelBlockMove();
    void showMarker(int index);
    void hideMarker();
    int layerCount() const;

    Document *m_document;
    LayerBlockItem *m_input;
    InsertionMarkerItem *m_marker;
    std::optional<LayerId> m_markedBlock; // whose connector label the marker hides
    QHash<LayerId, LayerBlockItem *> m_blocks;
    LayerBlockItem *m_current = nullptr;

    // A block drag: the layer pressed on, where, and whether it has moved far enough.
    LayerId m_pressedId = 0;
    QPointF m_pressPos;
    bool m_moving = false;
};

} // namespace cd::ui
