#pragma once

// The ring that shows, while a palette layer or a node is dragged, where it will land: on an
// edge (inserted there), on the output connector (appended), or after a node.

#include <QGraphicsItem>

namespace cd::ui {

class InsertionMarkerItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 3 };

    explicit InsertionMarkerItem(QGraphicsItem *parent = nullptr);

    int type() const override { return Type; }
    void showAt(QPointF scenePos);

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
               QWidget *widget = nullptr) override;
};

} // namespace cd::ui
