#include "input_size_dialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>

namespace cd::ui {

namespace {

QSpinBox *sizeBox(int value, QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setRange(1, 1 << 20);
    box->setValue(value);
    return box;
}

} // namespace

InputSizeDialog::InputSizeDialog(const QString &message, std::optional<std::int64_t> channels,
                                 QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Input size"));
    auto *form = new QFormLayout(this);
    auto *label = new QLabel(message, this);
    label->setWordWrap(true);
    form->addRow(label);
    const bool fixedChannels = channels && *channels <= (1 << 20);
    m_channels = sizeBox(fixedChannels ? static_cast<int>(*channels) : 3, this);
    m_channels->setEnabled(!fixedChannels);
    m_channels->setObjectName(QStringLiteral("channels"));
    m_height = sizeBox(224, this);
    m_height->setObjectName(QStringLiteral("height"));
    m_width = sizeBox(224, this);
    m_width->setObjectName(QStringLiteral("width"));
    form->addRow(tr("Channels"), m_channels);
    form->addRow(tr("Height"), m_height);
    form->addRow(tr("Width"), m_width);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

InputShape InputSizeDialog::shape() const
{
    return {m_channels->value(), m_height->value(), m_width->value()};
}

} // namespace cd::ui
