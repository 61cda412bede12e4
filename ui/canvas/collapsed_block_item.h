#pragma once

// A collapsed block drawn as one node: its name, layer count, the shapes it takes and gives,
// and a + button that expands it again. Edges into and out of the block attach to it;
// selecting it makes the block's output layer current.

#include "block_summary.h"
#include "node_item.h"

namespace cd::ui {

class CollapsedBlockItem : public NodeItem
{
public:
    enum { Type = UserType + 4 };

    explicit CollapsedBlockItem(const QString &block, QGraphicsItem *parent = nullptr);

    int type() const override { return Type; }
    QString block() const { return m_block; }
    LayerId layerId() const override { return m_outputLayer; }
    LayerStatus status() const override { return m_summary.status; }

    void syncWithBlock(const canvas::BlockSummary &summary, LayerId outputLayer);
    const canvas::BlockSummary &summary() const { return m_summary; }
    // "64×56×56 → 128×28×28"
    QString shapesText() const;
    // Where a click expands the block, in scene coordinates.
    QRectF expandButtonSceneRect() const;
    // The + button is for editing: pictures leave it out.
    void setCornerButtonShown(bool shown);
    bool isCornerButtonShown() const { return m_cornerButtonShown; }

    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
               QWidget *widget = nullptr) override;

private:
    QString m_block;
    LayerId m_outputLayer = 0;
    canvas::BlockSummary m_summary;
    bool m_cornerButtonShown = true;
};

} // namespace cd::ui
