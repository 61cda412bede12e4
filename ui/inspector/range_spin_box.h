#pragma once

// A spin box that says why it refused what was typed: Qt silently puts the previous value
// back when a number is out of range (stride 0), and the user is left to guess.

#include <QSpinBox>

namespace cd::ui {

class RangeSpinBox : public QSpinBox
{
    Q_OBJECT

public:
    explicit RangeSpinBox(QWidget *parent = nullptr);

    // What the refusal calls the value: "stride height"; by default the object name's words.
    QString fieldName() const;

    // "stride height: 0 is out of range, it must be at least 1; kept 2".
    QString refusalText(const QString &typed) const;

Q_SIGNALS:
    void refused(const QString &message);

protected:
    // Qt calls this when editing finishes on text it does not accept, just before it restores
    // the previous value.
    void fixup(QString &input) const override;
};

} // namespace cd::ui
