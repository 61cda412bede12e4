#include "range_spin_box.h"

#include <climits>

namespace cd::ui {

RangeSpinBox::RangeSpinBox(QWidget *parent)
    : QSpinBox(parent)
{}

QString RangeSpinBox::fieldName() const
{
    QString name = objectName();
    name.replace(QLatin1Char('.'), QLatin1Char(' '));
    name.replace(QLatin1Char('_'), QLatin1Char(' '));
    return name;
}

QString RangeSpinBox::refusalText(const QString &typed) const
{
    const QString range = maximum() == INT_MAX
                              ? tr("it must be at least %1").arg(minimum())
                              : tr("it must be from %1 to %2").arg(minimum()).arg(maximum());
    const QString shown = typed.trimmed();
    if (shown.isEmpty())
        return tr("%1: needs a whole number, %2; kept %3").arg(fieldName(), range).arg(value());
    return tr("%1: %2 is out of range, %3; kept %4")
        .arg(fieldName(), shown, range)
        .arg(value());
}

void RangeSpinBox::fixup(QString &input) const
{
    QSpinBox::fixup(input);
    QString copy = input;
    int position = 0;
    if (validate(copy, position) != QValidator::Acceptable)
        Q_EMIT const_cast<RangeSpinBox *>(this)->refused(refusalText(input));
}

} // namespace cd::ui
