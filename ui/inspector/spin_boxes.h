#pragma once

// Spin boxes for the format's whole numbers, shared by the layer and network forms.

#include <QString>

#include <cstdint>

class QSpinBox;
class QWidget;

namespace cd::ui {

// A spin box for values from `minimum` up to INT_MAX, named `objectName`.
QSpinBox *createCountBox(const QString &objectName, std::int64_t minimum, QWidget *parent);
// Shows `value` (clamped to the box's range) without emitting valueChanged, and without
// touching the box when it already shows that value, so that typing there is not disturbed.
void setCountBoxValue(QSpinBox *box, std::int64_t value);

} // namespace cd::ui
