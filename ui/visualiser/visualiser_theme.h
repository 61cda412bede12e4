#pragma once

// The visualiser's colours and fonts, shared by the layer and network views: one colour per
// cell kind, strong enough to tell apart on a projector, and pixel-sized fonts so that a
// picture lays out the same on screen, in a PNG and in an SVG.

#include "layer_grid.h"
#include "theme/theme.h"

#include <QColor>
#include <QFont>

#include <cstdint>

class QWidget;

namespace cd::ui::visualiser {

// One theme's colours (theme.h picks the set). Every theme keeps one meaning per colour:
// discarded cells are red in all of them, read cells blue, padding grey, ceil mode's overhang
// sand or yellow. The light set is the visualiser as it always was.
struct VisualiserColours
{
    QRgb backgroundColour;
    QRgb paddingColour;       // explicit padding: neutral grey
    QRgb implicitColour;      // ceil mode's overhang: sand
    QRgb discardedColour;     // real pixels no window reads: signal red
    QRgb readColour;          // the middle of the read-count ramp
    QRgb readFewColour;       // read by one window: faint against the background
    QRgb readMostColour;      // read by the most windows: strongest against the background
    QRgb outputColour;        // an output cell
    QRgb highlightColour;     // the current window's taps and output
    QRgb hoverColour;         // windows the mouse points at
    QRgb realFrameColour;     // the border between padding and real input
    QRgb textColour;
    QRgb secondaryTextColour;
    QRgb discardedTextColour;
    QRgb cellLineColour;      // ARGB: the lines between cells, in the background's colour
    QRgb calloutGroundColour; // ARGB: behind a callout's text, over cells
    QRgb swatchBorderColour;  // ARGB: around the legend's swatches
};

// The colours of the theme now in force (currentTheme()), or of a given one.
const VisualiserColours &colours();
const VisualiserColours &colours(Theme theme);

// The plain colour of a kind; Read cells are shaded by readShade() instead where the count
// is known.
QColor colourOf(CellKind kind);
// Faint for cells one window reads, strongest for the most-read cells; `count` ≥ 1.
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
