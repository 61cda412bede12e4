#pragma once

// A convolution's padding: a mode (explicit / same / valid) and, for explicit, the numbers;
// for "same", the padding it resolves to from the kernel and dilation.

#include "inspector/field_editor.h"

class QComboBox;
class QLabel;

namespace cd::ui {

class PairEditor;

class ConvPaddingEditor : public FieldEditor
{
    Q_OBJECT

public:
    explicit ConvPaddingEditor(const FieldInfo &info, QWidget *parent = nullptr);
    void showValue(const LayerKind &layer) override;

private:
    ConvPaddingValue current() const;

    QComboBox *m_mode; // named `key.mode`
    PairEditor *m_pair;
    QLabel *m_resolved; // named `key.same`: "same: 2×2", shown instead of the numbers
};

} // namespace cd::ui
