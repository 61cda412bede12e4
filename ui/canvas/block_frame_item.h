#pragma once

// The frame behind an expanded block's nodes (Graphviz's cluster box), with the block's name
// and subtotals beside its top-left corner and a − button on the corner that collapses it.

#include "block_summary.h"

#include <QGraphicsItem>

namespace cd::ui {

class BlockFrameItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 5 };

    explicit BlockFrameItem(const QString &block, QGraphicsItem *parent = nullptr);

    int type() const override { return Type; }
    QString block() const { return m_block; }

    void syncWithBlock(const canvas::BlockSummary &summary);
    const canvas::BlockSummary &summary() const { return m_summary; }
    // The frame's box in scene coordinates.
    void setBox(const QRectF &box);
    QRectF box() const { return QRectF(pos(), m_size); }
    // Where a click collapses the block, in scene coordinates.
    QRectF collapseButtonSceneRect() const;
    // The − button is for editing: pictures leave it out.
    void setCornerButtonShown(bool shown);
    bool isCornerButtonShown() const { return m_cornerButtonShown; }
    // "74,240 params", "231,211,008 MACs": the lines under the name.
    QStringList figureLines() const;

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
               QWidget *widget = nullptr) override;

private:
    QRectF headerRect() const;

    QString m_block;
    QSizeF m_size;
    canvas::BlockSummary m_summary;
    qreal m_headerWidth = 0;
    bool m_cornerButtonShown = true;
};

} // namespace cd::ui
