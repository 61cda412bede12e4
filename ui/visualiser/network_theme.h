#pragma once

// The network view's colours and picture fonts. The red is the layer view's "discarded" red
// (visualiser_theme.h), so both views mean the same thing by it; it is laid over the input at
// partial opacity so that a loaded photo stays visible under the shading.

#include "network_coverage.h"
#include "visualiser_theme.h"

#include <QColor>
#include <QFont>

namespace cd::ui::network {

inline constexpr QRgb backgroundColour = visualiser::backgroundColour;
inline constexpr QRgb frameColour = visualiser::realFrameColour;
inline constexpr QRgb gridColour = 0x33000000;    // ARGB: faint on any image
inline constexpr QRgb shadingColour = 0xb4e5252a; // ARGB: signal red at 70 %
inline constexpr QRgb unusedBarColour = visualiser::discardedColour; // strips' edges, ruler marks
inline constexpr QRgb unusedTextColour = visualiser::discardedTextColour;
inline constexpr QRgb usedTextColour = 0x1e6b34; // "every input pixel can reach the output"
inline constexpr QRgb errorTextColour = 0xa50e0e;
inline constexpr QRgb textColour = visualiser::textColour;
inline constexpr QRgb secondaryTextColour = visualiser::secondaryTextColour;
inline constexpr QRgb checkerLightColour = 0xe9ebee; // used pixels without a photo
inline constexpr QRgb checkerDarkColour = 0xd6dade;

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
        return errorTextColour;
    return coverage.input.unusedPixels > 0 ? unusedTextColour : usedTextColour;
}

} // namespace cd::ui::network
