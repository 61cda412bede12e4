#pragma once

// The Canvas panel: shows a CanvasScene of the document, follows the shared selection, zooms
// with Ctrl+wheel (about the mouse) and from the View menu's slots. Up/Down walk the chain.

#include "layer.h"

#include <QGraphicsView>

namespace cd::ui {

class CanvasScene;
class Document;
struct DocumentChange;

class CanvasView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit CanvasView(Document *document, QWidget *parent = nullptr);

    CanvasScene *canvasScene() const { return m_scene; }
    // 1.0 at 100 %.
    qreal zoom() const;

public Q_SLOTS:
    void zoomIn();
    void zoomOut();
    // The whole chain in view, never magnified past 150 %; a chain too long for the smallest
    // zoom is centred on the selection instead.
    void zoomToFit();
    void resetZoom();
    void setZoom(qreal zoom);

Q_SIGNALS:
    void zoomChanged(qreal zoom);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void zoomBy(qreal factor);
    void documentChanged(const DocumentChange &change);
    void currentLayerChanged(LayerId id);
    void selectNeighbour(int step);
    void scrollToInput();

    Document *m_document;
    CanvasScene *m_scene;
    LayerId m_current = 0;
    bool m_shown = false;
};

} // namespace cd::ui
