#pragma once

// One editable field of a layer, built from its cd::FieldInfo: shows the field's value and
// reports the user's edits as a cd::FieldValue. The form knows no layer type.

#include "layer_fields.h"

#include <QWidget>

namespace cd::ui {

class FieldEditor : public QWidget
{
    Q_OBJECT

public:
    explicit FieldEditor(const FieldInfo &info, QWidget *parent = nullptr);

    const FieldInfo &info() const { return m_info; }
    QString key() const;
    // Shows the field's value in `layer` without emitting edited().
    virtual void showValue(const LayerKind &layer) = 0;

Q_SIGNALS:
    void edited(const cd::FieldValue &value);

private:
    FieldInfo m_info;
};

// The editor for `info.kind`, with its input widgets named after `info.key`.
FieldEditor *createFieldEditor(const FieldInfo &info, QWidget *parent = nullptr);

} // namespace cd::ui
