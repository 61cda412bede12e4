// A canvas block's icon drawn whole on a high-DPI screen: at QT_SCALE_FACTOR=2 the icon's
// pixmap has twice the pixels, and a source rectangle in logical pixels used to keep only its
// top-left quarter. ctest runs this case a second time with QT_SCALE_FACTOR=2 (CMakeLists).

#include "canvas/canvas_scene.h"
#include "canvas/layer_block_item.h"
#include "document.h"

#include "nin_document.h"

#include <catch2/catch.hpp>

#include <QImage>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

using namespace cd;
using namespace cd::ui;

namespace {

// The pixel of `image` (device pixel ratio `ratio`, painted from the item's bounding rect)
// under icon coordinate `iconPoint` (0–24, the SVG's own viewBox units).
QColor iconPixel(const QImage &image, const QRectF &bounds, QPointF iconPoint, qreal ratio)
{
    const QRectF icon = LayerBlockItem::iconRect();
    const QPointF item = icon.topLeft() + iconPoint * (icon.width() / 24.0);
    const QPointF device = (item - bounds.topLeft()) * ratio;
    return image.pixelColor(int(device.x()), int(device.y()));
}

bool near(const QColor &a, const QColor &b)
{
    return std::abs(a.red() - b.red()) <= 16 && std::abs(a.green() - b.green()) <= 16
           && std::abs(a.blue() - b.blue()) <= 16;
}

} // namespace

TEST_CASE("a block's icon is drawn whole at device pixel ratio 2", "[canvas][hidpi]")
{
    Document document;
    loadNin(document);
    CanvasScene scene(&document);
    LayerBlockItem *block = scene.blockFor(document.network().layers.front().id); // nin1
    REQUIRE(block != nullptr);
    REQUIRE(block->status() == LayerStatus::Ok);

    const qreal ratio = 2;
    const QRectF bounds = block->boundingRect();
    QImage image((bounds.size() * ratio).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(ratio);
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        painter.translate(-bounds.topLeft());
        QStyleOptionGraphicsItem option;
        block->paint(&painter, &option, nullptr);
    }

    // nin_block.svg: a purple (#8e24aa) rounded square 2–22 with white bars at x 5–19,
    // y 5–9 and at x 7–17, y 10.5–14 and 15.5–19 (80 % white). The bottom-right quadrant:
    const QColor purple(0x8e, 0x24, 0xaa);
    CHECK(near(iconPixel(image, bounds, {18, 17}, ratio), purple));   // right of the bars
    CHECK(near(iconPixel(image, bounds, {20, 20}, ratio), purple));   // inside the corner
    CHECK(near(iconPixel(image, bounds, {18, 12.5}, ratio), purple)); // right of the middle bar
    const QColor bar = iconPixel(image, bounds, {14, 17}, ratio);     // the lowest bar
    CHECK(bar.red() > 200);
    CHECK(bar.green() > 180);
}
