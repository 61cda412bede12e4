#pragma once

// The zoomable, pannable surface of the layer view: paints a GridContent through GridPainter,
// fits it to the view by default, zooms with Ctrl+wheel about the mouse, pans with the scroll
// bars or by dragging (the arrow keys step windows instead), and turns the mouse position
// into hovered input and output cells.

#include "visualiser/grid_highlight.h"
#include "visualiser/grid_layout.h"

#include <QAbstractScrollArea>

namespace cd::ui {

struct GridContent;

class GridCanvas : public QAbstractScrollArea
{
    Q_OBJECT

public:
    static constexpr qreal naturalCellSize = 16;

    explicit GridCanvas(QWidget *parent = nullptr);

    // `content` stays owned by the caller and must outlive its use here (null: blank).
    // `refit` returns to fit-to-view (a new layer); otherwise the zoom stays (an edit).
    void setContent(const GridContent *content, bool refit);
    const GridLayout &gridLayout() const { return m_layout; }
    qreal cellSize() const { return m_cell; }
    bool isFitting() const { return m_fitting; }

    const GridHighlight &highlight() const { return m_highlight; }
    // Scrolls, when zoomed in, to keep the window's input span in view while stepping.
    void setCurrentWindow(std::int64_t window);
    void setHovered(std::optional<GridCell> input, std::optional<GridCell> output);

    // Between viewport pixels and layout coordinates.
    QPointF toLayout(const QPointF &viewportPoint) const;
    QPointF toViewport(const QPointF &layoutPoint) const;

public Q_SLOTS:
    void zoomIn();
    void zoomOut();
    void zoomToFit();
    // Cells of naturalCellSize pixels: large enough to read a window's taps one by one.
    void resetZoom();

Q_SIGNALS:
    void hoverChanged();
    void outputCellClicked(cd::ui::GridCell cell);
    void zoomChanged(qreal cellSize);
    // An arrow key without modifiers: the layer view steps the window instead of scrolling.
    void stepRequested(int rows, int cols);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    // Presentation mode enlarges the font: the numbers and titles follow.
    void changeEvent(QEvent *event) override;

private:
    void relayout();
    void updateScrollBars();
    void zoomAbout(qreal cell, const QPointF &viewportAnchor);
    qreal fitCell() const;
    void setHighlight(const GridHighlight &highlight);
    void updateAreas(const GridHighlight &highlight);
    void ensureVisible(const QRectF &layoutRect);
    QPointF origin() const; // the layout's (0, 0) in viewport pixels

    const GridContent *m_content = nullptr;
    GridLayout m_layout;
    qreal m_cell = 4;
    bool m_fitting = true;
    GridHighlight m_highlight;
    bool m_pressed = false;
    bool m_dragging = false;
    QPoint m_pressPos;
    QPoint m_pressScroll;
};

} // namespace cd::ui
