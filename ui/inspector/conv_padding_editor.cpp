#include "conv_padding_editor.h"

#include "inspector/pair_editor.h"
#include "inspector/wheel_guard.h"
#include "qt_text.h"
#include "same_padding.h"

#include <QComboBox>
#include <QLabel>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace cd::ui {

ConvPaddingEditor::ConvPaddingEditor(const FieldInfo &info, QWidget *parent)
    : FieldEditor(info, parent)
    , m_mode(new QComboBox(this))
    , m_pair(new PairEditor(key(), info.minimum, this))
    , m_resolved(new QLabel(this))
{
    m_resolved->setObjectName(key() + QStringLiteral(".same"));
    m_resolved->setTextFormat(Qt::PlainText);
    m_resolved->setWordWrap(true);
    m_resolved->setToolTip(tr("Total dilation \u00b7 (kernel \u2212 1) per dimension, the "
                              "smaller half at the top and left"));
    m_resolved->hide();
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
    layout->addWidget(m_resolved);
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
    // "same" ignores the numbers: say what it pads instead of showing a greyed 0×0.
    const bool same = padding->mode == PaddingMode::Same;
    m_pair->setVisible(!same);
    m_resolved->setVisible(same);
    if (same) {
        const std::optional<FieldValue> kernel = fieldValue(layer, "kernel");
        const std::optional<FieldValue> dilation = fieldValue(layer, "dilation");
        const Pair *k = kernel ? std::get_if<Pair>(&*kernel) : nullptr;
        const Pair *d = dilation ? std::get_if<Pair>(&*dilation) : nullptr;
        const std::string text = k && d ? samePaddingText(*k, *d) : std::string();
        m_resolved->setText(text.empty() ? tr("same: needs a kernel and dilation of at least 1")
                                         : qtText(text));
    }
}

ConvPaddingValue ConvPaddingEditor::current() const
{
    return {static_cast<PaddingMode>(m_mode->currentData().toInt()), m_pair->value()};
}

} // namespace cd::ui
