#pragma once

// A height/width field (kernel, stride, dilation) as a PairEditor.

#include "inspector/field_editor.h"

namespace cd::ui {

class PairEditor;

class PairFieldEditor : public FieldEditor
{
    Q_OBJECT

public:
    explicit PairFieldEditor(const FieldInfo &info, QWidget *parent = nullptr);
    void showValue(const LayerKind &layer) override;

private:
    PairEditor *m_pair;
};

} // namespace cd::ui
