#pragma once

// A true/false field (bias, ceil_mode) as a check box.

#include "inspector/field_editor.h"

class QCheckBox;

namespace cd::ui {

class FlagEditor : public FieldEditor
{
    Q_OBJECT

public:
    explicit FlagEditor(const FieldInfo &info, QWidget *parent = nullptr);
    void showValue(const LayerKind &layer) override;

private:
    QCheckBox *m_box;
};

} // namespace cd::ui
