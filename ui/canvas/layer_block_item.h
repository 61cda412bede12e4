#pragma once

// One node of the canvas showing the input (id 0) or one layer, drawn from the analysis —
// name, type, key settings, an error look when invalid, a badge when it discards real pixels.
// Only syncWithLayer()/syncWithInput() change what it shows, and they repaint only when
// something visible changed.

#include "node_item.h"

#include <QString>

namespace cd::ui {

class LayerBlockItem : public NodeItem
{
public:
    enum { Type = UserType + 1 };

    explicit LayerBlockItem(LayerId id, QGraphicsItem *parent = nullptr);

    int type() const override { return Type; }
    LayerId layerId() const override { return m_id; }
    LayerStatus status() const override { return m_content.status; }
    bool hasInputPort() const override { return !isInput(); }
    bool isInput() const { return m_id == 0; }

    void syncWithLayer(const Layer &layer, const LayerReport &report);
    // The input's shape, and its error (the analysis's error for layer -1), if any.
    void syncWithInput(const Analysis &analysis);

    QString title() const { return m_content.title; }
    QString summary() const { return m_content.summary; }
    QString badgeText() const { return m_content.badge; }
    // The shape that flows out ("96×54×54", "?" when unknown), for the edges that leave it.
    QString outputText() const { return m_content.outputText; }

    // Where the type's icon is drawn, in item coordinates.
    static QRectF iconRect();

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
               QWidget *widget = nullptr) override;

private:
    struct Content
    {
        QString title;
        QString typeLabel;
        QString summary;
        QString badge; // "1 row, 1 col lost"; empty when nothing is discarded
        QString toolTip;
        QString outputText;
        LayerType type = LayerType::ReLU;
        LayerStatus status = LayerStatus::Ok;
        friend bool operator==(const Content &, const Content &) = default;
    };

    void setContent(Content content);
    QRectF badgeRect() const;
    void paintTexts(QPainter *painter) const;
    void paintBadge(QPainter *painter) const;

    LayerId m_id;
    Content m_content;
    qreal m_badgeWidth = 0;
};

} // namespace cd::ui
