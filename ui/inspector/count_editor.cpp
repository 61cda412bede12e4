#include "count_editor.h"

#include "inspector/spin_boxes.h"

#include <QHBoxLayout>
#include <QSpinBox>

namespace cd::ui {

CountEditor::CountEditor(const FieldInfo &info, QWidget *parent)
    : FieldEditor(info, parent)
    , m_box(createCountBox(key(), info.minimum, this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_box);
    connect(m_box, &QSpinBox::valueChanged, this,
            [this](int value) { Q_EMIT edited(FieldValue(std::int64_t{value})); });
}

void CountEditor::showValue(const LayerKind &layer)
{
    const std::optional<FieldValue> value = fieldValue(layer, info().key);
    if (const auto *count = value ? std::get_if<std::int64_t>(&*value) : nullptr)
        setCountBoxValue(m_box, *count);
}

} // namespace cd::ui
