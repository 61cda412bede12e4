#include "real_editor.h"

#include "inspector/wheel_guard.h"

#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QSignalBlocker>

namespace cd::ui {

RealEditor::RealEditor(const FieldInfo &info, QWidget *parent)
    : FieldEditor(info, parent)
    , m_box(new QDoubleSpinBox(this))
{
    m_box->setObjectName(key());
    m_box->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    if (info.kind == FieldKind::Probability) {
        m_box->setDecimals(3);
        m_box->setRange(0.0, 1.0);
        m_box->setSingleStep(0.05);
    } else {
        // eps is about 1e-5, momentum about 0.1: steps follow the value's magnitude.
        m_box->setDecimals(6);
        m_box->setRange(0.0, 1e9);
        m_box->setStepType(QAbstractSpinBox::AdaptiveDecimalStepType);
    }
    WheelGuard::install(m_box);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_box);
    connect(m_box, &QDoubleSpinBox::valueChanged, this,
            [this](double value) { Q_EMIT edited(FieldValue(value)); });
}

void RealEditor::showValue(const LayerKind &layer)
{
    const std::optional<FieldValue> value = fieldValue(layer, info().key);
    const auto *real = value ? std::get_if<double>(&*value) : nullptr;
    // Compare what the box would show, so a value it rounds does not count as a change.
    if (real == nullptr || m_box->textFromValue(*real) == m_box->textFromValue(m_box->value()))
        return;
    const QSignalBlocker blocker(m_box);
    m_box->setValue(*real);
}

} // namespace cd::ui
