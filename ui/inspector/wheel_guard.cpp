#include "wheel_guard.h"

#include <QEvent>
#include <QWidget>

namespace cd::ui {

WheelGuard::WheelGuard(QObject *parent)
    : QObject(parent)
{}

void WheelGuard::install(QWidget *widget)
{
    widget->setFocusPolicy(Qt::StrongFocus);
    widget->installEventFilter(new WheelGuard(widget));
}

bool WheelGuard::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Wheel) {
        const auto *widget = qobject_cast<QWidget *>(watched);
        if (widget != nullptr && !widget->hasFocus()) {
            // Ignored and filtered: QApplication passes it on to the scroll area.
            event->ignore();
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace cd::ui
