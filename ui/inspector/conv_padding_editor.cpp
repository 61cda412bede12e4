#include "conv_padding_editor.h"

#include "inspector/pair_editor.h"
#include "inspector/wheel_guard.h"

#include <QComboBox>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace cd::ui {

ConvPaddingEditor::ConvPaddingEditor(const FieldInfo &info, QWidget *parent)
    : FieldEditor(info, parent)
    , m_mode(new QComboBox(this))
    , m_pair(new PairEditor(key(), info.minimum, this))
{
    m_mode->setObjectName(key() + QStringLiteral(".mode"));
    m_mode->addItem(tr("explicit"), static_cast<int>(PaddingMode::Explicit));
    m_mode->addItem(tr("same (keeps the size)"), static_cast<int>(PaddingMode::Same));
    m_mode->addItem(tr("valid (no padding)"), static_cast<int>(PaddingMode::Valid));
    WheelGuard::install(m_mode);
    m_mode->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_mode->setMinimumContentsLength(8);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_mode);
    layout->addWidget(m_pair);
    connect(m_mode, &QComboBox::currentIndexChanged, this, [this] {
        m_pair->setEnabled(current().mode == PaddingMode::Explicit);
        Q_EMIT edited(FieldValue(current()));
    });
    connect(m_pair, &PairEditor::valueChanged, this,
            [this] { Q_EMIT edited(FieldValue(current())); });
}

void ConvPaddingEditor::showValue(const LayerKind &layer)
{
    const std::optional<FieldValue> value = fieldValue(layer, info().key);
    const auto *padding = value ? std::get_if<ConvPaddingValue>(&*value) : nullptr;
    if (padding == nullptr)
        return;
    const QSignalBlocker blocker(m_mode);
    m_mode->setCurrentIndex(m_mode->findData(static_cast<int>(padding->mode)));
    m_pair->setEnabled(padding->mode == PaddingMode::Explicit);
    m_pair->setValue(padding->padding);
}

ConvPaddingValue ConvPaddingEditor::current() const
{
    return {static_cast<PaddingMode>(m_mode->currentData().toInt()), m_pair->value()};
}

} // namespace cd::ui
