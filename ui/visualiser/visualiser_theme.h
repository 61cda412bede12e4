#pragma once

// The visualiser's colours and fonts, shared by the layer and network views: one colour per
// cell kind, strong enough to tell apart on a projector, and pixel-sized fonts so that a
// picture lays out the same on screen, in a PNG and in an SVG.

#include "layer_grid.h"

#include <QColor>
#include <QFont>

#include <cstdint>

class QWidget;

namespace cd::ui::visualiser {

inline constexpr QRgb backgroundColour = 0xffffff;
inline constexpr QRgb paddingColour = 0xc4c9d1;   // explicit padding: neutral grey
inline constexpr QRgb implicitColour = 0xf2e2b8;  // ceil mode's overhang: sand
inline constexpr QRgb discardedColour = 0xe5252a; // real pixels no window reads: signal red
inline constexpr QRgb readColour = 0x5b8fd9;      // the middle of the read-count ramp
inline constexpr QRgb readLightColour = 0xd3e3fa; // read by one window
inline constexpr QRgb readDarkColour = 0x173f82;  // read by the most windows
inline constexpr QRgb outputColour = 0xdde5ef;    // an output cell
inline constexpr QRgb highlightColour = 0xffa000; // the current window's taps and output
inline constexpr QRgb hoverColour = 0x9c27b0;     // windows the mouse points at
inline constexpr QRgb realFrameColour = 0x202124; // the border between padding and real input
inline constexpr QRgb textColour = 0x202124;
inline constexpr QRgb secondaryTextColour = 0x5f6368;
inline constexpr QRgb discardedTextColour = 0xb3141a;

// The plain colour of a kind; Read cells are shaded by readShade() instead where the count
// is known.
QColor colourOf(CellKind kind);
// Light for cells one window reads, dark for the most-read cells; `count` ≥ 1.
QColor readShade(std::int64_t count, std::int64_t maxCount);

// `scale` enlarges text for exported pictures, which end up on slides.
QFont labelFont(qreal scale = 1);   // row and column numbers
QFont textFont(qreal scale = 1);    // legend and arithmetic
QFont titleFont(qreal scale = 1);   // grid titles and the picture's heading
QFont calloutFont(qreal scale = 1); // "row 223: past the last window"
// How much larger than the application's the widget's font is (1 normally): presentation
// mode enlarges the window's font, and the views' pixel fonts follow by this factor.
qreal widgetTextScale(const QWidget &widget);

} // namespace cd::ui::visualiser
