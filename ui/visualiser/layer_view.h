#pragma once

// The layer view of the visualiser: follows the selected layer and, for a windowed one, shows
// its padded input grid shaded by how many windows read each cell, the discarded rows and
// columns in red with the reason, the output grid, the arithmetic of both dimensions, and
// steps through the windows. Other layers get a sentence on what they do to coverage. It is
// also a Picture, so that the main window can export what it shows.

#include "layer.h"
#include "layer_grid.h"
#include "visualiser/grid_content.h"
#include "visualiser/grid_highlight.h"
#include "visualiser/grid_layout.h"
#include "visualiser/picture.h"
#include "zoomable.h"

#include <QColor>
#include <QWidget>

#include <cstdint>
#include <optional>
#include <vector>

class QLabel;
class QToolButton;

namespace cd::ui {

class Document;
class GridCanvas;
class GridLegend;
class GridStepper;

class LayerView : public QWidget, public Picture, public Zoomable
{
    Q_OBJECT

public:
    explicit LayerView(Document *document, QWidget *parent = nullptr);
    ~LayerView() override;

    // The selected layer's cell grid; null when it has no windows to draw.
    const LayerGrid *grid() const { return m_content.layerGrid(); }
    LayerId layer() const { return m_content.layer; }
    static QColor colourOf(CellKind kind);

    // Windows are numbered row-major over the output grid, from 0.
    qint64 windowCount() const;
    qint64 currentWindow() const { return m_currentWindow; }
    // Padded positions the current window's taps read, per dimension, ascending.
    std::vector<std::int64_t> currentRowTaps() const;
    std::vector<std::int64_t> currentColTaps() const;

    QString heading() const { return m_content.heading; }
    QStringList arithmeticLines() const { return m_content.arithmetic; }
    // What a layer without windows does to coverage, its error, or the "select a layer" hint.
    QString statement() const { return m_content.statement; }
    // The line under the grids: the hovered cell, else the current window.
    QString info() const;

    GridCanvas *canvas() const { return m_canvas; }
    GridStepper *stepper() const { return m_stepper; }

    // A windowed layer's grids; not the sentence shown for any other layer.
    bool hasPicture() const override { return grid() != nullptr; }
    // Picture: the heading, the arithmetic, the grids with the current window, the legend.
    QSizeF pictureSize() const override;
    void paintPicture(QPainter &painter) const override;
    // Cells of the padded input and of the output in picture coordinates (scale 1), and back.
    QRectF inputCellRect(std::int64_t row, std::int64_t col) const;
    QRectF outputCellRect(std::int64_t row, std::int64_t col) const;
    std::optional<GridCell> inputCellAt(const QPointF &picturePoint) const;
    std::optional<GridCell> outputCellAt(const QPointF &picturePoint) const;

    // Zoomable: the grids' cell size.
    void zoomIn() override;
    void zoomOut() override;
    void zoomToFit() override;
    void resetZoom() override;

    // Which of the current nin_block's convolutions is shown (from 0; the first by default).
    int blockConv() const;

public Q_SLOTS:
    void setCurrentWindow(qint64 index);
    // By whole windows and whole rows of the output grid (the arrow keys); stops at the ends.
    void stepWindow(int rows, int cols);
    // Shows convolution `conv` of nin_block `id` (the table's row for it was picked); -1, or
    // another layer, goes back to the layer itself. Forgotten when the current layer changes.
    void showBlockConv(cd::LayerId id, int conv);

Q_SIGNALS:
    void currentWindowChanged(qint64 index);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void refresh(bool layerChanged);
    void showContent();
    void updateInfo();
    void layoutPicture();
    qreal pictureCellSize() const;

    Document *m_document;
    struct BlockConv
    {
        LayerId layer = 0;
        int conv = 0;
    } m_blockConv;
    GridContent m_content;
    qint64 m_currentWindow = -1;

    QLabel *m_heading;    // named "heading"
    QLabel *m_arithmetic; // named "arithmetic"
    QLabel *m_statement;  // named "statement"
    GridCanvas *m_canvas;
    QLabel *m_info; // named "info"
    GridLegend *m_legend;
    QWidget *m_controls;
    GridStepper *m_stepper;
    QToolButton *m_fit;

    // The exported picture's geometry, laid out whenever the content changes.
    GridLayout m_pictureLayout;
    qreal m_pictureWidth = 0;
    QRectF m_pictureHeading;
    QRectF m_pictureArithmetic;
    QRectF m_pictureStatement;
    QPointF m_pictureGridOrigin;
    QRectF m_pictureLegend;
    QSizeF m_pictureSize;
};

} // namespace cd::ui
