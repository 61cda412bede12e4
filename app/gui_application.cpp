#include "gui_application.h"

namespace cd::cli {

namespace {

// A machine without X or Wayland (a build server, ssh without -X) still renders: Qt would
// refuse to start on its default platform there. A platform the user chose is kept.
void chooseOffscreenWithoutDisplay()
{
    if (qEnvironmentVariableIsSet("QT_QPA_PLATFORM") || qEnvironmentVariableIsSet("DISPLAY")
        || qEnvironmentVariableIsSet("WAYLAND_DISPLAY"))
        return;
    qputenv("QT_QPA_PLATFORM", "offscreen");
}

QtMessageHandler qtHandler = nullptr;

// A headless session (a container, cron, ssh) often has no XDG_RUNTIME_DIR: Qt then says so
// on every start, in a line that is no concern of a picture. Everything else Qt says is passed on.
void withoutRuntimeDirNotice(QtMsgType type, const QMessageLogContext &context,
                             const QString &message)
{
    if (message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set")))
        return;
    if (qtHandler != nullptr)
        qtHandler(type, context, message);
}

} // namespace

std::unique_ptr<QApplication> makeGuiApplication(const char *programName)
{
    chooseOffscreenWithoutDisplay();
    qtHandler = qInstallMessageHandler(withoutRuntimeDirNotice);
    // QApplication keeps references to argc and argv for its whole life.
    static int argc = 1;
    static char *argv[] = {const_cast<char *>(programName), nullptr};
    return std::make_unique<QApplication>(argc, argv);
}

} // namespace cd::cli
