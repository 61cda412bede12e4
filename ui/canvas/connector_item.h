#pragma once

// The arrow below a block, labelled with the tensor shape that flows out of it ("96×54×54",
// "?" when the analysis could not compute it). A child of its block, so it moves with it.

#include <QGraphicsItem>
#include <QString>

namespace cd::ui {

class ConnectorItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 2 };

    explicit ConnectorItem(QGraphicsItem *parent = nullptr);

    int type() const override { return Type; }
    QString text() const { return m_text; }
    // `known` is false when the shape is unknown: the arrow is then drawn faint.
    void setText(const QString &text, bool known);
    // Hidden while the insertion marker sits on this connector, so the two do not overlap.
    void setLabelVisible(bool visible);

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
               QWidget *widget = nullptr) override;

private:
    QRectF labelRect() const;

    QString m_text;
    bool m_known = false;
    bool m_labelVisible = true;
    qreal m_labelWidth = 0;
};

} // namespace cd::ui
