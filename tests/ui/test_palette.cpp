// The Layers palette: every type listed with icon and tooltip, its drag data, and
// double-click / Enter appending after the selection.

#include "document.h"
#include "io/network_reader.h"
#include "layer_text.h"
#include "palette/layer_mime.h"
#include "palette/layer_palette.h"
#include "palette/layer_style.h"

#include <catch2/catch.hpp>

#include <QMimeData>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace cd;
using namespace cd::ui;

namespace {

void loadNin(Document &document)
{
    io::ReadResult read
        = io::readNetworkFile(QStringLiteral(CONVDESIGNER_EXAMPLES "/nin.cnn.json"));
    REQUIRE(read.network);
    document.reset(std::move(*read.network), QString());
}

int rowOf(const LayerPalette &palette, LayerType type)
{
    for (int row = 0; row < palette.count(); ++row) {
        if (palette.typeAt(row) == type)
            return row;
    }
    return -1;
}

} // namespace

TEST_CASE("palette lists every layer type with label and icon and tooltip")
{
    Document document;
    LayerPalette palette(&document);
    REQUIRE(palette.count() == layerTypeCount);
    for (int row = 0; row < palette.count(); ++row) {
        const auto type = static_cast<LayerType>(row);
        CAPTURE(row);
        CHECK(palette.typeAt(row) == type);
        CHECK(palette.item(row)->text() == layerLabel(type));
        CHECK(palette.item(row)->toolTip() == QString::fromStdString(layerDescription(type)));
        // The SVG resource is compiled in and the SVG plugin renders it.
        CHECK_FALSE(palette.item(row)->icon().pixmap(QSize(24, 24)).isNull());
    }
    CHECK(palette.item(rowOf(palette, LayerType::NinBlock))->text() == QStringLiteral("NiN block"));
}

TEST_CASE("layer mime data round-trips every type and refuses foreign data")
{
    for (int i = 0; i < layerTypeCount; ++i) {
        const auto type = static_cast<LayerType>(i);
        std::unique_ptr<QMimeData> mime(encodeLayerMime(type));
        CHECK(mime->hasFormat(QStringLiteral("application/x-convdesigner-layer-type")));
        CHECK(decodeLayerMime(mime.get()) == type);
    }
    QMimeData text;
    text.setText(QStringLiteral("conv2d"));
    CHECK_FALSE(decodeLayerMime(&text));
    QMimeData unknown;
    unknown.setData(layerMimeType(), "conv3d");
    CHECK_FALSE(decodeLayerMime(&unknown));
    CHECK_FALSE(decodeLayerMime(nullptr));
}

TEST_CASE("dragging a palette entry carries its type")
{
    Document document;
    LayerPalette palette(&document);
    CHECK(palette.model()->mimeTypes() == QStringList{layerMimeType()});
    const int row = rowOf(palette, LayerType::MaxPool2d);
    std::unique_ptr<QMimeData> mime(palette.model()->mimeData({palette.model()->index(row, 0)}));
    REQUIRE(mime);
    CHECK(decodeLayerMime(mime.get()) == LayerType::MaxPool2d);
}

TEST_CASE("double-clicking a palette entry appends after the selected layer")
{
    Document document;
    loadNin(document);
    const LayerId selected = document.network().layers[2].id;
    document.setCurrentLayer(selected);
    LayerPalette palette(&document);
    palette.resize(240, 600);
    palette.show();
    REQUIRE(QTest::qWaitForWindowExposed(&palette));

    QListWidgetItem *item = palette.item(rowOf(palette, LayerType::Conv2d));
    const QPoint centre = palette.visualItemRect(item).center();
    // A real double-click starts with a click.
    QTest::mouseClick(palette.viewport(), Qt::LeftButton, Qt::NoModifier, centre);
    QTest::mouseDClick(palette.viewport(), Qt::LeftButton, Qt::NoModifier, centre);

    REQUIRE(document.network().layers.size() == 11);
    CHECK(layerType(document.network().layers[3].kind) == LayerType::Conv2d);
    CHECK(document.undoStack()->count() == 1);
    CHECK(document.currentLayer() == document.network().layers[3].id);
}

TEST_CASE("Enter on a palette entry appends it and with the input selected at the end")
{
    Document document;
    loadNin(document);
    LayerPalette palette(&document);
    palette.setCurrentRow(rowOf(palette, LayerType::Linear));

    QTest::keyClick(&palette, Qt::Key_Return);
    REQUIRE(document.network().layers.size() == 11);
    CHECK(layerType(document.network().layers.back().kind) == LayerType::Linear);

    // The new layer is selected, so the next one goes right after it.
    palette.setCurrentRow(rowOf(palette, LayerType::ReLU));
    QTest::keyClick(&palette, Qt::Key_Enter, Qt::KeypadModifier);
    REQUIRE(document.network().layers.size() == 12);
    CHECK(layerType(document.network().layers.back().kind) == LayerType::ReLU);
    CHECK(document.undoStack()->count() == 2);
}
