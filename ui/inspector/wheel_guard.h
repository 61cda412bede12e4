#pragma once

// Lets the mouse wheel scroll a form instead of changing the spin box or combo box that
// happens to be under the pointer: the widget reacts to the wheel only once it has focus.

#include <QObject>

class QWidget;

namespace cd::ui {

class WheelGuard : public QObject
{
    Q_OBJECT

public:
    explicit WheelGuard(QObject *parent = nullptr);

    // Guards `widget` with a filter owned by it.
    static void install(QWidget *widget);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace cd::ui
