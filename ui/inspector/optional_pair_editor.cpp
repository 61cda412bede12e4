#include "optional_pair_editor.h"

#include "inspector/pair_editor.h"

#include <QCheckBox>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace cd::ui {

OptionalPairEditor::OptionalPairEditor(const FieldInfo &info, QWidget *parent)
    : FieldEditor(info, parent)
    , m_followsKernel(new QCheckBox(tr("same as kernel"), this))
    , m_pair(new PairEditor(key(), info.minimum, this))
{
    m_followsKernel->setObjectName(key() + QStringLiteral(".followsKernel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_pair);
    layout->addWidget(m_followsKernel);
    connect(m_followsKernel, &QCheckBox::toggled, this, [this](bool follows) {
        m_pair->setEnabled(!follows);
        Q_EMIT edited(follows ? FieldValue(std::optional<Pair>())
                              : FieldValue(std::optional<Pair>(m_pair->value())));
    });
    connect(m_pair, &PairEditor::valueChanged, this,
            [this](Pair value) { Q_EMIT edited(FieldValue(std::optional<Pair>(value))); });
}

void OptionalPairEditor::showValue(const LayerKind &layer)
{
    const std::optional<FieldValue> value = fieldValue(layer, info().key);
    const auto *stride = value ? std::get_if<std::optional<Pair>>(&*value) : nullptr;
    if (stride == nullptr)
        return;
    const QSignalBlocker blocker(m_followsKernel);
    m_followsKernel->setChecked(!stride->has_value());
    m_pair->setEnabled(stride->has_value());
    if (stride->has_value()) {
        m_pair->setValue(**stride);
        return;
    }
    // Unset follows the kernel: show what the layer will use.
    const std::optional<FieldValue> kernel = fieldValue(layer, "kernel");
    if (const auto *pair = kernel ? std::get_if<Pair>(&*kernel) : nullptr)
        m_pair->setValue(*pair);
}

} // namespace cd::ui
