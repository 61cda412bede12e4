#pragma once

// One block of the canvas: the input (id 0) or one layer, drawn from the analysis — name,
// type, key settings, an error look when invalid, a badge when it discards real pixels. It
// owns the connector below it. Only syncWithLayer()/syncWithInput() change what it shows,
// and they repaint only when something visible changed.

#include "analysis.h"
#include "layer.h"

#include <QGraphicsItem>
#include <QString>

namespace cd::ui {

class ConnectorItem;

class LayerBlockItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 1 };

    explicit LayerBlockItem(LayerId id, QGraphicsItem *parent = nullptr);

    int type() const override { return Type; }
    LayerId layerId() const { return m_id; }
    bool isInput() const { return m_id == 0; }

    void syncWithLayer(const Layer &layer, const LayerReport &report);
    // The input's shape, and its error (the analysis's error for layer -1), if any.
    void syncWithInput(const Analysis &analysis);

    void setCurrent(bool current);
    bool isCurrent() const { return m_current; }
    // Drawn as a faded placeholder while the user drags it to a new place.
    void setLifted(bool lifted);
    bool isLifted() const { return m_lifted; }

    QString title() const { return m_content.title; }
    QString summary() const { return m_content.summary; }
    QString badgeText() const { return m_content.badge; }
    LayerStatus status() const { return m_content.status; }
    ConnectorItem *connector() const { return m_connector; }

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
        QString outputText; // for the connector
        LayerType type = LayerType::ReLU;
        LayerStatus status = LayerStatus::Ok;
        friend bool operator==(const Content &, const Content &) = default;
    };

    void setContent(Content content);
    QRectF badgeRect() const;
    void paintBody(QPainter *painter) const;
    void paintTexts(QPainter *painter) const;
    void paintBadge(QPainter *painter) const;

    LayerId m_id;
    Content m_content;
    qreal m_badgeWidth = 0;
    bool m_current = false;
    bool m_lifted = false;
    ConnectorItem *m_connector;
};

} // namespace cd::ui
