#pragma once

// Finds a window's or a menu's action by its object name, failing the test when it is missing.

#include <catch2/catch.hpp>

#include <QAction>
#include <QObject>

namespace cd::ui {

inline QAction *namedAction(const QObject &owner, const char *name)
{
    auto *found = owner.findChild<QAction *>(QString::fromLatin1(name));
    REQUIRE(found != nullptr);
    return found;
}

} // namespace cd::ui
