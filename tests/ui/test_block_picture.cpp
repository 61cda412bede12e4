// File ▸ Export Picture ▸ Block: one block of ResNet-18 drawn expanded in its frame, with
// exactly its own layers, whether the canvas shows it expanded or collapsed, and without
// changing the canvas.

#include "canvas/canvas_picture.h"
#include "canvas/canvas_scene.h"
#include "canvas/canvas_view.h"
#include "canvas/block_frame_item.h"
#include "canvas/collapsed_block_item.h"
#include "canvas/corner_button.h"
#include "canvas/node_item.h"
#include "document.h"
#include "io/network_reader.h"
#include "layer_menu.h"
#include "main_window.h"
#include "named_action.h"
#include "picture_svg.h"
#include "visualiser/picture_export.h"

#include <catch2/catch.hpp>

#include <QMenu>
#include <QRegularExpression>

#include <memory>

namespace cd::ui {

namespace {

const QString firstBlock = QStringLiteral("residual2_1");

void loadResnet(Document &document)
{
    io::ReadResult read =
        io::readNetworkFile(QStringLiteral(CONVDESIGNER_EXAMPLES "/resnet18.cnn.json"));
    REQUIRE(read.network.has_value());
    document.reset(std::move(*read.network), QString());
}

// The texts the SVG draws, one per <text> element.
QStringList textsOf(const QString &svg)
{
    QStringList texts;
    static const QRegularExpression element(QStringLiteral(">([^<>]+)</text>"));
    for (auto it = element.globalMatch(svg); it.hasNext();)
        texts << it.next().captured(1);
    return texts;
}

// Whether a node title among `texts` reads `name`: whole, or cut short with "…" where the
// node is too narrow ("residual2_1…" for residual2_1_bn1).
bool showsName(const QStringList &texts, const std::string &name)
{
    const QString whole = QString::fromStdString(name);
    for (const QString &text : texts) {
        if (text == whole)
            return true;
        if (text.endsWith(QChar(0x2026)) && whole.startsWith(text.chopped(1)))
            return true;
    }
    return false;
}

// The picture names every layer of the first residual block and no other layer.
void checkFirstBlockOnly(const QString &svg, const Document &document)
{
    const QStringList texts = textsOf(svg);
    const Network &network = document.network();
    int inside = 0;
    for (std::size_t i = 0; i < network.layers.size(); ++i) {
        // The name the canvas shows: the layer's own or derived ("relu_6").
        const std::string &name = document.analysis().layers[i].name;
        INFO(name);
        if (QString::fromStdString(network.layers[i].block) == firstBlock) {
            ++inside;
            CHECK(showsName(texts, name));
        } else {
            CHECK_FALSE(showsName(texts, name));
        }
    }
    // conv, bn, relu, conv, bn, add, relu: the basic residual block of ResNet.
    CHECK(inside == 7);
}

LayerId idNamed(const Document &document, const char *name)
{
    for (const Layer &layer : document.network().layers)
        if (layer.name == name)
            return layer.id;
    FAIL("no layer " << name);
    return 0;
}

} // namespace

TEST_CASE("a block picture shows exactly the block's layers", "[picture][block]")
{
    Document document;
    loadResnet(document);
    CanvasView view(&document);
    CanvasScene &scene = *view.canvasScene();

    SECTION("the block expanded on the canvas")
    {
        const CanvasPicture picture(scene, firstBlock);
        REQUIRE(picture.hasPicture());
        checkFirstBlockOnly(svgOf(picture), document);
        const CanvasPicture network(scene, CanvasPicture::Scope::Network);
        CHECK(picture.pictureSize().height() < network.pictureSize().height() / 4);
    }
    SECTION("the block collapsed on the canvas, which stays as it was")
    {
        document.setBlockCollapsed(firstBlock, true);
        scene.finishAnimation();
        const LayerId below = idNamed(document, "residual2_2_conv1");
        const QRectF placeBefore = scene.finalNodeRect(below);
        const std::size_t nodesBefore = scene.nodes().size();
        const int itemsBefore = scene.items().size();
        {
            const CanvasPicture picture(scene, firstBlock);
            REQUIRE(picture.hasPicture());
            checkFirstBlockOnly(svgOf(picture), document);
        }
        CHECK(document.isBlockCollapsed(firstBlock));
        CHECK(scene.collapsedBlock(firstBlock) != nullptr);
        CHECK(scene.blockFor(idNamed(document, "residual2_1_conv1")) == nullptr);
        CHECK(scene.nodes().size() == nodesBefore);
        CHECK(scene.items().size() == itemsBefore);
        CHECK(scene.finalNodeRect(below) == placeBefore);
        CHECK(scene.collapsedBlock(firstBlock)->isVisible());
    }
    SECTION("an unknown block has no picture")
    {
        CHECK_FALSE(CanvasPicture(scene, QStringLiteral("no_such_block")).hasPicture());
    }
}

TEST_CASE("the selected block is the one every selected layer lies in", "[picture][block]")
{
    Document document;
    loadResnet(document);
    const LayerId conv1 = idNamed(document, "residual2_1_conv1");
    const LayerId add = idNamed(document, "residual2_1_add");
    const LayerId next = idNamed(document, "residual2_2_conv1");
    document.setSelection({conv1, add});
    CHECK(CanvasPicture::selectedBlock(document) == firstBlock);
    document.setSelection({conv1, next});
    CHECK(CanvasPicture::selectedBlock(document).isEmpty());
    document.setSelection({});
    CHECK(CanvasPicture::selectedBlock(document).isEmpty());
}

TEST_CASE("Export Picture offers the block of the selection, collapsed or not", "[picture][block]")
{
    MainWindow window;
    window.openExample(QStringLiteral(":/examples/resnet18.cnn.json"));
    Document *document = window.document();
    document->setSelection({});
    CHECK_FALSE(namedAction(window, "exportBlockPng")->isEnabled());
    CHECK_FALSE(namedAction(window, "exportBlockSvg")->isEnabled());
    const LayerId add = idNamed(*document, "residual2_1_add");
    document->setSelection({add});
    CHECK(namedAction(window, "exportBlockPng")->isEnabled());
    CHECK(namedAction(window, "exportBlockSvg")->isEnabled());
    // A collapsed block's node selects the block's output layer.
    document->setBlockCollapsed(firstBlock, true);
    document->setSelection({idNamed(*document, "residual2_1_out")});
    CHECK(namedAction(window, "exportBlockSvg")->isEnabled());

    SECTION("a block's layer has the block's pictures in its menu")
    {
        const std::unique_ptr<QMenu> menu(window.createLayerMenu(add, nullptr));
        REQUIRE(menu != nullptr);
        CHECK(namedAction(*menu, "exportBlockPng")->isEnabled());
        CHECK(namedAction(*menu, "exportBlockSvg")->isEnabled());
    }
    SECTION("a collapsed block's node has a menu to expand it and export it")
    {
        const std::unique_ptr<QMenu> menu(window.createBlockMenu(firstBlock, nullptr));
        CHECK(namedAction(*menu, "exportBlockPng")->isEnabled());
        namedAction(*menu, "expandBlock")->trigger();
        CHECK_FALSE(document->isBlockCollapsed(firstBlock));
    }
}

TEST_CASE("pictures leave out the blocks' collapse and expand buttons", "[picture][block]")
{
    Document document;
    loadResnet(document);
    document.setBlockCollapsed(QStringLiteral("residual3_1"), true);
    CanvasView view(&document);
    CanvasScene &scene = *view.canvasScene();
    // The button is a circle in its square, drawn with a 1-unit pen half a unit inside it.
    const qreal radius = canvas::cornerButtonRect().width() / 2 - 0.5;
    const QRegularExpression button(
        QStringLiteral("<circle [^>]*r=\"%1\"").arg(radius));
    BlockFrameItem *frame = scene.frameFor(firstBlock);
    REQUIRE(frame != nullptr);
    auto *collapsed = qgraphicsitem_cast<CollapsedBlockItem *>(
        scene.nodeFor(idNamed(document, "residual3_1_add")));
    REQUIRE(collapsed != nullptr);

    const QString network = svgOf(CanvasPicture(scene, CanvasPicture::Scope::Network));
    CHECK(network.contains(QStringLiteral("residual2_1"))); // the frames are drawn
    CHECK_FALSE(network.contains(button));
    CHECK_FALSE(svgOf(CanvasPicture(scene, firstBlock)).contains(button));
    // The canvas keeps its buttons.
    CHECK(frame->isCornerButtonShown());
    CHECK(collapsed->isCornerButtonShown());
}

} // namespace cd::ui
