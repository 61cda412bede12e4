#pragma once

// Mouse gestures on a canvas view's viewport, as a user makes them: the GUI tests drag nodes,
// wires and rubber bands with real events rather than calling the scene.

#include <QApplication>
#include <QMouseEvent>
#include <QWidget>

namespace cd::ui::test {

inline void sendMouse(QWidget *viewport, QEvent::Type type, QPoint pos, Qt::MouseButtons buttons,
                      Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QMouseEvent event(type, QPointF(pos), QPointF(viewport->mapToGlobal(pos)), Qt::LeftButton,
                      buttons, modifiers);
    QApplication::sendEvent(viewport, &event);
}

// Press on `from` and drag through the middle to `to`, without releasing.
inline void dragMouse(QWidget *viewport, QPoint from, QPoint to,
                      Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    sendMouse(viewport, QEvent::MouseButtonPress, from, Qt::LeftButton, modifiers);
    sendMouse(viewport, QEvent::MouseMove, (from + to) / 2, Qt::LeftButton, modifiers);
    sendMouse(viewport, QEvent::MouseMove, to, Qt::LeftButton, modifiers);
}

inline void release(QWidget *viewport, QPoint at, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    sendMouse(viewport, QEvent::MouseButtonRelease, at, Qt::NoButton, modifiers);
}

inline void click(QWidget *viewport, QPoint at, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    sendMouse(viewport, QEvent::MouseButtonPress, at, Qt::LeftButton, modifiers);
    release(viewport, at, modifiers);
}

} // namespace cd::ui::test
