#pragma once

// The Network view: the network's input with the pixels that can never influence the output
// shaded (whole rows and columns on a chain, any region with branches), over an optional
// background image, with a count line, numbered edges and a legend. Ctrl+wheel zooms about the
// mouse, dragging or the wheel pans, a double-click fits. Composes its images only when the
// input's size or coverage changes.

#include "network_drawing.h"
#include "network_zoom.h"
#include "picture.h"
#include "zoomable.h"

#include <QImage>
#include <QPoint>
#include <QString>
#include <QWidget>

#include <optional>

namespace cd::ui {

class Document;

class NetworkView : public QWidget, public Picture, public Zoomable
{
    Q_OBJECT

public:
    explicit NetworkView(Document *document, QWidget *parent = nullptr);
    ~NetworkView() override;

    // Any image Qt can read (PNG, JPEG, …), stretched to the input's H×W. On failure `error`
    // names the file and the reason, and the view keeps what it showed.
    bool loadBackgroundImage(const QString &path, QString *error);
    void setBackgroundImage(const QImage &image);
    void clearBackgroundImage();
    // The project's own sample image, ":/sample/sample.png".
    void useSampleImage();
    bool hasBackgroundImage() const { return !m_photo.isNull(); }
    QImage backgroundImage() const { return m_photo; }

    // "rows 219–223 and columns 219–223 — 2,215 of 50,176 pixels — never reach the output"
    // (coverageCountText)
    QString countText() const { return m_drawing.countText; }
    // An input pixel's cell in picture coordinates (pictureSize(), scale 1); empty outside.
    QRectF pixelRect(int row, int col) const;
    // Whether the pixel never reaches the output (false outside the input).
    bool isShaded(int row, int col) const;
    // How often the images were composed, so a test can tell that an edit which keeps the
    // input and its coverage cost nothing.
    int compositions() const { return m_compositions; }
    // Device pixels per input pixel.
    qreal zoom() const { return m_zoom.zoom(); }

    // Only a known coverage is a picture; an invalid or unanalysed network shows a message.
    bool hasPicture() const override;
    QSizeF pictureSize() const override;
    void paintPicture(QPainter &painter) const override;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

public Q_SLOTS:
    void zoomIn() override;
    void zoomOut() override;
    void zoomToFit() override;
    // One device pixel per input pixel, or the fit when that is larger.
    void resetZoom() override;

Q_SIGNALS:
    void backgroundImageChanged(bool shown);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    bool event(QEvent *event) override;

private:
    struct Layout
    {
        QRectF header;
        QRectF area; // where the input is drawn, between the rulers and the legend
        qreal rowRulerWidth = 0;
        qreal columnRulerHeight = 0;
        QPointF legend;
    };
    Layout layout() const;
    QRectF inputRect(const Layout &layout) const;
    void refresh();
    void composeInput();
    void composeMask();
    void updateArea();
    void zoomBy(qreal factor, const QPointF &anchor);
    void chooseBackgroundImage();
    // Row and column under a widget position, if it is on the input.
    std::optional<QPoint> cellAt(const QPointF &position) const;
    QFont countFont() const;
    QFont rulerFont() const;

    Document *m_document;
    NetworkDrawing m_drawing;
    bool m_composed = false;
    QImage m_photo; // as loaded; m_drawing.input is it stretched to H×W
    int m_compositions = 0;
    NetworkZoom m_zoom;
    std::optional<QPointF> m_dragFrom;
};

} // namespace cd::ui
