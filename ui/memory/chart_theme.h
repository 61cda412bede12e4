#pragma once

// The look the memory panel's charts share, so that the per-layer bars and the inference
// timeline read as one panel: spacing, the accent that marks what matters most (the largest
// layers, the peak), the muted colour of everything else and the faint track behind bars.

#include <QColor>

namespace cd::ui::chart {

inline constexpr int margin = 8;
inline constexpr int gap = 10;

inline const QColor accent(0xd9, 0x48, 0x0f);
inline const QColor muted(0xa9, 0xb8, 0xc8);
inline const QColor track(0xee, 0xf1, 0xf5);

// Secondary text (axis labels, values of minor bars): the palette's text, lightened.
inline QColor dimmed(QColor text)
{
    text.setAlphaF(0.65f);
    return text;
}

} // namespace cd::ui::chart
