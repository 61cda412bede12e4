// The layer view against core: NiN's first conv discards row and column 223 and says so, the
// rendered picture paints discarded and padding cells in their colours, stepping moves a
// dilated window's taps, the hover mapping finds the right cells, layers without windows get
// their sentence, and both export formats write a file.

#include "document.h"
#include "edits.h"
#include "io/network_reader.h"
#include "visualiser/grid_canvas.h"
#include "visualiser/grid_stepper.h"
#include "visualiser/layer_view.h"
#include "visualiser/picture_export.h"

#include "nin_document.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMouseEvent>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

#include <algorithm>

using namespace cd;
using namespace cd::ui;

namespace {


LayerId layerAt(const Document &document, int index)
{
    return document.network().layers[static_cast<std::size_t>(index)].id;
}

std::vector<std::int64_t> positions(const QJsonValue &value)
{
    std::vector<std::int64_t> list;
    for (const QJsonValue &v : value.toArray())
        list.push_back(v.toInteger());
    return list;
}

// Brute force over every tap of every window: how often each padded position is read.
std::vector<std::int64_t> tapCounts(const Window1D &w)
{
    std::vector<std::int64_t> counts(static_cast<std::size_t>(w.extent()), 0);
    for (std::int64_t i = 0; i < w.output; ++i) {
        for (std::int64_t j = 0; j < w.kernel; ++j)
            ++counts[static_cast<std::size_t>(w.tap(i, j))];
    }
    return counts;
}

// The view's cells of one dimension against PyTorch's discarded positions and the taps.
void checkAxis(const GridAxis &axis, const std::vector<std::int64_t> &discarded)
{
    const Window1D &w = axis.window();
    const std::vector<std::int64_t> counts = tapCounts(w);
    for (std::int64_t p = 0; p < w.extent(); ++p) {
        INFO("padded position " << p);
        CHECK(axis.readCount(p) == counts[static_cast<std::size_t>(p)]);
        const std::int64_t real = p - w.padBefore;
        if (p >= w.paddedInput())
            CHECK(axis.kind(p) == CellKind::Implicit);
        else if (real < 0 || real >= w.input)
            CHECK(axis.kind(p) == CellKind::Padding);
        else if (std::binary_search(discarded.begin(), discarded.end(), real))
            CHECK(axis.kind(p) == CellKind::Discarded);
        else
            CHECK(axis.kind(p) == CellKind::Read);
    }
}

// One layer on a small input, selected.
void loadSingleLayer(Document &document, LayerKind kind, std::int64_t size)
{
    Network network;
    network.name = "single layer";
    network.input = {1, size, size};
    network.append(std::move(kind), "probe");
    document.reset(std::move(network), QString());
    document.setCurrentLayer(layerAt(document, 0));
}

QColor pixelAt(const QImage &image, const QRectF &cell)
{
    return image.pixelColor(cell.center().toPoint());
}

std::string labelText(const LayerView &view, const char *name)
{
    const auto *label = view.findChild<QLabel *>(QString::fromUtf8(name));
    REQUIRE(label != nullptr);
    return label->text().toStdString();
}

void sendMouseMove(QWidget *widget, const QPointF &pos)
{
    QMouseEvent move(QEvent::MouseMove, pos, widget->mapToGlobal(pos), Qt::NoButton, Qt::NoButton,
                     Qt::NoModifier);
    QApplication::sendEvent(widget, &move);
}

} // namespace

TEST_CASE("LayerView marks NiN's row and column 223 as discarded")
{
    Document document;
    loadNin(document);
    LayerView view(&document);
    CHECK(view.grid() == nullptr); // the input is selected
    CHECK_THAT(view.statement().toStdString(), Catch::Contains("Select"));

    document.setCurrentLayer(layerAt(document, 0));
    const LayerGrid *grid = view.grid();
    REQUIRE(grid != nullptr);
    CHECK(grid->rows.extent() == 224);
    CHECK(grid->rows.kind(223) == CellKind::Discarded);
    CHECK(grid->cols.kind(223) == CellKind::Discarded);
    CHECK(grid->kind(223, 10) == CellKind::Discarded);
    CHECK(grid->kind(10, 223) == CellKind::Discarded);
    CHECK(grid->kind(222, 222) == CellKind::Read);
    CHECK(view.windowCount() == 54 * 54);
    CHECK(view.currentWindow() == 0);

    REQUIRE(view.arithmeticLines().size() == 1);
    const std::string line = view.arithmeticLines().front().toStdString();
    CHECK_THAT(line, Catch::StartsWith("rows and columns: "));
    CHECK_THAT(line, Catch::Contains("row 223"));
    CHECK_THAT(line, Catch::Contains("54 outputs"));
    CHECK_THAT(labelText(view, "arithmetic"), Catch::Contains("row 223"));
    CHECK_THAT(labelText(view, "heading"), Catch::Contains("nin1"));
}

TEST_CASE("LayerView cells match the measured discarded rows and columns of every case")
{
    const QDir data(QStringLiteral(CONVDESIGNER_TEST_DATA));
    const QStringList expectedFiles
        = data.entryList({QStringLiteral("*.expected.json")}, QDir::Files, QDir::Name);
    REQUIRE(expectedFiles.size() > 50);
    int windowedLayers = 0;
    for (const QString &expectedFile : expectedFiles) {
        QFile file(data.filePath(expectedFile));
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QJsonObject expected = QJsonDocument::fromJson(file.readAll()).object();
        QString networkFile = expectedFile;
        networkFile.replace(QStringLiteral(".expected.json"), QStringLiteral(".cnn.json"));
        io::ReadResult read = io::readNetworkFile(data.filePath(networkFile));
        if (!read.network)
            continue; // a case the reader must reject has no layers to show
        Document document;
        document.reset(std::move(*read.network), QString());
        LayerView view(&document);
        for (const QJsonValue &value : expected.value(QStringLiteral("layers")).toArray()) {
            const QJsonObject layer = value.toObject();
            if (!layer.contains(QStringLiteral("discarded_rows")))
                continue;
            const int index = layer.value(QStringLiteral("index")).toInt();
            INFO(networkFile.toStdString() << " layer " << index);
            document.setCurrentLayer(layerAt(document, index));
            const std::vector<std::int64_t> rows
                = positions(layer.value(QStringLiteral("discarded_rows")));
            const std::vector<std::int64_t> cols
                = positions(layer.value(QStringLiteral("discarded_cols")));
            const LayerGrid *grid = view.grid();
            if (!grid) {
                // Pointwise, adaptive and flattening layers read everything.
                CHECK(rows.empty());
                CHECK(cols.empty());
                CHECK(!view.statement().isEmpty());
                continue;
            }
            ++windowedLayers;
            checkAxis(grid->rows, rows);
            checkAxis(grid->cols, cols);

            // The last window's taps, as the stepper shows them.
            view.setCurrentWindow(view.windowCount() - 1);
            const Window1D &r = grid->rows.window();
            const Window1D &c = grid->cols.window();
            std::vector<std::int64_t> rowTaps, colTaps;
            for (std::int64_t j = 0; j < r.kernel; ++j)
                rowTaps.push_back(r.tap(r.output - 1, j));
            for (std::int64_t j = 0; j < c.kernel; ++j)
                colTaps.push_back(c.tap(c.output - 1, j));
            CHECK(view.currentRowTaps() == rowTaps);
            CHECK(view.currentColTaps() == colTaps);

            // Rendered: the first discarded row in the discarded colour, at a column far
            // from the current (last) window.
            if (!rows.empty()) {
                view.setCurrentWindow(0);
                const std::int64_t row = rows.front() + r.padBefore;
                const std::int64_t col = c.padBefore + c.input - 1; // the last real column
                const QRectF cell = view.inputCellRect(row, col);
                if (cell.width() >= 4 && col >= c.effectiveKernel() + 1) {
                    const QImage image = renderPicture(view, 1.0);
                    CHECK(pixelAt(image, cell) == LayerView::colourOf(CellKind::Discarded));
                }
            }
        }
    }
    CHECK(windowedLayers > 100);
}

TEST_CASE("LayerView paints discarded and padding cells in their colours")
{
    Document document;
    loadNin(document);
    LayerView view(&document);

    SECTION("nin1: row and column 223 are discarded")
    {
        document.setCurrentLayer(layerAt(document, 0));
        const QImage image = renderPicture(view, 1.0);
        REQUIRE(view.inputCellRect(0, 0).width() >= 2);
        const QColor discarded = LayerView::colourOf(CellKind::Discarded);
        CHECK(pixelAt(image, view.inputCellRect(223, 100)) == discarded);
        CHECK(pixelAt(image, view.inputCellRect(100, 223)) == discarded);
        CHECK(pixelAt(image, view.inputCellRect(223, 223)) == discarded);
        const QColor read = pixelAt(image, view.inputCellRect(100, 100));
        CHECK(read != discarded);
        CHECK(read != LayerView::colourOf(CellKind::Padding));
        CHECK(read.blue() > read.red()); // a read shade
    }
    SECTION("nin2: padding 2 around the 26×26 input")
    {
        document.setCurrentLayer(layerAt(document, 2));
        const LayerGrid *grid = view.grid();
        REQUIRE(grid != nullptr);
        const std::int64_t last = grid->cols.extent() - 1;
        CHECK(last == 29);
        CHECK(grid->kind(0, last) == CellKind::Padding);
        const QImage image = renderPicture(view, 1.0);
        const QColor padding = LayerView::colourOf(CellKind::Padding);
        CHECK(pixelAt(image, view.inputCellRect(0, last)) == padding);
        CHECK(pixelAt(image, view.inputCellRect(last, 15)) == padding);
        CHECK(pixelAt(image, view.inputCellRect(15, 1)) == padding);
        CHECK(pixelAt(image, view.inputCellRect(15, 15)) != padding);
    }
    SECTION("a ceil-mode pool's overhang is implicit padding")
    {
        MaxPool2d pool;
        pool.kernel = Pair::square(3);
        pool.stride = Pair::square(2);
        pool.ceilMode = true;
        loadSingleLayer(document, pool, 6);
        const LayerGrid *grid = view.grid();
        REQUIRE(grid != nullptr);
        CHECK(grid->rows.extent() == 7);
        CHECK(grid->kind(6, 1) == CellKind::Implicit);
        const QImage image = renderPicture(view, 1.0);
        CHECK(pixelAt(image, view.inputCellRect(6, 1)) == LayerView::colourOf(CellKind::Implicit));
    }
}

TEST_CASE("LayerView steps through a dilated conv's windows")
{
    Document document;
    Conv2d conv;
    conv.kernel = Pair::square(3);
    conv.dilation = Pair::square(2);
    loadSingleLayer(document, conv, 20); // 20 − 5 + 1 = 16 outputs per dimension
    LayerView view(&document);
    REQUIRE(view.grid() != nullptr);
    REQUIRE(view.windowCount() == 16 * 16);

    CHECK(view.currentWindow() == 0);
    CHECK(view.currentRowTaps() == std::vector<std::int64_t>{0, 2, 4});
    CHECK(view.currentColTaps() == std::vector<std::int64_t>{0, 2, 4});

    view.setCurrentWindow(17); // output (1, 1)
    CHECK(view.currentWindow() == 17);
    CHECK(view.currentRowTaps() == std::vector<std::int64_t>{1, 3, 5});
    CHECK(view.currentColTaps() == std::vector<std::int64_t>{1, 3, 5});
    CHECK(view.stepper()->current() == 17);
    CHECK(view.canvas()->highlight().currentWindow == 17);
    CHECK_THAT(view.info().toStdString(), Catch::Contains("rows 1\u20135 every 2nd"));

    auto *next = view.stepper()->findChild<QToolButton *>(QStringLiteral("next"));
    REQUIRE(next != nullptr);
    next->click();
    CHECK(view.currentWindow() == 18);
    CHECK(view.currentColTaps() == std::vector<std::int64_t>{2, 4, 6});
    view.stepper()->previous();
    CHECK(view.currentWindow() == 17);

    view.setCurrentWindow(1000); // clamped to the last window, output (15, 15)
    CHECK(view.currentWindow() == 255);
    CHECK(view.currentRowTaps() == std::vector<std::int64_t>{15, 17, 19});

    SECTION("play advances and stops at the end")
    {
        view.setCurrentWindow(253);
        view.stepper()->setPlaying(true);
        CHECK(view.stepper()->isPlaying());
        QTRY_COMPARE_WITH_TIMEOUT(view.currentWindow(), qint64{255}, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(!view.stepper()->isPlaying(), 5000);
    }
    SECTION("an edit that keeps the windows keeps the current one")
    {
        renameLayer(&document, view.layer(), QStringLiteral("renamed"));
        CHECK(view.currentWindow() == 255);
        setLayerField(&document, view.layer(), "stride", Pair::square(2));
        CHECK(view.windowCount() == 8 * 8);
        CHECK(view.currentWindow() == 0);
        document.undoStack()->undo();
        CHECK(view.windowCount() == 16 * 16);
    }
}

TEST_CASE("LayerView maps points to the cells under them")
{
    Document document;
    loadNin(document);
    LayerView view(&document);
    document.setCurrentLayer(layerAt(document, 0));

    SECTION("in the picture")
    {
        CHECK(view.inputCellAt(view.inputCellRect(5, 7).center()) == GridCell{5, 7});
        CHECK(view.inputCellAt(view.inputCellRect(223, 0).center()) == GridCell{223, 0});
        CHECK(view.outputCellAt(view.outputCellRect(3, 4).center()) == GridCell{3, 4});
        CHECK(view.outputCellAt(view.outputCellRect(53, 53).center()) == GridCell{53, 53});
        CHECK(!view.inputCellAt(view.outputCellRect(3, 4).center()));
        CHECK(!view.outputCellAt(QPointF(1, 1)));
        CHECK(view.inputCellRect(0, 1).left() == view.inputCellRect(0, 0).right());
    }
    SECTION("in the widget: hovering highlights windows")
    {
        view.resize(1100, 800);
        view.show();
        REQUIRE(QTest::qWaitForWindowExposed(&view));
        GridCanvas *canvas = view.canvas();
        CHECK(canvas->isFitting());
        const GridLayout &layout = canvas->gridLayout();
        QWidget *viewport = canvas->viewport();

        sendMouseMove(viewport, canvas->toViewport(layout.outputCellRect(2, 3).center()));
        REQUIRE(canvas->highlight().hoveredOutput == GridCell{2, 3});
        CHECK_THAT(view.info().toStdString(), Catch::Contains("window 112"));
        // Window (2, 3) reads rows 8–18 and columns 12–22 (stride 4, kernel 11).
        CHECK_THAT(view.info().toStdString(),
                   Catch::Contains("rows 8\u201318, columns 12\u201322"));

        sendMouseMove(viewport, canvas->toViewport(layout.inputCellRect(9, 223).center()));
        REQUIRE(canvas->highlight().hoveredInput == GridCell{9, 223});
        CHECK_THAT(view.info().toStdString(), Catch::Contains("discarded"));

        sendMouseMove(viewport, canvas->toViewport(layout.inputCellRect(9, 12).center()));
        CHECK(canvas->highlight().hoveredInput == GridCell{9, 12});
        // Rows: windows 0–2 read row 9 (starts 0, 4, 8); columns: windows 1–3 read column 12.
        CHECK_THAT(
            view.info().toStdString(),
            Catch::Contains("read by 9 windows, writing outputs rows 0\u20132, columns 1\u20133"));

        // A click on an output cell makes its window the current one.
        const QPoint click = canvas->toViewport(layout.outputCellRect(1, 1).center()).toPoint();
        QTest::mouseClick(viewport, Qt::LeftButton, Qt::NoModifier, click);
        CHECK(view.currentWindow() == 54 + 1);

        const qreal fitted = canvas->cellSize();
        canvas->zoomIn();
        CHECK(canvas->cellSize() > fitted);
        CHECK(!canvas->isFitting());
        canvas->zoomToFit();
        CHECK(canvas->cellSize() == Approx(fitted));
    }
}

TEST_CASE("LayerView says what layers without windows do to coverage")
{
    Document document;
    Network network;
    network.input = {3, 16, 16};
    network.append(Conv2d{}, "conv");
    network.append(ReLU{}, "relu");
    network.append(AdaptiveAvgPool2d{Pair::square(2)}, "gap");
    network.append(Flatten{}, "flatten");
    Linear linear;
    linear.outFeatures = 10;
    network.append(linear, "fc");
    document.reset(std::move(network), QString());
    LayerView view(&document);

    document.setCurrentLayer(layerAt(document, 1));
    CHECK(view.grid() == nullptr);
    CHECK(view.windowCount() == 0);
    CHECK_THAT(view.statement().toStdString(), Catch::Contains("pointwise"));
    CHECK_THAT(labelText(view, "statement"), Catch::Contains("coverage passes through unchanged"));
    document.setCurrentLayer(layerAt(document, 2));
    CHECK_THAT(view.statement().toStdString(),
               Catch::Contains("adaptive pools read every input pixel"));
    document.setCurrentLayer(layerAt(document, 3));
    CHECK_THAT(view.statement().toStdString(), Catch::Contains("every output sees every input"));
    document.setCurrentLayer(layerAt(document, 4));
    CHECK_THAT(view.statement().toStdString(), Catch::Contains("every output sees every input"));
    document.setCurrentLayer(layerAt(document, 0));
    CHECK(view.grid() != nullptr);
    CHECK(view.statement().isEmpty());

    SECTION("an invalid layer shows its error")
    {
        Conv2d huge;
        huge.kernel = Pair::square(40);
        loadSingleLayer(document, huge, 16);
        CHECK(view.grid() == nullptr);
        CHECK_THAT(view.statement().toStdString(), Catch::Contains("larger"));
        CHECK(renderPicture(view, 1.0).width() > 0);
    }
}

TEST_CASE("LayerView exports PNG and SVG")
{
    Document document;
    loadNin(document);
    LayerView view(&document);
    document.setCurrentLayer(layerAt(document, 0));
    view.setCurrentWindow(100);
    QTemporaryDir dir;
    REQUIRE(dir.isValid());

    const QString png = dir.filePath(QStringLiteral("layer.png"));
    CHECK(exportPng(view, png, 2.0).isEmpty());
    QImage image(png);
    REQUIRE(!image.isNull());
    CHECK(image.width() == qRound(view.pictureSize().width() * 2));
    CHECK(image.width() <= 4000);

    const QString svg = dir.filePath(QStringLiteral("layer.svg"));
    CHECK(exportSvg(view, svg, QStringLiteral("nin1")).isEmpty());
    QFile file(svg);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(bytes.size() > 1000);
    CHECK(bytes.contains("<svg"));
}

TEST_CASE("LayerView shows a windowed layer off the main chain, on the input it reads")
{
    // ResNet-18's residual3_1_conv3 is a block's shortcut: a 1×1 conv, stride 2, reading
    // residual2_2_out (64×24×24: 96 → conv s2 → 48 → pool s2 → 24), while the layer before it
    // in the file, residual3_1_bn2, is 128×12×12. Its windows read the even rows and columns
    // of the 24×24 map and discard the odd ones.
    const QString path = QStringLiteral(CONVDESIGNER_EXAMPLES "/resnet18.cnn.json");
    io::ReadResult read = io::readNetworkFile(path);
    REQUIRE(read.network.has_value());
    Document document;
    document.reset(std::move(*read.network), path);
    LayerView view(&document);
    const Network &network = document.network();
    const auto shortcut
        = std::find_if(network.layers.begin(), network.layers.end(),
                       [](const Layer &l) { return l.name == "residual3_1_conv3"; });
    REQUIRE(shortcut != network.layers.end());
    document.setCurrentLayer(shortcut->id);

    REQUIRE(view.grid() != nullptr);
    CHECK(view.grid()->rows.window().input == 24);
    CHECK(view.grid()->cols.window().input == 24);
    CHECK(view.grid()->rows.window().output == 12);
    CHECK(view.heading().contains(QStringLiteral("residual3_1_conv3")));
    CHECK(view.heading().contains(QStringLiteral("64\u00d724\u00d724")));
    CHECK(view.grid()->rows.kind(0) == CellKind::Read);
    CHECK(view.grid()->rows.kind(1) == CellKind::Discarded);
    CHECK(view.grid()->cols.kind(23) == CellKind::Discarded);

    // Every windowed layer of the graph, wherever it sits, gets its grid on its own input.
    const Analysis &analysis = document.analysis();
    int windowed = 0;
    for (const LayerReport &report : analysis.layers) {
        const auto *windows = std::get_if<Windows>(&report.spatial);
        if (!windows)
            continue;
        INFO(report.name);
        document.setCurrentLayer(report.id);
        REQUIRE(view.grid() != nullptr);
        CHECK(view.grid()->rows.window() == windows->rows);
        CHECK(view.grid()->cols.window() == windows->cols);
        CHECK(view.grid()->rows.window().input == report.input.height);
        ++windowed;
    }
    CHECK(windowed == 21); // b1's conv and pool, 16 block convs, 3 shortcuts
}

TEST_CASE("LayerView shows a nin_block and a pool that read the input beside it")
{
    // tests/data's v2_edge_nin_in_branch: a nin_block (k5 s2) and a maxpool (k5 s2) both read
    // the 3×20×20 input; the pool comes after the nin_block in the file but does not read it.
    io::ReadResult read = io::readNetworkFile(
        QStringLiteral(CONVDESIGNER_TEST_DATA "/v2_edge_nin_in_branch.cnn.json"));
    REQUIRE(read.network.has_value());
    Document document;
    document.reset(std::move(*read.network), QString());
    REQUIRE(document.analysis().valid());
    LayerView view(&document);
    for (int index : {0, 1}) {
        INFO("layer " << index);
        document.setCurrentLayer(layerAt(document, index));
        REQUIRE(view.grid() != nullptr);
        CHECK(view.grid()->rows.window().input == 20);
        CHECK(view.grid()->rows.window().output == 8);
        // (20 − 5) mod 2 = 1: row and column 19 lie past the last window.
        CHECK(view.grid()->rows.kind(19) == CellKind::Discarded);
        CHECK(view.grid()->cols.kind(19) == CellKind::Discarded);
    }
    CHECK(view.heading().contains(QStringLiteral("3\u00d720\u00d720")));
}
