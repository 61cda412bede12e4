#include "grid_stepper.h"

#include "qt_text.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSlider>
#include <QStyle>
#include <QTimer>
#include <QToolButton>

#include <algorithm>
#include <climits>

namespace cd::ui {

namespace {

// Faster than a screen refresh a step would not be seen: above 60 windows a second, a tick
// moves several windows.
constexpr int minInterval = 16;
constexpr int defaultSpeedIndex = 1;
// The speed combo's entry for "one row per step" (its data), and that mode's step interval.
constexpr int rowPerStep = 0;
constexpr int rowInterval = 250;

QToolButton *createButton(QStyle::StandardPixmap icon, const QString &text, const QString &name,
                          QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(name);
    button->setIcon(parent->style()->standardIcon(icon));
    button->setText(text);
    button->setToolTip(text);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setAutoRaise(true);
    return button;
}

} // namespace

GridStepper::GridStepper(QWidget *parent)
    : QWidget(parent)
    , m_slider(new QSlider(Qt::Horizontal, this))
    , m_previous(createButton(QStyle::SP_MediaSeekBackward, tr("Previous"),
                              QStringLiteral("previous"), this))
    , m_next(createButton(QStyle::SP_MediaSeekForward, tr("Next"), QStringLiteral("next"), this))
    , m_play(createButton(QStyle::SP_MediaPlay, tr("Play"), QStringLiteral("play"), this))
    , m_speed(new QComboBox(this))
    , m_position(new QLabel(this))
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("stepper"));
    m_slider->setObjectName(QStringLiteral("windowSlider"));
    m_slider->setToolTip(tr("The current window, row by row over the output grid"));
    m_speed->setObjectName(QStringLiteral("speed"));
    m_speed->setToolTip(tr("Windows per second while playing"));
    // NiN's first layer has 2,916 windows: ten minutes at 5 a second, half a minute at 100,
    // fifteen seconds a row at a time.
    for (const int rate : {1, 5, 20, 100})
        m_speed->addItem(tr("%1 / s").arg(rate), rate);
    m_speed->addItem(tr("one row per step"), rowPerStep);
    m_speed->setCurrentIndex(defaultSpeedIndex);
    m_play->setCheckable(true);
    m_position->setObjectName(QStringLiteral("position"));
    m_position->setMinimumWidth(m_position->fontMetrics().horizontalAdvance(
        tr("window %1 of %2").arg(thousands(1000000), thousands(1000000))));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_previous);
    layout->addWidget(m_play);
    layout->addWidget(m_next);
    layout->addWidget(m_speed);
    layout->addWidget(m_slider, 1);
    layout->addWidget(m_position);

    connect(m_previous, &QToolButton::clicked, this, &GridStepper::previous);
    connect(m_next, &QToolButton::clicked, this, &GridStepper::next);
    connect(m_play, &QToolButton::toggled, this, &GridStepper::setPlaying);
    connect(m_timer, &QTimer::timeout, this, &GridStepper::advance);
    connect(m_speed, &QComboBox::currentIndexChanged, this, [this] {
        if (isPlaying())
            setPlaying(true); // picks up the new interval
    });
    connect(m_slider, &QSlider::valueChanged, this, [this](int value) {
        if (!m_syncing)
            setCurrent(indexOfSlider(value));
    });
    updateControls();
}

void GridStepper::setCount(qint64 count, qint64 rowLength)
{
    setPlaying(false);
    m_count = std::max<qint64>(count, 0);
    m_rowLength = std::max<qint64>(rowLength, 1);
    m_current = 0;
    m_syncing = true;
    m_slider->setRange(0, sliderValue(m_count - 1));
    m_slider->setValue(0);
    m_syncing = false;
    updateControls();
}

bool GridStepper::isPlaying() const
{
    return m_timer->isActive();
}

bool GridStepper::isRowPerStep() const
{
    return m_speed->currentData().toInt() == rowPerStep;
}

int GridStepper::speed() const
{
    if (isRowPerStep())
        return static_cast<int>(std::min<qint64>(m_rowLength * 1000 / rowInterval, INT_MAX));
    return m_speed->currentData().toInt();
}

void GridStepper::setCurrent(qint64 index)
{
    index = std::clamp<qint64>(index, 0, std::max<qint64>(m_count - 1, 0));
    if (index == m_current)
        return;
    m_current = index;
    m_syncing = true;
    m_slider->setValue(sliderValue(index));
    m_syncing = false;
    updateControls();
    Q_EMIT currentChanged(m_current);
}

void GridStepper::previous()
{
    setCurrent(m_current - 1);
}

void GridStepper::next()
{
    setCurrent(m_current + 1);
}

void GridStepper::setPlaying(bool playing)
{
    if (playing && m_count > 1) {
        if (m_current >= m_count - 1)
            setCurrent(0); // Play at the end starts over
        m_timer->start(isRowPerStep() ? rowInterval
                                      : std::max(minInterval, 1000 / std::max(speed(), 1)));
    } else {
        m_timer->stop();
    }
    const QSignalBlocker blocker(m_play);
    m_play->setChecked(isPlaying());
    m_play->setIcon(
        style()->standardIcon(isPlaying() ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    m_play->setText(isPlaying() ? tr("Pause") : tr("Play"));
}

void GridStepper::advance()
{
    const qint64 perTick = isRowPerStep()
                               ? m_rowLength
                               : std::max<qint64>(1, speed() * m_timer->interval() / 1000);
    setCurrent(m_current + perTick);
    if (m_current >= m_count - 1)
        setPlaying(false);
}

void GridStepper::updateControls()
{
    const bool any = m_count > 0;
    m_slider->setEnabled(m_count > 1);
    m_previous->setEnabled(any && m_current > 0);
    m_next->setEnabled(any && m_current < m_count - 1);
    m_play->setEnabled(m_count > 1);
    m_speed->setEnabled(m_count > 1);
    m_position->setText(
        any ? tr("window %1 of %2").arg(thousands(m_current + 1), thousands(m_count)) : QString());
}

// A slider holds an int; beyond INT_MAX windows it moves in proportional steps.
int GridStepper::sliderValue(qint64 index) const
{
    if (m_count - 1 <= INT_MAX)
        return static_cast<int>(std::max<qint64>(index, 0));
    return static_cast<int>(static_cast<double>(index) / static_cast<double>(m_count - 1)
                            * INT_MAX);
}

qint64 GridStepper::indexOfSlider(int value) const
{
    if (m_count - 1 <= INT_MAX)
        return value;
    return static_cast<qint64>(static_cast<double>(value) / INT_MAX
                               * static_cast<double>(m_count - 1));
}

} // namespace cd::ui
