// `convdesigner-cli render` against File ▸ Export Picture: the CLI, run as a user runs it on a
// machine without a display, writes the very picture the main window exports right after
// opening the same file (the same SVG text, the same PNG pixels), for every view.

#include "document.h"
#include "main_window.h"
#include "memory/memory_panel.h"
#include "memory/memory_timeline_chart.h"
#include "named_action.h"
#include "nin_document.h"
#include "render/view_render.h"
#include "visualiser/picture_export.h"
#include "visualiser/picture_options_dialog.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QFile>
#include <QFileDialog>
#include <QImage>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

namespace cd::ui {

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

// The CLI with no display of any kind in its environment: it must pick a platform itself.
QProcessEnvironment headless()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        environment.remove(QString::fromLatin1(name));
    return environment;
}

void renderWithCli(const QString &file, const QString &view, const QString &output,
                   const QStringList &extra = {})
{
    QProcess cli;
    cli.setProcessEnvironment(headless());
    cli.start(QStringLiteral(CONVDESIGNER_CLI),
              QStringList{QStringLiteral("render"), file, QStringLiteral("--view"), view,
                          QStringLiteral("-o"), output}
                  + extra);
    REQUIRE(cli.waitForFinished(60000));
    INFO(cli.readAllStandardError().toStdString());
    REQUIRE(cli.exitStatus() == QProcess::NormalExit);
    REQUIRE(cli.exitCode() == 0);
}

qreal answeredScale = 1;

std::optional<PictureOptions> answerScale()
{
    return PictureOptions{answeredScale, PictureBackground::Theme};
}

// Types `path` into the save dialog the next export opens, and presses Save.
void answerNextFileDialog(const QString &path)
{
    QTimer::singleShot(0, [path] {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            auto *dialog = qobject_cast<QFileDialog *>(widget);
            if (dialog != nullptr && dialog->isVisible()) {
                dialog->selectFile(path);
                static_cast<QDialog *>(dialog)->accept(); // QFileDialog hides it
            }
        }
    });
}

// File ▸ Export Picture ▸ `action`, the dialogs answered with `path` and, for a PNG, `scale`.
void exportWithWindow(MainWindow &window, const QString &action, const QString &path,
                      qreal scale)
{
    QAction *entry = namedAction(window, action.toLatin1().constData());
    REQUIRE(entry->isEnabled());
    answeredScale = scale;
    setPictureOptionsAnswer(&answerScale);
    answerNextFileDialog(path);
    entry->trigger();
    setPictureOptionsAnswer(nullptr);
    REQUIRE(QFile::exists(path));
}

void waitForCoverage(Document &document)
{
    if (document.isAnalysing()) {
        QSignalSpy done(&document, &Document::analysingChanged);
        REQUIRE(done.wait(60000));
    }
}

LayerId layerNamed(const Document &document, const QString &name)
{
    for (const LayerReport &layer : document.analysis().layers)
        if (QString::fromStdString(layer.name) == name)
            return layer.id;
    FAIL("no layer " << name.toStdString());
    return 0;
}

// Shown, as a user sees it (the docks laid out, the memory chart at its size on screen), with
// `file` open, its coverage walked, and for a layer:NAME view that layer current.
void openAsUser(MainWindow &window, const QString &file, const QString &spec)
{
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(window.openFile(file));
    waitForCoverage(*window.document());
    if (spec.startsWith(QLatin1String("layer:")))
        window.document()->setCurrentLayer(layerNamed(*window.document(), spec.mid(6)));
}

struct ViewCase
{
    const char *file;   // in resources/examples
    const char *view;   // --view
    const char *action; // the window's export action, without Png or Svg
};

} // namespace

TEST_CASE("render writes the picture File > Export Picture writes, for every view", "[render]")
{
    const ViewCase view = GENERATE(ViewCase{"nin.cnn.json", "network", "exportNetwork"},
                                   ViewCase{"nin.cnn.json", "layer:pool1", "exportLayerView"},
                                   ViewCase{"nin.cnn.json", "layer:nin1", "exportLayerView"},
                                   ViewCase{"nin.cnn.json", "coverage", "exportCoverage"},
                                   ViewCase{"nin.cnn.json", "memory", "exportMemoryChart"},
                                   ViewCase{"resnet18.cnn.json", "network", "exportNetwork"},
                                   ViewCase{"resnet18.cnn.json", "layer:b1_conv",
                                            "exportLayerView"},
                                   ViewCase{"resnet18.cnn.json", "coverage", "exportCoverage"},
                                   ViewCase{"resnet18.cnn.json", "memory", "exportMemoryChart"});
    const QString file = QStringLiteral(CONVDESIGNER_EXAMPLES "/") + QString::fromLatin1(view.file);
    const QString spec = QString::fromLatin1(view.view);
    const QString action = QString::fromLatin1(view.action);
    INFO(view.file << " --view " << view.view);

    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    MainWindow window;
    openAsUser(window, file, spec);

    SECTION("SVG: the same text")
    {
        const QString fromWindow = dir.filePath(QStringLiteral("window.svg"));
        const QString fromCli = dir.filePath(QStringLiteral("cli.svg"));
        exportWithWindow(window, action + QStringLiteral("Svg"), fromWindow, 1);
        renderWithCli(file, spec, fromCli);
        const QByteArray svg = readAll(fromCli);
        CHECK(svg.startsWith("<?xml"));
        CHECK(svg == readAll(fromWindow));
    }
    SECTION("PNG at scale 1 and 2: the same pixels")
    {
        const qreal scale = GENERATE(1.0, 2.0);
        const QString fromWindow = dir.filePath(QStringLiteral("window.png"));
        const QString fromCli = dir.filePath(QStringLiteral("cli.png"));
        exportWithWindow(window, action + QStringLiteral("Png"), fromWindow, scale);
        renderWithCli(file, spec, fromCli, {QStringLiteral("--scale"), QString::number(scale)});
        const QImage cli(fromCli);
        const QImage gui(fromWindow);
        REQUIRE_FALSE(cli.isNull());
        CHECK(cli.size() == gui.size());
        CHECK(cli == gui);
    }
}

TEST_CASE("render --theme dark draws what the window exports in View > Theme > Dark", "[render]")
{
    const ViewCase view = GENERATE(ViewCase{"nin.cnn.json", "network", "exportNetwork"},
                                   ViewCase{"nin.cnn.json", "layer:pool1", "exportLayerView"},
                                   ViewCase{"nin.cnn.json", "coverage", "exportCoverage"},
                                   ViewCase{"resnet18.cnn.json", "memory", "exportMemoryChart"});
    const QString file = QStringLiteral(CONVDESIGNER_EXAMPLES "/") + QString::fromLatin1(view.file);
    const QString spec = QString::fromLatin1(view.view);
    INFO(view.file << " --view " << view.view);
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    MainWindow window;
    namedAction(window, "themeDarkAction")->trigger();
    openAsUser(window, file, spec);

    const QString fromWindow = dir.filePath(QStringLiteral("window.png"));
    const QString dark = dir.filePath(QStringLiteral("dark.png"));
    const QString light = dir.filePath(QStringLiteral("light.png"));
    exportWithWindow(window, QString::fromLatin1(view.action) + QStringLiteral("Png"), fromWindow,
                     1);
    namedAction(window, "themeLightAction")->trigger(); // the next test starts light again
    renderWithCli(file, spec, dark, {QStringLiteral("--theme"), QStringLiteral("dark")});
    renderWithCli(file, spec, light);
    const QImage cli(dark);
    REQUIRE_FALSE(cli.isNull());
    CHECK(cli == QImage(fromWindow));
    // Dark means a dark ground where the light picture has a light one.
    CHECK(qGray(cli.pixel(0, 0)) < 80);
    CHECK(qGray(QImage(light).pixel(0, 0)) > 200);
}

TEST_CASE("the memory chart exports at one size, whatever its size on screen", "[render]")
{
    Document document;
    loadNin(document);
    MemoryPanel panel(&document);
    MemoryTimelineChart *chart = panel.timelineChart();
    REQUIRE(chart->hasPicture());
    chart->resize(420, 200);
    const QByteArray narrow = svgText(*chart, QStringLiteral("t"));
    chart->resize(1300, 500);
    const QByteArray wide = svgText(*chart, QStringLiteral("t"));
    CHECK(chart->pictureSize() == QSizeF(MemoryTimelineChart::pictureExportSize));
    CHECK(narrow == wide);
    CHECK(renderPicture(*chart, 2).size() == MemoryTimelineChart::pictureExportSize * 2);
}

TEST_CASE("one renderer draws many views of a network, each as render draws it alone",
          "[render]")
{
    Document document;
    loadNin(document);
    const Network &nin = document.network();
    ViewRenderer renderer(nin);
    // Layers first: showing one must move neither the canvas nor the other layers' windows.
    const QStringList specs = {QStringLiteral("layer:pool1"), QStringLiteral("layer:nin2"),
                               QStringLiteral("network"),     QStringLiteral("coverage"),
                               QStringLiteral("memory"),      QStringLiteral("layer:pool1")};
    for (const QString &text : specs) {
        INFO(text.toStdString());
        const std::optional<ViewSpec> spec = parseViewSpec(text, nullptr);
        REQUIRE(spec);
        const RenderResult many = renderer.render(*spec, RenderFormat::Svg);
        REQUIRE(many.ok());
        CHECK(many.bytes.contains(renderTitle(spec->view).toUtf8()));
        CHECK(many.bytes == renderView(nin, *spec, RenderFormat::Svg).bytes);
    }
}

TEST_CASE("render waits for coverage walked on a worker", "[render]")
{
    Document document;
    loadNin(document);
    const ViewSpec coverage{RenderedView::Coverage, {}};
    const QByteArray atOnce = renderView(document.network(), coverage, RenderFormat::Svg).bytes;
    const std::int64_t threshold = Document::coverageThreshold();
    Document::setCoverageThreshold(0); // every walk on a worker
    const RenderResult walked = renderView(document.network(), coverage, RenderFormat::Svg);
    Document::setCoverageThreshold(threshold);
    REQUIRE(walked.ok());
    CHECK(walked.bytes == atOnce);
}

} // namespace cd::ui
