#pragma once

// The Canvas panel: shows a CanvasScene of the document, keeps the current node in view,
// zooms with Ctrl+wheel (about the mouse) and from the View menu's slots. The arrow keys walk
// the graph (CanvasScene::stepFrom), Delete disconnects a selected edge, + and − expand and
// collapse the current layer's block.

#include "layer.h"
#include "zoomable.h"

#include <QGraphicsView>

namespace cd::ui {

class CanvasScene;
class Document;
struct DocumentChange;

class CanvasView : public QGraphicsView, public Zoomable
{
    Q_OBJECT

public:
    explicit CanvasView(Document *document, QWidget *parent = nullptr);

    CanvasScene *canvasScene() const { return m_scene; }
    // 1.0 at 100 %.
    qreal zoom() const;

public Q_SLOTS:
    void zoomIn() override;
    void zoomOut() override;
    // The whole graph in view, never magnified past 150 %; a graph too large for the smallest
    // zoom is centred on the selection instead.
    void zoomToFit() override;
    void resetZoom() override;
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
    void revealCurrent();
    void step(int direction);
    void setCurrentBlockCollapsed(bool collapsed);
    void scrollToInput();

    Document *m_document;
    CanvasScene *m_scene;
    bool m_shown = false;
};

} // namespace cd::ui
