#pragma once

// A pool's stride: either "same as kernel" (unset, as PyTorch's default) or its own pair.

#include "inspector/field_editor.h"

class QCheckBox;

namespace cd::ui {

class PairEditor;

class OptionalPairEditor : public FieldEditor
{
    Q_OBJECT

public:
    explicit OptionalPairEditor(const FieldInfo &info, QWidget *parent = nullptr);
    void showValue(const LayerKind &layer) override;

private:
    QCheckBox *m_followsKernel; // named `key.followsKernel`
    PairEditor *m_pair;
};

} // namespace cd::ui
