#pragma once

// The bytes alive at each step of inference (arithmetic.md §7), painted by hand: one stacked
// bar per step (the input alone, then each layer in order), one segment per live tensor,
// coloured by the layer that wrote it, and the peak marked. Hovering a step names its tensors
// and reports their writers, so that the canvas can light them up: this is where a skip
// connection's cost shows, as a tensor that stays in every bar across its branch. The same
// chart draws training's bars (kept_timeline_bars.h), where each bar is what is kept so far.

#include "layer.h"
#include "memory/byte_axis.h"
#include "memory/timeline_bars.h"
#include "visualiser/picture.h"

#include <QWidget>

#include <cstdint>
#include <vector>

namespace cd::ui {

class MemoryTimelineChart : public QWidget, public Picture
{
    Q_OBJECT

public:
    explicit MemoryTimelineChart(QWidget *parent = nullptr);

    void setBars(TimelineBars bars);
    const TimelineBars &bars() const { return m_bars; }
    int stepCount() const { return static_cast<int>(m_bars.steps.size()); }
    int peakStep() const { return m_bars.peakStep; }
    std::int64_t peakBytes() const;
    // "peak 1.23 MiB at conv2", as drawn over the peak ("7.32 MiB kept when the forward pass
    // ends" for training's bars); empty without steps.
    QString peakLabel() const;
    // The column of a step, where hovering picks it; empty for a step that does not exist.
    QRect stepRect(int step) const;
    int stepAt(QPoint position) const; // −1 outside every column
    int hoveredStep() const { return m_hovered; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    // Picture: the chart without the hovered step's marks, at one fixed size whatever the
    // dock's size on screen, so that File ▸ Export Picture and `convdesigner-cli render
    // --view memory` draw the same picture: a slide's width, high enough for the bars to read
    // against the axis.
    static constexpr QSize pictureExportSize{960, 400};
    bool hasPicture() const override { return stepCount() > 0; }
    QSizeF pictureSize() const override { return pictureExportSize; }
    void paintPicture(QPainter &painter) const override;

Q_SIGNALS:
    // The layers whose tensors are alive at the hovered step (0: the network input); empty
    // when no step is hovered any more.
    void stepHovered(std::vector<cd::LayerId> owners);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Plot
    {
        QRectF area; // the bars' space: step columns left to right, 0 B at the bottom
        double stepWidth = 0;
        double top = 1; // bytes at the area's top edge: the highest tick
    };
    // The plot of a chart `size` large: the widget's, or the exported picture's.
    Plot plot(QSize size) const;
    double yOf(const Plot &plot, double bytes) const;
    void setHovered(int step);
    void measure();
    QString toolTipFor(int step) const;
    void paintAxis(QPainter &painter, const Plot &plot) const;
    void paintChart(QPainter &painter, int hovered, QSize size) const;
    void paintBars(QPainter &painter, const Plot &plot, int hovered) const;
    void paintPeak(QPainter &painter, const Plot &plot, int width) const;
    void paintStepLabels(QPainter &painter, const Plot &plot, int width) const;

    TimelineBars m_bars;
    std::vector<ByteTick> m_ticks;
    int m_axisWidth = 0; // the widest tick label
    int m_hovered = -1;
};

} // namespace cd::ui
