#pragma once

// The memory panel: training and inference memory of arithmetic.md §4 with every term as a
// number and a plain-language line per term, under the lecture model's training figure what
// autograd keeps (§8) and why the two differ, a bar chart of the kept activation memory per
// layer, and a timeline: inference's live tensors (§7) with its peak's tensors named, or what
// either training model keeps for backward step by step. Shows the network's errors instead
// when it is invalid.

#include "document.h"

#include <QWidget>

class QBoxLayout;
class QComboBox;
class QLabel;
class QScrollArea;

namespace cd::ui {

class ActivationBarChart;
class AutogradSection;
class DifferenceList;
class MemoryBlock;
class MemoryTimelineChart;

class MemoryPanel : public QWidget
{
    Q_OBJECT

public:
    // What the timeline charts, in the order of its combo box's items.
    enum class TimelineMode { Inference, LectureKept, AutogradSaved };

    explicit MemoryPanel(Document *document, QWidget *parent = nullptr);

    ActivationBarChart *chart() const { return m_chart; }
    MemoryTimelineChart *timelineChart() const { return m_timeline; }
    DifferenceList *differenceList() const;
    QSize sizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refresh();
    void refreshTimeline(const Analysis &analysis);
    // Side by side when wide and low (docked under the table), text above chart otherwise.
    void arrange();

    Document *m_document;
    QBoxLayout *m_layout;
    QWidget *m_text;
    QScrollArea *m_textScroll; // scrolls the text only when the panel is too small for it
    QLabel *m_subtitle;
    MemoryBlock *m_training;     // named "training"
    AutogradSection *m_autograd; // named "autogradSection"
    MemoryBlock *m_inference;    // named "inference"
    QLabel *m_error;             // named "error"
    QWidget *m_chartBox;
    ActivationBarChart *m_chart;
    QScrollArea *m_chartScroll;
    QLabel *m_timelineHeading;
    // Named "timelineMode": inference's live tensors, or what a training model keeps so far;
    // its items in TimelineMode's order.
    QComboBox *m_timelineMode;
    MemoryTimelineChart *m_timeline;
    QLabel *m_timelinePeak; // named "timelinePeak": the tensors alive at the peak, or what
                            // training keeps when the forward pass ends
    bool m_arrangePending = false; // a relayout of the text arranges once, after the others
};

} // namespace cd::ui
