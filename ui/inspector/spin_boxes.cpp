#include "spin_boxes.h"

#include "inspector/range_spin_box.h"
#include "inspector/wheel_guard.h"

#include <QSignalBlocker>
#include <QSpinBox>

#include <algorithm>
#include <climits>

namespace cd::ui {

QSpinBox *createCountBox(const QString &objectName, std::int64_t minimum, QWidget *parent)
{
    auto *box = new RangeSpinBox(parent); // says why it refuses a value out of range
    box->setObjectName(objectName);
    box->setRange(static_cast<int>(std::clamp<std::int64_t>(minimum, INT_MIN, INT_MAX)), INT_MAX);
    box->setGroupSeparatorShown(true);
    box->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    box->setAccelerated(true);
    // Qt sizes a spin box for its widest value, INT_MAX: far too wide for a side panel.
    box->setMinimumWidth(box->fontMetrics().horizontalAdvance(QStringLiteral("00000")) + 32);
    WheelGuard::install(box);
    return box;
}

void setCountBoxValue(QSpinBox *box, std::int64_t value)
{
    const int shown
        = static_cast<int>(std::clamp<std::int64_t>(value, box->minimum(), box->maximum()));
    if (box->value() == shown)
        return;
    const QSignalBlocker blocker(box);
    box->setValue(shown);
}

} // namespace cd::ui
