#pragma once

// A floating-point field: batch norm's eps and momentum (≥ 0), dropout's probability (0..1).

#include "inspector/field_editor.h"

class QDoubleSpinBox;

namespace cd::ui {

class RealEditor : public FieldEditor
{
    Q_OBJECT

public:
    explicit RealEditor(const FieldInfo &info, QWidget *parent = nullptr);
    void showValue(const LayerKind &layer) override;

private:
    QDoubleSpinBox *m_box;
};

} // namespace cd::ui
