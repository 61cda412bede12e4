#pragma once

// A wire dragged from a node's output port: a dashed curve follows the mouse, the input ports
// that would accept it light up (not the source's own ancestors: that would be a cycle), and
// releasing it over a node connects the two through connectLayers(), which also moves layers
// that ran too late. Into a join, the wire takes the slot where it is dropped, left to right.

#include "layer.h"

#include <QPointF>
#include <QString>

#include <unordered_set>

class QGraphicsPathItem;

namespace cd::ui {

class CanvasScene;
class NodeItem;

class WiringDrag
{
public:
    explicit WiringDrag(CanvasScene *scene);
    ~WiringDrag();

    bool isActive() const { return m_source != nullptr; }
    NodeItem *source() const { return m_source; }
    void begin(NodeItem *source);
    void moveTo(QPointF scenePos);
    // Connects when released over another node; returns why not (for the status bar), or an
    // empty string when connected or when there was nothing to connect to.
    QString finish(QPointF scenePos);
    void cancel();
    bool accepts(NodeItem *target) const { return m_targets.contains(target); }

private:
    // The slot of `target`'s inputs a wire dropped at `sceneX` takes: after every input whose
    // edge ends left of it. -1 (append) for a single-input layer.
    int slotAt(const NodeItem *target, qreal sceneX) const;

    CanvasScene *m_scene;
    NodeItem *m_source = nullptr;
    QGraphicsPathItem *m_wire = nullptr;
    std::unordered_set<NodeItem *> m_targets;
};

} // namespace cd::ui
