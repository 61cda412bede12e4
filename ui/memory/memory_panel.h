#pragma once

// The memory panel: training and inference memory of arithmetic.md §4 with every term as a
// number and a plain-language line per term, a bar chart of the kept activation memory per
// layer, and the inference timeline (§7) with its peak's tensors named. Shows the network's
// errors instead when it is invalid.

#include "document.h"

#include <QWidget>

class QBoxLayout;
class QLabel;
class QScrollArea;

namespace cd::ui {

class ActivationBarChart;
class MemoryBlock;
class MemoryTimelineChart;

class MemoryPanel : public QWidget
{
    Q_OBJECT

public:
    explicit MemoryPanel(Document *document, QWidget *parent = nullptr);

    ActivationBarChart *chart() const { return m_chart; }
    MemoryTimelineChart *timelineChart() const { return m_timeline; }
    QSize sizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void refresh();
    // Side by side when wide and low (docked under the table), text above chart otherwise.
    void arrange();

    Document *m_document;
    QBoxLayout *m_layout;
    QWidget *m_text;
    QScrollArea *m_textScroll; // scrolls the text only when the panel is too small for it
    QLabel *m_subtitle;
    MemoryBlock *m_training;  // named "training"
    MemoryBlock *m_inference; // named "inference"
    QLabel *m_error;          // named "error"
    QWidget *m_chartBox;
    ActivationBarChart *m_chart;
    QScrollArea *m_chartScroll;
    MemoryTimelineChart *m_timeline;
    QLabel *m_timelinePeak; // named "timelinePeak": the tensors alive at the peak
};

} // namespace cd::ui
