// File ▸ Export Picture for the canvas (the whole network or the selected layers) and the
// memory timeline chart: SVG keeps names and shape labels as text, PNG follows the scale, and
// the background is white or transparent as asked.

#include "canvas/canvas_picture.h"
#include "canvas/canvas_scene.h"
#include "canvas/canvas_view.h"
#include "canvas/connector_item.h"
#include "canvas/node_item.h"
#include "document.h"
#include "main_window.h"
#include "memory/memory_panel.h"
#include "memory/memory_timeline_chart.h"
#include "named_action.h"
#include "picture_svg.h"
#include "nin_document.h"
#include "visualiser/picture_export.h"
#include "visualiser/picture_options_dialog.h"

#include <catch2/catch.hpp>


#include <cstdlib>

namespace cd::ui {

namespace {

QString nameOf(const Layer &layer)
{
    return QString::fromStdString(layer.name);
}

} // namespace

TEST_CASE("the NiN canvas exports as SVG with every layer and its shape labels", "[picture]")
{
    Document document;
    loadNin(document);
    CanvasView view(&document);
    CanvasScene &scene = *view.canvasScene();
    const CanvasPicture picture(scene, CanvasPicture::Scope::Network);
    REQUIRE(picture.hasPicture());

    const QString svg = svgOf(picture);
    for (const Layer &layer : document.network().layers)
        CHECK(svg.contains(nameOf(layer)));
    // NiN's first convolution: 96 kernels of 11×11 at stride 4 over 224×224 gives
    // (224 − 11) / 4 + 1 = 54.
    CHECK(svg.contains(QString::fromUtf8("96\u00d754\u00d754")));
}

TEST_CASE("a selection exports only the selected layers", "[picture]")
{
    Document document;
    loadNin(document);
    CanvasView view(&document);
    CanvasScene &scene = *view.canvasScene();
    const auto &layers = document.network().layers;
    REQUIRE(layers.size() > 4);
    CHECK_FALSE(CanvasPicture(scene, CanvasPicture::Scope::Selection).hasPicture());

    SECTION("two neighbours keep the edge between them")
    {
        document.setSelection({layers[0].id, layers[1].id}, layers[1].id);
        const CanvasPicture selection(scene, CanvasPicture::Scope::Selection);
        REQUIRE(selection.hasPicture());
        const QString svg = svgOf(selection);
        CHECK(svg.contains(nameOf(layers[0])));
        CHECK(svg.contains(nameOf(layers[1])));
        const ConnectorItem *between = scene.edge(layers[0].id, layers[1].id);
        REQUIRE(between != nullptr);
        CHECK(svg.contains(between->text()));
        CHECK_FALSE(svg.contains(nameOf(layers.back())));
        // Smaller than the whole network, which runs down many more nodes.
        const CanvasPicture network(scene, CanvasPicture::Scope::Network);
        CHECK(selection.pictureSize().height() < network.pictureSize().height());

        // The export leaves the editing look as it was.
        CHECK(scene.nodeFor(layers[1].id)->isCurrent());
        CHECK(scene.nodeFor(layers[0].id)->selection() == NodeItem::Selection::Selected);
        CHECK(scene.nodeFor(layers[2].id)->isVisible());
    }
    SECTION("a layer between two selected ones stays out, though it lies inside the crop")
    {
        // nin1 and nin2 selected, pool1 between them not.
        document.setSelection({layers[0].id, layers[2].id}, layers[2].id);
        const QString svg = svgOf(CanvasPicture(scene, CanvasPicture::Scope::Selection));
        CHECK(svg.contains(nameOf(layers[0])));
        CHECK(svg.contains(nameOf(layers[2])));
        CHECK_FALSE(svg.contains(nameOf(layers[1])));
        CHECK(scene.nodeFor(layers[1].id)->isVisible());
    }
}

TEST_CASE("canvas PNG follows the scale and the chosen background", "[picture]")
{
    Document document;
    loadNin(document);
    CanvasView view(&document);
    const CanvasPicture picture(*view.canvasScene(), CanvasPicture::Scope::Network);

    const QImage one = renderPicture(picture, 1.0);
    const QImage two = renderPicture(picture, 2.0);
    REQUIRE_FALSE(one.isNull());
    CHECK(std::abs(two.width() - 2 * one.width()) <= 1);
    CHECK(std::abs(two.height() - 2 * one.height()) <= 1);

    // The corner lies in the margin around the drawing: only the background is there.
    const QImage white = renderPicture(picture, 1.0, PictureBackground::Theme);
    const QImage clear = renderPicture(picture, 1.0, PictureBackground::Transparent);
    CHECK(qAlpha(white.pixel(0, 0)) == 255);
    CHECK(white.pixelColor(0, 0) == QColor(Qt::white));
    CHECK(qAlpha(clear.pixel(0, 0)) == 0);
    // The nodes are still painted on the transparent one.
    bool opaque = false;
    for (int y = 0; y < clear.height() && !opaque; y += 3)
        for (int x = 0; x < clear.width() && !opaque; x += 3)
            opaque = qAlpha(clear.pixel(x, y)) == 255;
    CHECK(opaque);
}

TEST_CASE("the memory chart exports as SVG with its peak", "[picture]")
{
    Document document;
    loadNin(document);
    MemoryPanel panel(&document);
    MemoryTimelineChart *chart = panel.timelineChart();
    chart->resize(600, 300);
    REQUIRE(chart->hasPicture());
    const QString svg = svgOf(*chart);
    CHECK(svg.contains(QStringLiteral("peak")));
    CHECK(svg.contains(QStringLiteral("input"))); // the first step's name under its bar
}

TEST_CASE("the memory chart's picture has one size whatever the window", "[picture]")
{
    Document document;
    loadNin(document);
    MemoryPanel panel(&document);
    MemoryTimelineChart *chart = panel.timelineChart();
    chart->resize(420, 180);
    const QImage small = renderPicture(*chart, 1.0);
    chart->resize(1500, 700);
    const QImage large = renderPicture(*chart, 1.0);
    REQUIRE_FALSE(small.isNull());
    CHECK(small.size() == large.size());
    // A slide's width at 100 %, not the widget's.
    CHECK(small.width() == 960);
    CHECK(small.height() == 400);
    // The same drawing too: the widget's size no longer reaches the picture.
    CHECK(small == large);
}

TEST_CASE("Export Picture offers the network, the selection and the memory chart",
          "[picture]")
{
    MainWindow window;
    window.openExample(QStringLiteral(":/examples/nin.cnn.json"));
    Document *document = window.document();
    for (const char *name : {"exportNetworkPng", "exportNetworkSvg"})
        CHECK(namedAction(window, name)->isEnabled());
    document->setSelection({});
    CHECK_FALSE(namedAction(window, "exportSelectionPng")->isEnabled());
    CHECK_FALSE(namedAction(window, "exportSelectionSvg")->isEnabled());
    document->setSelection({document->network().layers[2].id});
    CHECK(namedAction(window, "exportSelectionPng")->isEnabled());
    CHECK(namedAction(window, "exportSelectionSvg")->isEnabled());
    namedAction(window, "exportMemoryChartSvg"); // present
}

TEST_CASE("the picture options answer replaces the dialog", "[picture]")
{
    setPictureOptionsAnswer([]() -> std::optional<PictureOptions> {
        return PictureOptions{3.0, PictureBackground::Transparent};
    });
    const std::optional<PictureOptions> options = askPictureOptions(nullptr, QStringLiteral("t"));
    setPictureOptionsAnswer(nullptr);
    REQUIRE(options);
    CHECK(options->scale == 3.0);
    CHECK(options->background == PictureBackground::Transparent);
}

} // namespace cd::ui
