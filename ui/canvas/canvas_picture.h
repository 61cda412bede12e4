#pragma once

// The canvas as a Picture for File ▸ Export Picture: the whole network, or only the selected
// nodes and the edges between them, cropped to what is drawn plus a margin. The picture shows
// the network, not the editing session: no selection rings, no memory-timeline tint, no
// selected edge, no insertion marker, and no grid behind it.

#include "visualiser/picture.h"

#include <QRectF>

#include <vector>

class QGraphicsItem;

namespace cd::ui {

class CanvasScene;

class CanvasPicture : public Picture
{
public:
    enum class Scope { Network, Selection };

    // Finishes a running layout animation, so that the picture shows where the nodes go.
    CanvasPicture(CanvasScene &scene, Scope scope);

    // The network always has its input node; a selection picture needs a selected node.
    bool hasPicture() const override;
    QSizeF pictureSize() const override;
    void paintPicture(QPainter &painter) const override;

private:
    // The top-level items the picture shows; the rest are hidden while it paints.
    std::vector<QGraphicsItem *> shownItems() const;
    QRectF sourceRect() const;

    CanvasScene &m_scene;
    Scope m_scope;
};

} // namespace cd::ui
