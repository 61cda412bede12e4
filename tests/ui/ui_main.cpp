// The Catch2 main of the GUI tests: a QApplication on the offscreen platform, so that the real
// widgets run headless.
#define CATCH_CONFIG_RUNNER
#include "canvas/canvas_scene.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QStandardPaths>
#include <QTemporaryDir>

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // ctest runs every test case as its own process, several at once: each process gets a home
    // of its own, so that settings (window layout, presentation scale, recent files) and
    // recovery files one case writes never meet another's. A child process a test starts
    // inherits it.
    QTemporaryDir home;
    if (qEnvironmentVariableIsEmpty("CONVDESIGNER_TEST_HOME")) {
        qputenv("CONVDESIGNER_TEST_HOME", home.path().toLocal8Bit());
        qputenv("HOME", home.path().toLocal8Bit());
        qputenv("XDG_CONFIG_HOME", (home.path() + QStringLiteral("/config")).toLocal8Bit());
        qputenv("XDG_DATA_HOME", (home.path() + QStringLiteral("/data")).toLocal8Bit());
    }
    QApplication app(argc, argv);
    // Window layout and recent files go to QSettings: keep the tests' own apart from a user's.
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("ConvDesignerTests"));
    QApplication::setApplicationName(QStringLiteral("ui_tests"));
    // Relayouts put nodes in their places at once, so a test reads them right after an edit.
    cd::ui::CanvasScene::setAnimationsEnabled(false);
    return Catch::Session().run(argc, argv);
}
