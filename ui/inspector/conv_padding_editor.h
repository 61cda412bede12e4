#pragma once

// A convolution's padding: a mode (explicit / same / valid) and, for explicit, the numbers.

#include "inspector/field_editor.h"

class QComboBox;

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
};

} // namespace cd::ui
