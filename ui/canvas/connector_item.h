#pragma once

// An edge of the graph canvas: from a node's output port to another's input port along the
// layout's spline, labelled with the tensor shape it carries ("96×54×54", "?" when unknown);
// into a join, with its slot number at the input end, since a concat's order matters. The
// network's output hangs below the last node as an edge without a target. Clicking selects
// it (Delete disconnects); a palette layer dropped on it is inserted there.

#include "edge_geometry.h"
#include "layer.h"

#include <QGraphicsItem>
#include <QPolygonF>
#include <QString>

namespace cd::ui {

class ConnectorItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 2 };
    enum class Emphasis { None, Selected, DropTarget };

    // The network edge it shows: `reader` reads `source` at input `slot`. A reader of 0 makes
    // it the network's output connector.
    ConnectorItem(LayerId source, LayerId reader, int slot, QGraphicsItem *parent = nullptr);

    int type() const override { return Type; }
    LayerId source() const { return m_source; }
    LayerId reader() const { return m_reader; }
    int slot() const { return m_slot; }
    bool isOutput() const { return m_reader == 0; }
    // The output connector hangs below whichever node is the network's output now.
    void setSource(LayerId source) { m_source = source; }
    // Several edges into a collapsed block drawn as one: shown, not rewired.
    void setMerged(bool merged) { m_merged = merged; }
    bool isMerged() const { return m_merged; }

    QString text() const { return m_text; }
    // `known` is false when the shape is unknown: the edge is then drawn faint.
    void setText(const QString &text, bool known);
    // 1-based, for an input of a join, whose node draws the number on its port (the edge
    // stops at the port's ring); 0: the reader is not a join.
    void setSlotNumber(int number);
    int slotNumber() const { return m_slotNumber; }

    // Along `spline`, its label where `place` says (none: another edge of the same fork shows
    // the shape).
    void setRoute(const canvas::Spline &spline, canvas::LabelPlace place);
    // A label beside the edge goes on the left or the right of it (the scene picks the side
    // that covers nothing); whether it does now.
    void setLabelLeft(bool left);
    bool isLabelLeft() const { return m_anchor.left; }
    bool isLabelBeside() const { return m_labelShown && !m_anchor.centred; }
    // A plain curve between moving ports while nodes animate, without its label.
    void setInterimRoute(QPointF start, QPointF end);
    QPointF startPoint() const { return m_points.value(0); }
    QPointF endPoint() const { return m_points.isEmpty() ? QPointF() : m_points.back(); }
    QPainterPath path() const { return m_path; }
    // The edge as a polyline, for hit tests.
    const QPolygonF &polyline() const { return m_points; }
    // The label's pill in scene coordinates (empty while hidden).
    QRectF labelRect() const;
    // Where the pill would be on that side of the edge.
    QRectF labelRectOn(bool left) const;

    void setEmphasis(Emphasis emphasis);
    Emphasis emphasis() const { return m_emphasis; }
    // The point of the edge nearest `scenePos`, where a drop marker goes.
    QPointF nearestPoint(QPointF scenePos) const;

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
               QWidget *widget = nullptr) override;

private:
    void updateGeometry();

    LayerId m_source;
    LayerId m_reader;
    int m_slot;
    bool m_merged = false;
    QString m_text;
    bool m_known = false;
    qreal m_labelWidth = 0;
    int m_slotNumber = 0;
    void setGeometry(const canvas::Spline &spline);

    QPainterPath m_path;
    QPolygonF m_points; // the whole edge, flattened
    canvas::LabelAnchor m_anchor;
    bool m_labelShown = false;
    Emphasis m_emphasis = Emphasis::None;
    QPolygonF m_line;    // the path up to the arrowhead
    QPointF m_tip;       // where the arrowhead points
    QPointF m_direction; // and which way, a unit vector
    QRectF m_bounds;
};

} // namespace cd::ui
