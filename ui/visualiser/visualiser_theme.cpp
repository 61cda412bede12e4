#include "visualiser_theme.h"

#include <QApplication>
#include <QWidget>

#include <algorithm>
#include <cmath>

namespace cd::ui::visualiser {

namespace {

QFont pixelFont(int pixels, qreal scale, bool bold)
{
    QFont font = QGuiApplication::font();
    font.setPixelSize(static_cast<int>(std::lround(pixels * scale)));
    font.setBold(bold);
    return font;
}

int mix(int from, int to, double t)
{
    return static_cast<int>(std::lround(from + (to - from) * t));
}

// Today's visualiser: white ground, light cells that darken with use.
constexpr VisualiserColours light{
    .backgroundColour = 0xffffff,
    .paddingColour = 0xc4c9d1,
    .implicitColour = 0xf2e2b8,
    .discardedColour = 0xe5252a,
    .readColour = 0x5b8fd9,
    .readFewColour = 0xd3e3fa,
    .readMostColour = 0x173f82,
    .outputColour = 0xdde5ef,
    .highlightColour = 0xffa000,
    .hoverColour = 0x9c27b0,
    .realFrameColour = 0x202124,
    .textColour = 0x202124,
    .secondaryTextColour = 0x5f6368,
    .discardedTextColour = 0xb3141a,
    .cellLineColour = 0xaaffffff,
    .calloutGroundColour = 0xdcffffff,
    .swatchBorderColour = 0x46000000,
};

// On a dark ground the read ramp runs the other way: a cell one window reads is a dim blue
// close to the ground, the most-read cells the brightest, so "more use" still means "stands
// out more". The red is lightened a little to keep its contrast against dark grey.
constexpr VisualiserColours dark{
    .backgroundColour = 0x202124,
    .paddingColour = 0x5c636e,
    .implicitColour = 0x8c7643,
    .discardedColour = 0xef3b40,
    .readColour = 0x4a7fcf,
    .readFewColour = 0x22406a,
    .readMostColour = 0x9cc3ff,
    .outputColour = 0x2e3744,
    .highlightColour = 0xffa000,
    .hoverColour = 0xd26ee6,
    .realFrameColour = 0xe8eaed,
    .textColour = 0xe8eaed,
    .secondaryTextColour = 0xaab0b8,
    .discardedTextColour = 0xff8a80,
    .cellLineColour = 0xaa202124,
    .calloutGroundColour = 0xdc202124,
    .swatchBorderColour = 0x80ffffff,
};

// A projector in a lit hall: white ground, black text and frames, saturated cells that stay
// apart when washed out (grey padding, yellow overhang, red discarded, blue read, orange
// current window, purple hover).
constexpr VisualiserColours highContrast{
    .backgroundColour = 0xffffff,
    .paddingColour = 0x8c8c8c,
    .implicitColour = 0xffd000,
    .discardedColour = 0xe00000,
    .readColour = 0x1565c0,
    .readFewColour = 0x9cc8ff,
    .readMostColour = 0x002a80,
    .outputColour = 0xd0d8e8,
    .highlightColour = 0xff8c00,
    .hoverColour = 0x9c00d0,
    .realFrameColour = 0x000000,
    .textColour = 0x000000,
    .secondaryTextColour = 0x000000,
    .discardedTextColour = 0xb00000,
    .cellLineColour = 0xffffffff,
    .calloutGroundColour = 0xf0ffffff,
    .swatchBorderColour = 0xff000000,
};

} // namespace

const VisualiserColours &colours(Theme theme)
{
    return forTheme(theme, light, dark, highContrast);
}

const VisualiserColours &colours()
{
    return colours(currentTheme());
}

QColor colourOf(CellKind kind)
{
    const VisualiserColours &c = colours();
    switch (kind) {
    case CellKind::Read: return QColor(c.readColour);
    case CellKind::Discarded: return QColor(c.discardedColour);
    case CellKind::Padding: return QColor(c.paddingColour);
    case CellKind::Implicit: return QColor(c.implicitColour);
    }
    return QColor(c.readColour);
}

QColor readShade(std::int64_t count, std::int64_t maxCount)
{
    if (maxCount <= 1)
        return QColor(colours().readColour);
    // A square root spreads the common low counts apart; a stride-1 conv's centre cells are
    // read k² times, and a linear ramp would paint every border cell the same pale blue.
    const double t = std::sqrt(static_cast<double>(std::clamp<std::int64_t>(count, 1, maxCount) - 1)
                               / static_cast<double>(maxCount - 1));
    const QColor few(colours().readFewColour);
    const QColor most(colours().readMostColour);
    return QColor(mix(few.red(), most.red(), t), mix(few.green(), most.green(), t),
                  mix(few.blue(), most.blue(), t));
}

QFont labelFont(qreal scale)
{
    return pixelFont(11, scale, false);
}

QFont textFont(qreal scale)
{
    return pixelFont(13, scale, false);
}

QFont titleFont(qreal scale)
{
    return pixelFont(14, scale, true);
}

QFont calloutFont(qreal scale)
{
    return pixelFont(13, scale, true);
}

qreal widgetTextScale(const QWidget &widget)
{
    const qreal base = QApplication::font().pointSizeF();
    const qreal own = widget.font().pointSizeF();
    // Pixel-sized fonts have no point size (-1): no scale can be read from them.
    if (base <= 0 || own <= 0)
        return 1;
    return own / base;
}

} // namespace cd::ui::visualiser
