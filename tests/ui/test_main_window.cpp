// The designer's main window as a user drives it: files, examples, CSV export, edits.

#include "document.h"
#include "edits.h"
#include "canvas/canvas_scene.h"
#include "canvas/canvas_view.h"
#include "canvas/layer_block_item.h"
#include "main_window.h"
#include "memory/memory_timeline_chart.h"
#include "table/layer_table_model.h"
#include "table/layer_table_view.h"
#include "table/table_rows.h"
#include "visualiser/layer_view.h"
#include "visualiser/network_view.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QDockWidget>
#include <QFile>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

namespace {

// The layer table's columns, found by their keys in core's column description.
const int ColumnOutput = cd::ui::layerTableColumn("output");

// Dismisses the next modal dialog (the error box of a bad file) once it is shown.
void closeNextMessageBox()
{
    QTimer::singleShot(0, [] {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (auto *box = qobject_cast<QMessageBox *>(widget))
                box->accept();
        }
    });
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

const QString ninResource = QStringLiteral(":/examples/nin.cnn.json");

} // namespace

TEST_CASE("the designer starts on an example with every panel")
{
    cd::ui::MainWindow window;
    window.openExample(ninResource);
    CHECK(window.document()->network().layers.size() == 10);
    CHECK_FALSE(window.document()->isModified());
    for (const char *dock : {"paletteDock", "inspectorDock", "memoryDock", "tableDock"})
        CHECK(window.findChild<QDockWidget *>(QString::fromLatin1(dock)) != nullptr);
    QStringList menus;
    for (QAction *action : window.menuBar()->actions())
        menus << action->text().remove(QLatin1Char('&'));
    CHECK(menus == QStringList{QStringLiteral("File"), QStringLiteral("Edit"),
                               QStringLiteral("View"), QStringLiteral("Help")});
}

TEST_CASE("save then open gives the same network and a clean title")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("nin.cnn.json"));
    cd::ui::MainWindow window;
    window.openExample(ninResource);
    cd::ui::Document *document = window.document();
    const cd::LayerId first = document->network().layers.front().id;
    cd::ui::setLayerField(document, first, "stride", cd::FieldValue(cd::Pair::square(2)));
    CHECK(document->isModified());
    REQUIRE(window.saveTo(path));
    CHECK_FALSE(document->isModified());
    CHECK(document->filePath() == QFileInfo(path).absoluteFilePath());

    cd::ui::MainWindow reopened;
    REQUIRE(reopened.openFile(path));
    CHECK(reopened.document()->network() == document->network());
    CHECK(reopened.windowTitle().startsWith(QStringLiteral("nin.cnn.json")));
}

TEST_CASE("a bad file leaves the open document as it was")
{
    QTemporaryDir dir;
    const QString bad = dir.filePath(QStringLiteral("bad.cnn.json"));
    QFile file(bad);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(R"({"format": "convdesigner-network", "version": 1, "layers": [})");
    file.close();

    cd::ui::MainWindow window;
    window.openExample(ninResource);
    cd::ui::Document *document = window.document();
    cd::ui::appendNewLayer(document, cd::LayerType::ReLU); // unsaved work
    const cd::Network before = document->network();
    const int undoSteps = document->undoStack()->count();

    closeNextMessageBox();
    CHECK_FALSE(window.openFile(bad));
    CHECK(document->network() == before);
    CHECK(document->undoStack()->count() == undoSteps);
    CHECK(document->isModified());
}

TEST_CASE("saving into a missing folder fails and keeps the document modified")
{
    QTemporaryDir dir;
    cd::ui::MainWindow window;
    window.openExample(ninResource);
    cd::ui::appendNewLayer(window.document(), cd::LayerType::ReLU);
    closeNextMessageBox();
    CHECK_FALSE(window.saveTo(dir.filePath(QStringLiteral("missing/x.cnn.json"))));
    CHECK(window.document()->isModified());
    CHECK(window.document()->filePath().isEmpty());
}

TEST_CASE("Export table writes the bytes analyze prints for CSV and Markdown and LaTeX")
{
    using Format = cd::ui::MainWindow::TableFormat;
    const auto [format, option, start] = GENERATE(table<Format, const char *, const char *>({
        {Format::Csv, "--csv", "index,name,type,"},
        {Format::Markdown, "--markdown", "**NiN"},
        {Format::Latex, "--latex", "% NiN"},
    }));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("layers.txt"));
    cd::ui::MainWindow window;
    window.openExample(ninResource);
    REQUIRE(window.exportTableTo(path, format));
    QProcess cli;
    cli.start(QStringLiteral(CONVDESIGNER_CLI),
              {QStringLiteral("analyze"), QStringLiteral(CONVDESIGNER_EXAMPLES "/nin.cnn.json"),
               QString::fromLatin1(option)});
    REQUIRE(cli.waitForFinished(30000));
    REQUIRE(cli.exitCode() == 0);
    const QByteArray printed = cli.readAllStandardOutput();
    CHECK(printed.startsWith(start));
    CHECK(readAll(path) == printed);
}

TEST_CASE("the visualiser tabs follow the selected layer")
{
    cd::ui::MainWindow window;
    window.openExample(ninResource);
    // The centre's left pane holds all three unless the visualiser is beside the canvas.
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("mainViews"));
    REQUIRE(tabs != nullptr);
    QStringList titles;
    for (int i = 0; i < tabs->count(); ++i)
        titles << tabs->tabText(i);
    CHECK(titles == QStringList{QStringLiteral("Network"), QStringLiteral("Layer View"),
                                QStringLiteral("Input Coverage")});

    cd::ui::Document *document = window.document();
    CHECK(window.layerView()->grid() == nullptr); // the input is selected
    document->setCurrentLayer(document->network().layers.front().id);
    REQUIRE(window.layerView()->grid() != nullptr);
    CHECK(window.layerView()->grid()->kind(223, 0) == cd::CellKind::Discarded);
    CHECK(window.networkView()->countText().contains(QStringLiteral("2,215 of 50,176")));
}

TEST_CASE("a spin box edit in the inspector changes the table row and the canvas block")
{
    cd::ui::MainWindow window;
    window.openExample(ninResource);
    cd::ui::Document *document = window.document();
    const cd::LayerId first = document->network().layers.front().id;
    document->setCurrentLayer(first);
    auto *canvas = window.findChild<cd::ui::CanvasView *>();
    auto *table = window.findChild<cd::ui::LayerTableView *>();
    REQUIRE(canvas != nullptr);
    REQUIRE(table != nullptr);
    const auto block = [&] { return canvas->canvasScene()->blockFor(first); };
    const auto tableOutput = [&] {
        const cd::ui::LayerTableModel *model = table->layerModel();
        return model->index(model->rowForLayer(first), ColumnOutput).data().toString();
    };
    CHECK(block()->summary() == QStringLiteral("NiN 11\u00d711 /4, 96"));
    CHECK(tableOutput() == QStringLiteral("96\u00d754\u00d754"));

    auto *stride = window.findChild<QSpinBox *>(QStringLiteral("stride.height"));
    REQUIRE(stride != nullptr);
    stride->setValue(2); // linked: both sides follow
    CHECK(block()->summary() == QStringLiteral("NiN 11\u00d711 /2, 96"));
    CHECK(tableOutput() == QStringLiteral("96\u00d7107\u00d7107"));

    document->undoStack()->undo();
    CHECK(block()->summary() == QStringLiteral("NiN 11\u00d711 /4, 96"));
    CHECK(tableOutput() == QStringLiteral("96\u00d754\u00d754"));
}

TEST_CASE("hovering a memory timeline step lights up the live tensors' nodes on the canvas")
{
    // input → a → b, input → skip, sum = add(b, skip): while b is written, the input's
    // tensor is gone but a (b's input) and skip (waiting for the add) are alive.
    cd::Network net;
    net.input = {4, 8, 8};
    const cd::LayerId a = net.add(cd::Conv2d{.outChannels = 4, .kernel = cd::Pair::square(1)},
                                  {cd::Network::inputId}, "a");
    const cd::LayerId skip = net.add(
        cd::Conv2d{.outChannels = 4, .kernel = cd::Pair::square(1)}, {cd::Network::inputId}, "skip");
    const cd::LayerId b = net.add(cd::Conv2d{.outChannels = 4, .kernel = cd::Pair::square(1)},
                                  {a}, "b");
    net.add(cd::Add{}, {b, skip}, "sum");

    cd::ui::MainWindow window;
    window.document()->reset(net, QString());
    window.resize(1600, 1000);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto *chart = window.findChild<cd::ui::MemoryTimelineChart *>();
    REQUIRE(chart != nullptr);
    auto *scene = window.findChild<cd::ui::CanvasScene *>();
    REQUIRE(scene != nullptr);
    REQUIRE(chart->stepCount() == 5);

    // Step 3 is layer b (step 0 is the input alone).
    QTest::mouseMove(chart, chart->stepRect(3).center());
    std::vector<cd::LayerId> lit = scene->highlightedLayers();
    std::sort(lit.begin(), lit.end());
    std::vector<cd::LayerId> expected{a, skip, b};
    std::sort(expected.begin(), expected.end());
    CHECK(lit == expected);
}
