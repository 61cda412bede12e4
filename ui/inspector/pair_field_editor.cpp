#include "pair_field_editor.h"

#include "inspector/pair_editor.h"

#include <QHBoxLayout>

namespace cd::ui {

PairFieldEditor::PairFieldEditor(const FieldInfo &info, QWidget *parent)
    : FieldEditor(info, parent)
    , m_pair(new PairEditor(key(), info.minimum, this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pair);
    connect(m_pair, &PairEditor::valueChanged, this,
            [this](Pair value) { Q_EMIT edited(FieldValue(value)); });
}

void PairFieldEditor::showValue(const LayerKind &layer)
{
    const std::optional<FieldValue> value = fieldValue(layer, info().key);
    if (const auto *pair = value ? std::get_if<Pair>(&*value) : nullptr)
        m_pair->setValue(*pair);
}

} // namespace cd::ui
