#pragma once

// The QApplication of the CLI's commands that draw with the designer's widgets (render,
// report): on Qt's offscreen platform when there is no display, so that they run on a build
// server or over ssh, and without Qt's notice about a missing XDG_RUNTIME_DIR.

#include <QApplication>

#include <memory>

namespace cd::cli {

// Qt sees only the program's name: the command's own options are no concern of QApplication's.
std::unique_ptr<QApplication> makeGuiApplication(const char *programName);

} // namespace cd::cli
