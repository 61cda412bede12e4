#include "canvas_theme.h"

#include "theme/theme.h"

#include <QGuiApplication>

namespace cd::ui::canvas {

namespace {

// Today's canvas: light grey ground, white blocks, Google-like greys and blue.
constexpr CanvasColours light{
    .backgroundColor = 0xf6f7f9,
    .gridColor = 0xd9dde3,
    .blockFill = 0xffffff,
    .blockBorder = 0xd3d8de,
    .textColor = 0x202124,
    .secondaryTextColor = 0x5f6368,
    .accentColor = 0x1967d2,
    .selectedFill = 0xeef4fe,
    .errorFill = 0xfce8e6,
    .errorBorder = 0xd93025,
    .errorText = 0xa50e0e,
    .idleFill = 0xf1f3f4,
    .idleBorder = 0xdadce0,
    .idleText = 0x9aa0a6,
    .badgeFill = 0xfef7e0,
    .badgeBorder = 0xf9ab00,
    .badgeText = 0x8a4b00,
    .connectorColor = 0x9aa0a6,
    .inputColor = 0x3c4043,
    .highlightColor = 0xa142f4,
    .frameFill = 0xeceff3,
    .frameBorder = 0xc4cad1,
    .blockStripe = 0x5f6368,
    .shadow = qRgba(60, 64, 67, 22),
    .borderWidth = 1,
};

// Blocks a step lighter than the ground, light text; the accents lightened so that they keep
// their contrast on dark grey (the badge stays amber, errors stay red).
constexpr CanvasColours dark{
    .backgroundColor = 0x1b1c1f,
    .gridColor = 0x34373c,
    .blockFill = 0x2a2c30,
    .blockBorder = 0x4a4f57,
    .textColor = 0xe8eaed,
    .secondaryTextColor = 0xaab0b8,
    .accentColor = 0x8ab4f8,
    .selectedFill = 0x22324a,
    .errorFill = 0x4a2421,
    .errorBorder = 0xf28b82,
    .errorText = 0xf6aea9,
    .idleFill = 0x24262a,
    .idleBorder = 0x3c4043,
    .idleText = 0x80868b,
    .badgeFill = 0x3b3120,
    .badgeBorder = 0xfbbc04,
    .badgeText = 0xfdd663,
    .connectorColor = 0x8a9099,
    .inputColor = 0xbdc1c6,
    .highlightColor = 0xc58af9,
    .frameFill = 0x232529,
    .frameBorder = 0x50555d,
    .blockStripe = 0x9aa0a6,
    // Light grey would glow on dark grey: black, stronger, as a shadow looks there.
    .shadow = qRgba(0, 0, 0, 110),
    .borderWidth = 1,
};

// For a projector in a lit hall: a projector cannot show black (the screen stays grey where it
// is off), so the ground is white and everything drawn is black or a saturated colour, with
// heavier outlines than the light theme's hairlines.
constexpr CanvasColours highContrast{
    .backgroundColor = 0xffffff,
    .gridColor = 0xc0c0c0,
    .blockFill = 0xffffff,
    .blockBorder = 0x000000,
    .textColor = 0x000000,
    .secondaryTextColor = 0x000000,
    .accentColor = 0x0040d0,
    .selectedFill = 0xdce8ff,
    .errorFill = 0xffe0e0,
    .errorBorder = 0xd00000,
    .errorText = 0xa00000,
    .idleFill = 0xf0f0f0,
    .idleBorder = 0x606060,
    .idleText = 0x505050,
    .badgeFill = 0xffe066,
    .badgeBorder = 0x000000,
    .badgeText = 0x000000,
    .connectorColor = 0x000000,
    .inputColor = 0x000000,
    .highlightColor = 0x9000e0,
    .frameFill = 0xf0f0f0,
    .frameBorder = 0x000000,
    .blockStripe = 0x000000,
    .shadow = qRgba(0, 0, 0, 22),
    .borderWidth = 2,
};

} // namespace

const CanvasColours &colours()
{
    return forTheme(currentTheme(), light, dark, highContrast);
}

QFont bodyFont()
{
    QFont font = QGuiApplication::font();
    font.setPointSizeF(10);
    return font;
}

QFont titleFont()
{
    QFont font = bodyFont();
    font.setBold(true);
    return font;
}

QFont smallFont()
{
    QFont font = QGuiApplication::font();
    font.setPointSizeF(9);
    return font;
}

} // namespace cd::ui::canvas
