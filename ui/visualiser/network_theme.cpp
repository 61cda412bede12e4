#include "network_theme.h"

#include "visualiser_theme.h"

namespace cd::ui::network {

namespace {

// What the network view adds to the layer view's colours in each theme.
struct OwnColours
{
    QRgb grid;
    QRgb shadingAlpha; // in the top byte, over the theme's discarded red
    QRgb usedText;
    QRgb errorText;
    QRgb checkerLight;
    QRgb checkerDark;
};

OwnColours ownColours(Theme theme)
{
    switch (theme) {
    case Theme::Light: break;
    // Dark: a light grid, a checkerboard a step above the dark ground, light green and red text.
    case Theme::Dark: return {0x40ffffff, 0xb4000000, 0x81c995, 0xf6aea9, 0x484c53, 0x3a3d43};
    // High contrast: a darker grid and stronger shading, to survive a washed-out projector.
    case Theme::HighContrast:
        return {0x66000000, 0xc8000000, 0x006400, 0xa00000, 0xe6e6e6, 0xc8c8c8};
    }
    return {0x33000000, 0xb4000000, 0x1e6b34, 0xa50e0e, 0xe9ebee, 0xd6dade};
}

NetworkColours combine(Theme theme)
{
    const visualiser::VisualiserColours &v = visualiser::colours(theme);
    const OwnColours own = ownColours(theme);
    return {
        .backgroundColour = v.backgroundColour,
        .frameColour = v.realFrameColour,
        .gridColour = own.grid,
        .shadingColour = own.shadingAlpha | (v.discardedColour & 0xffffff),
        .unusedBarColour = v.discardedColour,
        .unusedTextColour = v.discardedTextColour,
        .usedTextColour = own.usedText,
        .errorTextColour = own.errorText,
        .textColour = v.textColour,
        .secondaryTextColour = v.secondaryTextColour,
        .checkerLightColour = own.checkerLight,
        .checkerDarkColour = own.checkerDark,
    };
}

} // namespace

const NetworkColours &colours(Theme theme)
{
    static const NetworkColours sets[] = {combine(Theme::Light), combine(Theme::Dark),
                                          combine(Theme::HighContrast)};
    return sets[static_cast<int>(theme)];
}

const NetworkColours &colours()
{
    return colours(currentTheme());
}

} // namespace cd::ui::network
