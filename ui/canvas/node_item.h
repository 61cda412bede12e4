#pragma once

// What every node of the graph canvas shares, whether it shows a layer, the input or a
// collapsed block: the 260×56 body with its shadow, the selection look (the current node
// more strongly than the rest of a multi-selection), the memory timeline's highlight, and the
// ports edges attach to: the output at the middle of the bottom side, the inputs spread along
// the top (a join's in order, left to right).

#include "analysis.h"
#include "layer.h"

#include <QGraphicsItem>

namespace cd::ui {

class NodeItem : public QGraphicsItem
{
public:
    enum class Selection { None, Selected, Current };

    explicit NodeItem(QGraphicsItem *parent = nullptr);

    // The layer clicking the node makes current (the input: 0).
    virtual LayerId layerId() const = 0;
    virtual LayerStatus status() const = 0;
    virtual bool hasInputPort() const { return true; }

    void setSelection(Selection selection);
    Selection selection() const { return m_selection; }
    bool isCurrent() const { return m_selection == Selection::Current; }
    // The memory timeline's "alive at this step" tint.
    void setHighlighted(bool highlighted);
    bool isHighlighted() const { return m_highlighted; }
    // Drawn as a faded placeholder while the user drags it to a new place.
    void setLifted(bool lifted);
    bool isLifted() const { return m_lifted; }
    // A wire being dragged could end here: the input port lights up.
    void setWiringTarget(bool target);
    bool isWiringTarget() const { return m_wiringTarget; }
    // How many edges end on the top side; an unconnected node shows an empty input port. A
    // join numbers its ports, since the order it reads them in matters (concat's channels).
    void setInputSlots(int slots, bool numbered = false);
    int inputSlots() const { return m_inputSlots; }
    bool hasNumberedSlots() const { return m_numberedSlots; }

    // In scene coordinates.
    QPointF outputPort() const;
    QPointF inputPort(int slot = 0, int slots = 1) const;
    QRectF sceneBodyRect() const;

    QRectF boundingRect() const override;

protected:
    // Shadow, fill and border as the state asks, and the family `stripe` on the left edge.
    void paintBody(QPainter *painter, const QColor &stripe) const;
    // Ports and the highlight ring, over the texts.
    void paintDecorations(QPainter *painter) const;

private:
    void paintNumberedSlots(QPainter *painter) const;
    Selection m_selection = Selection::None;
    bool m_highlighted = false;
    bool m_lifted = false;
    bool m_wiringTarget = false;
    int m_inputSlots = 1;
    bool m_numberedSlots = false;
};

} // namespace cd::ui
