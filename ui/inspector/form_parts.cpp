#include "form_parts.h"

#include "theme/text_styles.h"

#include <QCoreApplication>
#include <QFormLayout>
#include <QLabel>

namespace cd::ui {

QLabel *createTitleLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("title"));
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.35);
    font.setBold(true);
    label->setFont(font);
    label->setTextFormat(Qt::PlainText);
    return label;
}

QLabel *createSubtitleLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("subtitle"));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    setTextStyle(label, TextStyle::Muted);
    return label;
}

QLabel *createSectionLabel(const char *text, QWidget *parent)
{
    auto *label = new QLabel(QCoreApplication::translate("cd::ui::Inspector", text), parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    label->setContentsMargins(0, 10, 0, 2);
    return label;
}

QLabel *createErrorLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("error"));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    setTextStyle(label, TextStyle::ErrorBox);
    label->hide();
    return label;
}

QLabel *createRefusalLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    setTextStyle(label, TextStyle::Error);
    label->hide();
    return label;
}

QFormLayout *createFormLayout()
{
    auto *form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    form->setHorizontalSpacing(12);
    form->setVerticalSpacing(6);
    return form;
}

void setErrorText(QLabel *label, const QString &text)
{
    if (label->text() != text)
        label->setText(text);
    label->setVisible(!text.isEmpty());
}

} // namespace cd::ui
