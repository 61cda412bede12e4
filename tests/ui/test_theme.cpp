// Light, dark and high contrast: switching the theme changes what the views paint, View ▸
// Theme remembers the choice for the next window, presentation mode turns high contrast and
// back, and "System" reads the palette.

#include "canvas/canvas_scene.h"
#include "canvas/canvas_theme.h"
#include "canvas/canvas_view.h"
#include "canvas/canvas_layout.h"
#include "canvas/node_item.h"
#include "document.h"
#include "main_window.h"
#include "palette/drag_pixmap.h"
#include "present/presentation_mode.h"
#include "theme/text_styles.h"
#include "theme/theme.h"
#include "theme/theme_menu.h"
#include "visualiser/layer_view.h"
#include "visualiser/network_view.h"
#include "visualiser/picture_export.h"
#include "visualiser/visualiser_theme.h"

#include "named_action.h"
#include "nin_document.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QStyleOptionGraphicsItem>
#include <QPainter>
#include <QSettings>

#include <memory>

using namespace cd;
using namespace cd::ui;

namespace {

// Every case starts and ends in the light theme with no stored choice, as a first start does.
class LightAfterwards
{
public:
    LightAfterwards() { reset(); }
    ~LightAfterwards() { reset(); }
    LightAfterwards(const LightAfterwards &) = delete;
    LightAfterwards &operator=(const LightAfterwards &) = delete;

private:
    static void reset()
    {
        QSettings().remove(QStringLiteral("view/theme"));
        setTheme(Theme::Light);
    }
};

bool isDark(const QColor &colour)
{
    return colour.lightness() < 80;
}

// The scene's background far from every node, where only the dot grid's ground shows: the
// grid tiles every 24 scene units with its dot in the middle, so a tile's corner is bare.
QColor sceneGround(CanvasScene &scene)
{
    QImage image(8, 8, QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    scene.render(&painter, QRectF(0, 0, 8, 8), QRectF(-2400, -2400, 8, 8));
    painter.end();
    return image.pixelColor(2, 2);
}

bool containsColour(const QImage &image, QRgb rgb)
{
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if ((image.pixel(x, y) & 0xffffff) == (rgb & 0xffffff))
                return true;
        }
    }
    return false;
}

LayerId firstLayer(const Document &document)
{
    return document.network().layers.front().id;
}

} // namespace

TEST_CASE("the canvas paints its ground in the active theme", "[theme]")
{
    LightAfterwards light;
    Document document;
    loadNin(document);
    CanvasView view(&document);
    CanvasScene &scene = *view.canvasScene();

    // Light is the canvas as it was: #f6f7f9.
    CHECK(sceneGround(scene) == QColor(0xf6, 0xf7, 0xf9));
    setTheme(Theme::Dark);
    CHECK(isDark(sceneGround(scene)));
    setTheme(Theme::HighContrast);
    CHECK(sceneGround(scene) == QColor(Qt::white));
    setTheme(Theme::Light);
    CHECK(sceneGround(scene) == QColor(0xf6, 0xf7, 0xf9));
}

TEST_CASE("pictures take the active theme's ground and colours", "[theme][picture]")
{
    LightAfterwards light;
    Document document;
    loadNin(document);
    document.setCurrentLayer(firstLayer(document)); // nin1: row and column 223 are discarded
    LayerView layerView(&document);
    NetworkView networkView(&document);

    const QImage lightLayer = renderPicture(layerView, 1.0);
    CHECK(lightLayer.pixelColor(0, 0) == QColor(Qt::white));
    CHECK(renderPicture(networkView, 1.0).pixelColor(0, 0) == QColor(Qt::white));
    CHECK(containsColour(lightLayer, 0xe5252a)); // the light theme's discarded red

    setTheme(Theme::Dark);
    const QImage darkLayer = renderPicture(layerView, 1.0);
    CHECK(isDark(darkLayer.pixelColor(0, 0)));
    CHECK(isDark(renderPicture(networkView, 1.0).pixelColor(0, 0)));
    // The cells were painted again in the dark theme's colours, not kept from before.
    CHECK(containsColour(darkLayer, visualiser::colours(Theme::Dark).discardedColour));
    CHECK_FALSE(containsColour(darkLayer, 0xe5252a));
}

TEST_CASE("discarded cells are red in every theme, and the kinds stay apart", "[theme]")
{
    LightAfterwards light;
    for (const Theme theme : {Theme::Light, Theme::Dark, Theme::HighContrast}) {
        setTheme(theme);
        const QColor red = visualiser::colourOf(CellKind::Discarded);
        INFO(themeName(theme).toStdString());
        CHECK((red.hue() <= 10 || red.hue() >= 350));
        CHECK(red.saturation() > 150);
        const QColor kinds[] = {visualiser::colourOf(CellKind::Read), red,
                                visualiser::colourOf(CellKind::Padding),
                                visualiser::colourOf(CellKind::Implicit),
                                QColor(visualiser::colours().highlightColour)};
        for (std::size_t i = 0; i < std::size(kinds); ++i) {
            for (std::size_t j = i + 1; j < std::size(kinds); ++j)
                CHECK(kinds[i] != kinds[j]);
        }
    }
}

TEST_CASE("the application palette follows the theme", "[theme]")
{
    LightAfterwards light;
    const QPalette before = QApplication::palette();
    setTheme(Theme::Dark);
    CHECK(isDark(QApplication::palette().color(QPalette::Window)));
    CHECK_FALSE(isDark(QApplication::palette().color(QPalette::WindowText)));
    setTheme(Theme::HighContrast);
    CHECK(QApplication::palette().color(QPalette::Window) == QColor(Qt::white));
    CHECK(QApplication::palette().color(QPalette::WindowText) == QColor(Qt::black));
    setTheme(Theme::Light);
    // The offscreen platform's palette is a light one: Light brings it back unchanged.
    CHECK(QApplication::palette().color(QPalette::Window) == before.color(QPalette::Window));
    CHECK(QApplication::palette().color(QPalette::Text) == before.color(QPalette::Text));
}

TEST_CASE("System resolves from the palette's window and text", "[theme]")
{
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x30, 0x30, 0x30));
    dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    CHECK(themeForPalette(dark) == Theme::Dark);
    QPalette light;
    light.setColor(QPalette::Window, QColor(0xef, 0xef, 0xef));
    light.setColor(QPalette::WindowText, Qt::black);
    CHECK(themeForPalette(light) == Theme::Light);
    // The tests start on a light palette, so System means Light here.
    CHECK(resolveTheme(ThemeChoice::System) == Theme::Light);
    CHECK(resolveTheme(ThemeChoice::Dark) == Theme::Dark);
}

TEST_CASE("coloured dock texts are written again for a new theme", "[theme]")
{
    LightAfterwards light;
    QLabel label;
    setTextStyle(&label, TextStyle::Muted);
    CHECK(label.styleSheet().contains(QStringLiteral("#5b6675"))); // the light theme's grey
    setTheme(Theme::Dark);
    CHECK(label.styleSheet() == textStyleSheet(TextStyle::Muted));
    CHECK_FALSE(label.styleSheet().contains(QStringLiteral("#5b6675")));
    // A second style replaces the first rather than fighting it on the next change.
    setTextStyle(&label, TextStyle::Error);
    setTheme(Theme::Light);
    CHECK(label.styleSheet() == textStyleSheet(TextStyle::Error));
}

TEST_CASE("View > Theme is remembered for the next window", "[theme]")
{
    LightAfterwards light;
    {
        MainWindow window;
        CHECK(namedAction(window, "themeSystemAction")->isChecked());
        namedAction(window, "themeDarkAction")->trigger();
        CHECK(currentTheme() == Theme::Dark);
        CHECK(namedAction(window, "themeDarkAction")->isChecked());
        CHECK_FALSE(namedAction(window, "themeSystemAction")->isChecked());
    }
    CHECK(QSettings().value(QStringLiteral("view/theme")).toString() == QStringLiteral("dark"));
    setTheme(Theme::Light); // as a new start of the application would be
    MainWindow next;
    CHECK(namedAction(next, "themeDarkAction")->isChecked());
    CHECK(currentTheme() == Theme::Dark);
    namedAction(next, "themeHighContrastAction")->trigger();
    CHECK(currentTheme() == Theme::HighContrast);
    CHECK(storedThemeChoice() == ThemeChoice::HighContrast);
}

TEST_CASE("presenting turns high contrast and leaving restores the chosen theme", "[theme]")
{
    LightAfterwards light;
    MainWindow window;
    window.openExample(QStringLiteral(":/examples/nin.cnn.json"));
    namedAction(window, "themeDarkAction")->trigger();
    QAction *present = namedAction(window, "presentAction");

    present->trigger();
    CHECK(currentTheme() == Theme::HighContrast);
    present->trigger();
    CHECK(currentTheme() == Theme::Dark);

    SECTION("a theme picked while presenting stays")
    {
        present->trigger();
        namedAction(window, "themeLightAction")->trigger();
        CHECK(currentTheme() == Theme::Light);
        present->trigger();
        CHECK(currentTheme() == Theme::Light);
        CHECK(namedAction(window, "themeLightAction")->isChecked());
    }
    SECTION("even high contrast, picked on purpose")
    {
        present->trigger();
        namedAction(window, "themeHighContrastAction")->trigger();
        present->trigger();
        CHECK(currentTheme() == Theme::HighContrast);
    }
}

TEST_CASE("a node's shadow and a dragged palette entry take the dark theme's colours", "[theme]")
{
    LightAfterwards light;
    setTheme(Theme::Dark);
    const QColor ground = QColor::fromRgb(canvas::colours().backgroundColor);

    SECTION("the shadow under a node darkens the ground, never lightens it")
    {
        Document document;
        loadNin(document);
        CanvasView view(&document);
        NodeItem *node = view.canvasScene()->nodeFor(firstLayer(document));
        REQUIRE(node != nullptr);
        const QRectF box = node->boundingRect();
        QImage image(box.size().toSize(), QImage::Format_ARGB32);
        image.fill(ground);
        QPainter painter(&image);
        painter.translate(-box.topLeft());
        QStyleOptionGraphicsItem option;
        node->paint(&painter, &option, nullptr);
        painter.end();
        // Just below the body, a third of the way across: the shadow, clear of the port.
        const QPoint below = (QPointF(canvas::blockWidth / 3, canvas::blockHeight + 1.5)
                              - box.topLeft())
                                 .toPoint();
        const QColor shade = image.pixelColor(below);
        CHECK(shade.lightness() <= ground.lightness());
    }
    SECTION("the drag card is the canvas's dark node, not a white one")
    {
        QListWidget list;
        auto *item = new QListWidgetItem(QStringLiteral("Conv2d"), &list);
        const QPixmap pixmap = paletteDragPixmap(*item, list.font(), 1);
        const QImage image = pixmap.toImage();
        // Inside the card, left of the icon.
        CHECK(isDark(image.pixelColor(3, image.height() / 2)));
    }
}
