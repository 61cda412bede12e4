// The Catch2 main of the GUI tests: a QApplication on the offscreen platform, so that the real
// widgets run headless.
#define CATCH_CONFIG_RUNNER
#include "canvas/canvas_scene.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QStandardPaths>

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    // Window layout and recent files go to QSettings: keep the tests' own apart from a user's.
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("ConvDesignerTests"));
    QApplication::setApplicationName(QStringLiteral("ui_tests"));
    // Relayouts put nodes in their places at once, so a test reads them right after an edit.
    cd::ui::CanvasScene::setAnimationsEnabled(false);
    return Catch::Session().run(argc, argv);
}
