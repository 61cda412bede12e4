#pragma once

// The canvas as a Picture for File ▸ Export Picture: the whole network, only the selected
// nodes and the edges between them, or one block expanded in its frame with the edges into
// and out of it cut short at the picture's edge; cropped to what is drawn plus a margin. The picture shows
// the network, not the editing session: no selection rings, no memory-timeline tint, no
// selected edge, no insertion marker, no − and + buttons on blocks, and no grid behind it.

#include "visualiser/picture.h"

#include <QRectF>
#include <QString>

#include <memory>
#include <vector>

class QGraphicsItem;

namespace cd::ui {

class CanvasScene;
class Document;

class CanvasPicture : public Picture
{
public:
    enum class Scope { Network, Selection, Block };

    // Finishes a running layout animation, so that the picture shows where the nodes go.
    CanvasPicture(CanvasScene &scene, Scope scope);
    // Scope::Block: the block named `block`. When the canvas shows it collapsed, the picture
    // lays out a copy of the network with the block expanded (the other blocks as they are),
    // so that the canvas itself never changes.
    CanvasPicture(CanvasScene &scene, const QString &block);
    ~CanvasPicture() override;

    // The block the selection lies in: every selected layer in the same block (a selected
    // collapsed block selects its layers), or empty.
    static QString selectedBlock(const Document &document);

    // The network always has its input node; a selection picture needs a selected node, a
    // block picture a block of that name.
    bool hasPicture() const override;
    QSizeF pictureSize() const override;
    void paintPicture(QPainter &painter) const override;

private:
    // The top-level items the picture shows; the rest are hidden while it paints.
    std::vector<QGraphicsItem *> shownItems() const;
    QRectF sourceRect() const;

    // Scope::Block: the nodes framed in the block, its frame, and every edge with an end
    // in it (the crop cuts the edges to the outside short).
    void addBlockItems(std::vector<QGraphicsItem *> &shown) const;

    // The copy a collapsed block is drawn from, destroyed scene first.
    std::unique_ptr<Document> m_expandedDocument;
    std::unique_ptr<CanvasScene> m_expandedScene;
    CanvasScene &m_scene;
    Scope m_scope;
    QString m_block;
};

} // namespace cd::ui
