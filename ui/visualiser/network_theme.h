#pragma once

// The network view's colours and picture fonts. The red is the layer view's "discarded" red
// (visualiser_theme.h), so both views mean the same thing by it in every theme; it is laid
// over the input at partial opacity so that a loaded photo stays visible under the shading.

#include "network_coverage.h"
#include "theme/theme.h"

#include <QColor>
#include <QFont>

namespace cd::ui::network {

// One theme's colours: the ground, frame and text are the layer view's (visualiser_theme.h).
struct NetworkColours
{
    QRgb backgroundColour;
    QRgb frameColour;
    QRgb gridColour;    // ARGB: faint on any image
    QRgb shadingColour; // ARGB: the discarded red at 70 %
    QRgb unusedBarColour; // strips' edges, ruler marks
    QRgb unusedTextColour;
    QRgb usedTextColour; // "every input pixel can reach the output"
    QRgb errorTextColour;
    QRgb textColour;
    QRgb secondaryTextColour;
    QRgb checkerLightColour; // used pixels without a photo
    QRgb checkerDarkColour;
};

// The colours of the theme now in force (currentTheme()), or of a given one.
const NetworkColours &colours();
const NetworkColours &colours(Theme theme);

// Pixel-sized, so that the picture lays out the same on screen, in a PNG and in an SVG.
inline QFont pictureFont(int pixelSize, bool bold = false)
{
    QFont font;
    font.setPixelSize(pixelSize);
    font.setBold(bold);
    return font;
}

// The count line says good news in green, lost pixels in red and a failure in dark red.
inline QRgb countColour(const NetworkCoverage &coverage)
{
    if (coverage.state != NetworkCoverage::State::Known)
        return colours().errorTextColour;
    return coverage.input.unusedPixels > 0 ? colours().unusedTextColour
                                           : colours().usedTextColour;
}

} // namespace cd::ui::network
