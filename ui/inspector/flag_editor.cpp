#include "flag_editor.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QSignalBlocker>

namespace cd::ui {

FlagEditor::FlagEditor(const FieldInfo &info, QWidget *parent)
    : FieldEditor(info, parent)
    , m_box(new QCheckBox(this))
{
    m_box->setObjectName(key());
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_box);
    connect(m_box, &QCheckBox::toggled, this,
            [this](bool checked) { Q_EMIT edited(FieldValue(checked)); });
}

void FlagEditor::showValue(const LayerKind &layer)
{
    const std::optional<FieldValue> value = fieldValue(layer, info().key);
    const auto *flag = value ? std::get_if<bool>(&*value) : nullptr;
    if (flag == nullptr || m_box->isChecked() == *flag)
        return;
    const QSignalBlocker blocker(m_box);
    m_box->setChecked(*flag);
}

} // namespace cd::ui
