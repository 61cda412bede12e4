#pragma once

// The layer view's legend: what each colour means, with the read counts that occur in this
// layer. The same painting serves the widget under the grids and the exported picture.

#include <QWidget>

namespace cd::ui {

struct GridContent;

class GridLegend : public QWidget
{
    Q_OBJECT

public:
    explicit GridLegend(QWidget *parent = nullptr);

    // Null or a content without a grid: nothing to explain, the legend hides.
    void setContent(const GridContent *content);

    // Entries flow left to right and wrap at `width`; `interactive` adds the mouse's colour;
    // `textScale` enlarges the legend for pictures.
    static qreal legendHeight(const GridContent &content, qreal width, bool interactive,
                              qreal textScale = 1);
    static void paintLegend(QPainter &painter, const GridContent &content, const QRectF &rect,
                            bool interactive, qreal textScale = 1);

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    // Presentation mode enlarges the font: the legend's height follows.
    void changeEvent(QEvent *event) override;

private:
    const GridContent *m_content = nullptr;
};

} // namespace cd::ui
