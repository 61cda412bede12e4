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

} // namespace

QColor colourOf(CellKind kind)
{
    switch (kind) {
    case CellKind::Read: return QColor(readColour);
    case CellKind::Discarded: return QColor(discardedColour);
    case CellKind::Padding: return QColor(paddingColour);
    case CellKind::Implicit: return QColor(implicitColour);
    }
    return QColor(readColour);
}

QColor readShade(std::int64_t count, std::int64_t maxCount)
{
    if (maxCount <= 1)
        return QColor(readColour);
    // A square root spreads the common low counts apart; a stride-1 conv's centre cells are
    // read k² times, and a linear ramp would paint every border cell the same pale blue.
    const double t = std::sqrt(static_cast<double>(std::clamp<std::int64_t>(count, 1, maxCount) - 1)
                               / static_cast<double>(maxCount - 1));
    const QColor light(readLightColour);
    const QColor dark(readDarkColour);
    return QColor(mix(light.red(), dark.red(), t), mix(light.green(), dark.green(), t),
                  mix(light.blue(), dark.blue(), t));
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
