#pragma once

// The look the memory panel's charts share, so that the per-layer bars and the inference
// timeline read as one panel: spacing, the accent that marks what matters most (the largest
// layers, the peak), the muted colour of everything else and the faint track behind bars.

#include "theme/theme.h"

#include <QColor>

namespace cd::ui::chart {

inline constexpr int margin = 8;
inline constexpr int gap = 10;

struct ChartColours
{
    QColor accent;
    QColor accentText; // a value written in the accent, readable on the panel's ground
    QColor muted;
    QColor track;
};

// Light as the panel always was; dark with a brighter accent and a track a step above the
// ground; high contrast with a deep accent and a visible track.
inline const ChartColours &colours()
{
    static const QColor lightAccent(0xd9, 0x48, 0x0f);
    static const ChartColours light{lightAccent, lightAccent.darker(115), QColor(0xa9, 0xb8, 0xc8),
                                    QColor(0xee, 0xf1, 0xf5)};
    static const ChartColours dark{QColor(0xff, 0x8a, 0x50), QColor(0xff, 0xa5, 0x7a),
                                   QColor(0x5f, 0x6b, 0x7a), QColor(0x38, 0x3b, 0x41)};
    static const ChartColours highContrast{QColor(0xd0, 0x3a, 0x00), QColor(0xa0, 0x2a, 0x00),
                                           QColor(0x50, 0x60, 0x70), QColor(0xd8, 0xd8, 0xd8)};
    return forTheme(currentTheme(), light, dark, highContrast);
}

// Secondary text (axis labels, values of minor bars): the palette's text, lightened.
inline QColor dimmed(QColor text)
{
    text.setAlphaF(0.65f);
    return text;
}

} // namespace cd::ui::chart
