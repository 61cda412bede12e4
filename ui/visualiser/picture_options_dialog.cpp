#include "picture_options_dialog.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>

namespace cd::ui {

namespace {

PictureOptionsAnswer g_answer = nullptr;

} // namespace

std::optional<PictureOptions> askPictureOptions(QWidget *parent, const QString &title)
{
    if (g_answer != nullptr)
        return g_answer();
    QDialog dialog(parent);
    dialog.setWindowTitle(title);
    auto *form = new QFormLayout(&dialog);
    auto *scale = new QDoubleSpinBox(&dialog);
    scale->setObjectName(QStringLiteral("pictureScale"));
    scale->setRange(0.25, 8.0);
    scale->setDecimals(2);
    scale->setSingleStep(0.5);
    scale->setValue(PictureOptions{}.scale);
    scale->setSuffix(QStringLiteral("\u00d7"));
    form->addRow(QObject::tr("Scale (2 suits slides):"), scale);
    auto *background = new QComboBox(&dialog);
    background->setObjectName(QStringLiteral("pictureBackground"));
    // The theme's ground: white in the light and high-contrast themes, dark in the dark one.
    background->addItem(QObject::tr("Theme Background"));
    background->addItem(QObject::tr("Transparent"));
    form->addRow(QObject::tr("Background:"), background);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return PictureOptions{scale->value(), background->currentIndex() == 1
                                              ? PictureBackground::Transparent
                                              : PictureBackground::Theme};
}

void setPictureOptionsAnswer(PictureOptionsAnswer answer)
{
    g_answer = answer;
}

} // namespace cd::ui
