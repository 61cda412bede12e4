#pragma once

// The network as a graph: one node per layer (or per collapsed block), edges between output
// and input ports labelled with the shapes they carry, block frames behind, all laid out by
// Graphviz (graph_placement.h) and kept in step with the Document. A field edit only updates
// contents; a structural edit lays the graph out again and eases the nodes to their new
// places. The mouse and drops are CanvasInteraction's; it acts through the Document.

#include "graph_placement.h"
#include "graph_walk.h"
#include "layer.h"
#include "visible_graph.h"

#include <QGraphicsScene>
#include <QHash>
#include <QList>

#include <functional>
#include <map>
#include <memory>
#include <tuple>
#include <unordered_map>
#include <vector>

class QMenu;
class QVariantAnimation;

namespace cd::ui {

class BlockFrameItem;
class CanvasInteraction;
class CollapsedBlockItem;
class ConnectorItem;
class Document;
struct DocumentChange;
class InsertionMarkerItem;
class LayerBlockItem;
class NodeItem;

class CanvasScene : public QGraphicsScene
{
    Q_OBJECT

public:
    explicit CanvasScene(Document *document, QObject *parent = nullptr);
    ~CanvasScene() override;

    // Nodes ease to new places after a structural edit unless this is off (tests turn it off;
    // so does the environment variable CONVDESIGNER_NO_ANIMATION).
    static void setAnimationsEnabled(bool enabled);
    static bool animationsEnabled();

    Document *document() const { return m_document; }

    LayerBlockItem *inputBlock() const { return m_input; }
    // The node of layer `id` (the input for 0); null for an unknown id or a layer hidden in a
    // collapsed block.
    LayerBlockItem *blockFor(LayerId id) const;
    // The node showing layer `id`: its own or its collapsed block's.
    NodeItem *nodeFor(LayerId id) const;
    CollapsedBlockItem *collapsedBlock(const QString &block) const;
    BlockFrameItem *frameFor(const QString &block) const;
    const QHash<QString, CollapsedBlockItem *> &collapsedBlocks() const { return m_blockNodes; }
    const QHash<QString, BlockFrameItem *> &frames() const { return m_frames; }
    // The node under a scene position, or null over empty space.
    NodeItem *nodeAt(const QPointF &scenePos) const;
    // Every node, the input first, then in execution order.
    const std::vector<NodeItem *> &nodes() const { return m_nodeItems; }
    // Where the node showing `id` stands once the nodes have stopped moving.
    QRectF finalNodeRect(LayerId id) const;
    const canvas::VisibleGraph &graph() const { return m_graph; }

    // The edge along which `reader` reads `source` (its first such input); null when not drawn.
    ConnectorItem *edge(LayerId source, LayerId reader) const;
    // An edge under a scene position (the output connector included), or null.
    ConnectorItem *edgeAt(const QPointF &scenePos) const;
    const std::vector<ConnectorItem *> &edges() const { return m_edgeItems; }
    // The connector below the network's output node, carrying the output shape.
    ConnectorItem *outputConnector() const { return m_output; }

    // The edge the user clicked, which Delete disconnects; null when none.
    ConnectorItem *selectedEdge() const { return m_selectedEdge; }
    void selectEdge(ConnectorItem *edge);
    // Disconnects the selected edge as one undo step; false when no edge is selected.
    bool disconnectSelectedEdge();
    // The context menu of an edge: a join's input order, disconnecting. The caller owns it.
    QMenu *createEdgeMenu(ConnectorItem *edge, QWidget *parent);
    // A layer node's context menu comes from the window, which knows the layer view and the
    // picture export; the factory may return null (no menu). The caller owns the menu.
    using LayerMenuFactory = std::function<QMenu *(LayerId, QWidget *)>;
    void setLayerMenuFactory(LayerMenuFactory factory) { m_layerMenuFactory = std::move(factory); }
    QMenu *createLayerMenu(LayerId id, QWidget *parent) const
    {
        return m_layerMenuFactory ? m_layerMenuFactory(id, parent) : nullptr;
    }
    // The same for a collapsed block's node.
    using BlockMenuFactory = std::function<QMenu *(const QString &, QWidget *)>;
    void setBlockMenuFactory(BlockMenuFactory factory) { m_blockMenuFactory = std::move(factory); }
    QMenu *createBlockMenu(const QString &block, QWidget *parent) const
    {
        return m_blockMenuFactory ? m_blockMenuFactory(block, parent) : nullptr;
    }

    // The memory timeline's hook: these layers' nodes are drawn tinted; empty clears.
    void setHighlightedLayers(const std::vector<LayerId> &ids);
    const std::vector<LayerId> &highlightedLayers() const { return m_highlighted; }

    // The arrow keys' walk: Up to the first input, Down to the first reader, Left and Right
    // to the neighbouring node in the same rank. Returns `from` when there is nowhere to go.
    using Step = canvas::Step;
    LayerId stepFrom(LayerId from, Step step) const;

    InsertionMarkerItem *insertionMarker() const;
    // True between pressing on a node and releasing it after dragging it some distance.
    bool isMovingBlock() const;
    bool isWiring() const;
    bool isAnimating() const;
    // Puts every item where the running animation was taking it.
    void finishAnimation();

Q_SIGNALS:
    // A double-click on a node (0 for the input): the window may focus the inspector.
    void layerActivated(cd::LayerId id);
    // An edit the canvas tried was refused: why, in one line for the status bar.
    void statusMessage(const QString &message);
    void selectedEdgeChanged();
    // Nodes have new final places (a structural edit, a block collapsed or expanded).
    void relaidOut();

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override;
    void contextMenuEvent(QGraphicsSceneContextMenuEvent *event) override;
    void dragEnterEvent(QGraphicsSceneDragDropEvent *event) override;
    void dragMoveEvent(QGraphicsSceneDragDropEvent *event) override;
    void dragLeaveEvent(QGraphicsSceneDragDropEvent *event) override;
    void dropEvent(QGraphicsSceneDragDropEvent *event) override;

private:
    void documentChanged(const DocumentChange &change);
    void restructure(bool animate);
    void reconcileNodes();
    void reconcileEdges();
    void reconcileFrames();
    void syncContents(int firstLayer);
    void syncSelection();
    void syncHighlight();
    void applyPlacement(bool animate);
    void placeAt(qreal progress);
    void routeEdges();
    void chooseLabelSides();
    void report(const QString &message);

    Document *m_document;
    canvas::VisibleGraph m_graph;
    LayerBlockItem *m_input;
    ConnectorItem *m_output;
    QHash<LayerId, LayerBlockItem *> m_layerNodes;
    QHash<QString, CollapsedBlockItem *> m_blockNodes;
    QHash<QString, BlockFrameItem *> m_frames;
    std::vector<NodeItem *> m_nodeItems;      // by node index of m_graph
    std::vector<ConnectorItem *> m_edgeItems; // by edge index of m_graph
    std::map<std::tuple<LayerId, LayerId, int>, ConnectorItem *> m_edgeByKey;
    std::unordered_map<LayerId, int> m_indexOf; // layer id → execution index
    std::vector<LayerId> m_highlighted;
    ConnectorItem *m_selectedEdge = nullptr;

    canvas::GraphPlacement m_placement;
    std::vector<QPointF> m_startPositions; // by node index, while animating; NaN: a new node
    QHash<QString, QRectF> m_startFrames;
    QVariantAnimation *m_animation;

    std::unique_ptr<CanvasInteraction> m_interaction;
    LayerMenuFactory m_layerMenuFactory;
    BlockMenuFactory m_blockMenuFactory;
};

} // namespace cd::ui
