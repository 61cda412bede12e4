#pragma once

// A whole-number field (output channels, groups) as one spin box from its minimum up.

#include "inspector/field_editor.h"

class QSpinBox;

namespace cd::ui {

class CountEditor : public FieldEditor
{
    Q_OBJECT

public:
    explicit CountEditor(const FieldInfo &info, QWidget *parent = nullptr);
    void showValue(const LayerKind &layer) override;

private:
    QSpinBox *m_box;
};

} // namespace cd::ui
