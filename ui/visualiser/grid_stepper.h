#pragma once

// Steps through a layer's windows: a slider, Previous / Next, and Play with an adjustable
// speed, up to a whole output row per step. Knows only a count, a row length and a position;
// the layer view maps them onto the grid.

#include <QWidget>

class QComboBox;
class QLabel;
class QSlider;
class QTimer;
class QToolButton;

namespace cd::ui {

class GridStepper : public QWidget
{
    Q_OBJECT

public:
    explicit GridStepper(QWidget *parent = nullptr);

    // 0 disables the controls. The position returns to 0 and playing stops. `rowLength` is
    // the output grid's width, the step of "one row per step".
    void setCount(qint64 count, qint64 rowLength = 1);
    qint64 count() const { return m_count; }
    qint64 current() const { return m_current; }
    bool isPlaying() const;
    // Windows per second while playing (a row's worth per step at "one row per step").
    int speed() const;
    bool isRowPerStep() const;

public Q_SLOTS:
    // Clamped to the count; emits currentChanged() when the position moves.
    void setCurrent(qint64 index);
    void previous();
    void next();
    void setPlaying(bool playing);

Q_SIGNALS:
    void currentChanged(qint64 index);

private:
    void advance();
    void updateControls();
    int sliderValue(qint64 index) const;
    qint64 indexOfSlider(int value) const;

    qint64 m_count = 0;
    qint64 m_rowLength = 1;
    qint64 m_current = 0;
    QSlider *m_slider;
    QToolButton *m_previous;
    QToolButton *m_next;
    QToolButton *m_play;
    QComboBox *m_speed;
    QLabel *m_position;
    QTimer *m_timer;
    bool m_syncing = false; // setting the slider from the position
};

} // namespace cd::ui
