// View ▸ Present as a lecturer uses it: the editing docks give way and come back, text grows
// by one factor that Ctrl+= changes and the next session remembers, the clicker's keys walk
// the layers in execution order, `,` `.` and Space step the Layer View, Esc leaves, and the
// table shows the lecture's columns only while presenting.

#include "canvas/canvas_view.h"
#include "document.h"
#include "io/network_reader.h"
#include "main_window.h"
#include "present/lecture_columns.h"
#include "present/presentation_mode.h"
#include "table/layer_table_model.h"
#include "table/layer_table_view.h"
#include "table/table_rows.h"
#include "visualiser/grid_canvas.h"
#include "visualiser/grid_stepper.h"
#include "visualiser/layer_view.h"

#include "named_action.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QSettings>
#include <QTest>
#include <QToolTip>

#include <memory>
#include <set>

using namespace cd;
using namespace cd::ui;

namespace {

const QString ninResource = QStringLiteral(":/examples/nin.cnn.json");

Network readResnet18()
{
    io::ReadResult read
        = io::readNetworkFile(QStringLiteral(CONVDESIGNER_EXAMPLES "/resnet18.cnn.json"));
    REQUIRE(read.network);
    return std::move(*read.network);
}

// A window on NiN at the default factor: no factor left over from another test.
std::unique_ptr<MainWindow> ninWindow()
{
    QSettings().remove(QStringLiteral("present/scale"));
    auto window = std::make_unique<MainWindow>();
    window->openExample(ninResource);
    return window;
}

PresentationMode &presentation(MainWindow &window)
{
    auto *mode = window.findChild<PresentationMode *>();
    REQUIRE(mode != nullptr);
    return *mode;
}

bool dockShown(const MainWindow &window, const char *name)
{
    auto *dock = window.findChild<QDockWidget *>(QString::fromLatin1(name));
    REQUIRE(dock != nullptr);
    return !dock->isHidden();
}

std::set<int> shownColumns(const QTableView &table)
{
    std::set<int> shown;
    for (int column = 0; column < table.horizontalHeader()->count(); ++column) {
        if (!table.horizontalHeader()->isSectionHidden(column))
            shown.insert(column);
    }
    return shown;
}

} // namespace

TEST_CASE("presenting hides the editing docks and leaving brings them back", "[present]")
{
    auto window = ninWindow();
    QAction *present = namedAction(*window, "presentAction");
    CHECK(present->isCheckable());
    CHECK(present->shortcut() == QKeySequence(Qt::Key_F5));
    const char *editing[] = {"paletteDock", "blocksDock", "inspectorDock"};
    for (const char *name : editing)
        REQUIRE(dockShown(*window, name));
    REQUIRE(dockShown(*window, "memoryDock"));
    REQUIRE(dockShown(*window, "tableDock"));

    present->trigger();
    CHECK(presentation(*window).isPresenting());
    CHECK(window->isFullScreen());
    for (const char *name : editing)
        CHECK_FALSE(dockShown(*window, name));
    CHECK_FALSE(dockShown(*window, "historyDock"));
    // What the lecture is about stays.
    CHECK(dockShown(*window, "memoryDock"));
    CHECK(dockShown(*window, "tableDock"));

    // Esc leaves, whichever view has the focus.
    QTest::keyClick(window->findChild<LayerTableView *>(), Qt::Key_Escape);
    CHECK_FALSE(presentation(*window).isPresenting());
    CHECK_FALSE(present->isChecked());
    CHECK_FALSE(window->isFullScreen());
    for (const char *name : editing)
        CHECK(dockShown(*window, name));
    CHECK_FALSE(dockShown(*window, "historyDock")); // hidden before, hidden after
}

TEST_CASE("presenting enlarges every view's text by the factor, which Ctrl+= raises and the "
          "next session remembers",
          "[present]")
{
    auto window = ninWindow();
    Document *document = window->document();
    document->setCurrentLayer(document->network().layers.front().id); // nin1: a grid
    auto *heading = window->layerView()->findChild<QLabel *>(QStringLiteral("heading"));
    REQUIRE(heading != nullptr);
    const qreal body = window->font().pointSizeF();
    const qreal headingBefore = heading->font().pointSizeF();
    // The line under the grids has a style sheet, which keeps the window's font from it.
    auto *info = window->layerView()->findChild<QLabel *>(QStringLiteral("info"));
    REQUIRE(info != nullptr);
    REQUIRE_FALSE(info->styleSheet().isEmpty());
    const qreal infoBefore = info->font().pointSizeF();
    REQUIRE(headingBefore > body); // a font of its own, larger than the body's
    GridCanvas *grid = window->layerView()->canvas();
    REQUIRE(grid->gridLayout().textScale() == Approx(1));
    const qreal canvasZoom = window->findChild<CanvasView *>()->zoom();

    PresentationMode &mode = presentation(*window);
    REQUIRE(mode.scale() == Approx(PresentationMode::defaultScale));
    mode.setPresenting(true);
    CHECK(window->font().pointSizeF() == Approx(body * 1.6));
    CHECK(window->findChild<LayerTableView *>()->font().pointSizeF() == Approx(body * 1.6));
    CHECK(heading->font().pointSizeF() == Approx(headingBefore * 1.6));
    CHECK(info->font().pointSizeF() == Approx(infoBefore * 1.6));
    CHECK(grid->gridLayout().textScale() == Approx(1.6));
    CHECK(window->findChild<CanvasView *>()->zoom() == Approx(canvasZoom * 1.6));

    QTest::keyClick(window->findChild<LayerTableView *>(), Qt::Key_Equal, Qt::ControlModifier);
    CHECK(mode.scale() == Approx(1.7));
    CHECK(window->font().pointSizeF() == Approx(body * 1.7));
    CHECK(heading->font().pointSizeF() == Approx(headingBefore * 1.7));
    QTest::keyClick(window->findChild<LayerTableView *>(), Qt::Key_Minus, Qt::ControlModifier);
    QTest::keyClick(window->findChild<LayerTableView *>(), Qt::Key_Minus, Qt::ControlModifier);
    CHECK(mode.scale() == Approx(1.5));
    QTest::keyClick(window->findChild<LayerTableView *>(), Qt::Key_Equal, Qt::ControlModifier);
    QTest::keyClick(window->findChild<LayerTableView *>(), Qt::Key_Equal, Qt::ControlModifier);

    mode.setPresenting(false);
    CHECK(window->font().pointSizeF() == Approx(body));
    CHECK(heading->font().pointSizeF() == Approx(headingBefore));
    CHECK(info->font().pointSizeF() == Approx(infoBefore));
    CHECK(grid->gridLayout().textScale() == Approx(1));
    CHECK(window->findChild<CanvasView *>()->zoom() == Approx(canvasZoom));

    // A new window (the next session) presents at 1.7.
    MainWindow next;
    CHECK(presentation(next).scale() == Approx(1.7));
    QSettings().remove(QStringLiteral("present/scale"));
}

TEST_CASE("the clicker's keys walk the layers in execution order from the input", "[present]")
{
    auto window = ninWindow();
    Document *document = window->document();
    const auto layer = [document](int index) {
        return document->network().layers[static_cast<std::size_t>(index)].id;
    };
    document->setCurrentLayer(Network::inputId);
    presentation(*window).setPresenting(true);
    // Keys reach the table here: unpresented, Right would move to the next column instead.
    QWidget *target = window->findChild<LayerTableView *>();

    QTest::keyClick(target, Qt::Key_Right);
    CHECK(document->currentLayer() == layer(0)); // nin1
    QTest::keyClick(target, Qt::Key_PageDown);
    CHECK(document->currentLayer() == layer(1)); // pool1
    QTest::keyClick(target, Qt::Key_Right);
    CHECK(document->currentLayer() == layer(2)); // nin2
    QTest::keyClick(target, Qt::Key_Left);
    CHECK(document->currentLayer() == layer(1));
    QTest::keyClick(target, Qt::Key_PageUp);
    CHECK(document->currentLayer() == layer(0));
    QTest::keyClick(target, Qt::Key_Left);
    CHECK(document->currentLayer() == Network::inputId);
    QTest::keyClick(target, Qt::Key_Left); // the input is the first: stays
    CHECK(document->currentLayer() == Network::inputId);

    // The canvas gets the keys too, and walks by execution order rather than by its layout.
    document->setCurrentLayer(layer(static_cast<int>(document->network().layers.size()) - 2));
    QTest::keyClick(window->findChild<CanvasView *>(), Qt::Key_Right);
    CHECK(document->currentLayer() == document->network().layers.back().id);
    QTest::keyClick(window->findChild<CanvasView *>(), Qt::Key_PageDown); // the last: stays
    CHECK(document->currentLayer() == document->network().layers.back().id);
}

TEST_CASE("`,` `.` and Space step and play the Layer View while presenting", "[present]")
{
    auto window = ninWindow();
    Document *document = window->document();
    document->setCurrentLayer(document->network().layers.front().id); // nin1: 54×54 windows
    LayerView *view = window->layerView();
    REQUIRE(view->currentWindow() == 0);
    presentation(*window).setPresenting(true);
    QWidget *target = window->findChild<CanvasView *>();

    QTest::keyClick(target, Qt::Key_Period);
    QTest::keyClick(target, Qt::Key_Period);
    CHECK(view->currentWindow() == 2);
    QTest::keyClick(target, Qt::Key_Comma);
    CHECK(view->currentWindow() == 1);
    QTest::keyClick(target, Qt::Key_Space);
    CHECK(view->stepper()->isPlaying());
    QTest::keyClick(target, Qt::Key_Space);
    CHECK_FALSE(view->stepper()->isPlaying());
    CHECK(document->currentLayer() == document->network().layers.front().id);

    // Not presenting, `.` is no key of the window's.
    presentation(*window).setPresenting(false);
    QTest::keyClick(target, Qt::Key_Period);
    CHECK(view->currentWindow() == 1);
}

TEST_CASE("the table shows the lecture's columns while presenting and all of them after",
          "[present]")
{
    auto window = ninWindow();
    const QTableView &table = *window->findChild<LayerTableView *>();
    const std::set<int> before = shownColumns(table);
    REQUIRE(before.size() > 5);

    presentation(*window).setPresenting(true);
    const std::set<int> lecture{layerTableColumn("name"), layerTableColumn("output"),
                                layerTableColumn("params"), layerTableColumn("activations"),
                                layerTableColumn("discarded")};
    REQUIRE_FALSE(lecture.count(-1));
    CHECK(shownColumns(table) == lecture);
    // The rest is one right-click on the header away.
    CHECK(table.horizontalHeader()->contextMenuPolicy() == Qt::CustomContextMenu);

    presentation(*window).setPresenting(false);
    CHECK(shownColumns(table) == before);
    CHECK(table.horizontalHeader()->contextMenuPolicy() != Qt::CustomContextMenu);
}
TEST_CASE("the docks that stay while presenting have their titles enlarged too", "[present]")
{
    auto window = ninWindow();
    const qreal body = window->font().pointSizeF();
    presentation(*window).setPresenting(true);
    // The memory column and the table stay; their title bars draw in the dock's font.
    for (const char *name : {"memoryDock", "tableDock"}) {
        INFO(name);
        REQUIRE(dockShown(*window, name));
        auto *dock = window->findChild<QDockWidget *>(QString::fromLatin1(name));
        CHECK(dock->font().pointSizeF() == Approx(body * PresentationMode::defaultScale));
    }
    presentation(*window).setPresenting(false);
    CHECK(window->findChild<QDockWidget *>(QStringLiteral("memoryDock"))->font().pointSizeF()
          == Approx(body));
}

TEST_CASE("tooltips grow with the presentation's text and shrink back after", "[present]")
{
    auto window = ninWindow();
    const qreal before = QToolTip::font().pointSizeF();
    REQUIRE(before > 0);
    presentation(*window).setPresenting(true);
    CHECK(QToolTip::font().pointSizeF() == Approx(before * PresentationMode::defaultScale));
    presentation(*window).setPresenting(false);
    CHECK(QToolTip::font().pointSizeF() == Approx(before));
}

TEST_CASE("while presenting the table scrolls to the layer the clicker walks to", "[present]")
{
    QSettings().remove(QStringLiteral("present/scale"));
    MainWindow window;
    window.openExample(QStringLiteral(":/examples/resnet18.cnn.json"));
    window.resize(1280, 800);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    Document *document = window.document();
    auto *table = window.findChild<LayerTableView *>();
    // The table's current cell in "#", a column the lecture hides.
    table->setCurrentIndex(table->model()->index(0, 0));
    presentation(window).setPresenting(true);
    REQUIRE(table->isColumnHidden(0));

    // ResNet-18's last layers: far below the first screen of the table.
    const LayerId last = document->network().layers.back().id;
    document->setCurrentLayer(last);
    const int row = table->currentIndex().row();
    REQUIRE(row > 40);
    const int top = table->rowViewportPosition(row);
    CHECK(top >= 0);
    CHECK(top + table->rowHeight(row) <= table->viewport()->height());
    presentation(window).setPresenting(false);
}

TEST_CASE("the lecture's columns wrap a long Discarded list inside the table instead of "
          "running off its right edge",
          "[present]")
{
    Document document;
    document.reset(readResnet18(), QString());
    LayerTableView table(&document);
    QFont larger = table.font();
    larger.setPointSizeF(larger.pointSizeF() * PresentationMode::defaultScale);
    table.setFont(larger);
    table.resize(1000, 600); // the table dock of a presentation at 1920×1080
    table.show();
    LayerId shortcut = 0;
    for (const Layer &layer : document.network().layers)
        if (layer.name == "residual3_1_conv3") // 1×1 stride 2: every other row and column lost
            shortcut = layer.id;
    REQUIRE(shortcut != 0);
    const int row = table.layerModel()->rowForLayer(shortcut);
    const int discarded = layerTableColumn("discarded");
    const QString text = table.model()->index(row, discarded).data().toString();

    LectureColumns columns;
    columns.apply(&table);
    QApplication::processEvents();
    // Longer than the column: on one line it would run off the edge.
    REQUIRE(table.fontMetrics().horizontalAdvance(text) > table.columnWidth(discarded));
    CHECK(table.horizontalHeader()->length() <= table.viewport()->width());
    CHECK(table.rowHeight(row) >= 2 * table.fontMetrics().height());

    columns.restore();
    QApplication::processEvents();
    CHECK_FALSE(table.wordWrap());
    CHECK(table.rowHeight(row) < 2 * table.fontMetrics().height());
    // Outside a lecture every column is as wide as its text again.
    CHECK(table.columnWidth(discarded) > table.fontMetrics().horizontalAdvance(text));
}
