#pragma once

// The bar that shows, while dragging, where a dropped or moved layer will land.

#include <QGraphicsItem>

namespace cd::ui {

class InsertionMarkerItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 3 };

    explicit InsertionMarkerItem(QGraphicsItem *parent = nullptr);

    int type() const override { return Type; }
    // The insertion index the marker shows, -1 while hidden.
    int index() const { return isVisible() ? m_index : -1; }
    void showAt(int index);

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
               QWidget *widget = nullptr) override;

private:
    int m_index = -1;
};

} // namespace cd::ui
