#pragma once

// The layer table's row colours per theme: failed rows in red, rows not computed in a faded
// red, conv rows' muted text, and the tinted ground of the input, totals and block rows.

#include "theme/theme.h"

#include <QColor>

namespace cd::ui {

struct RowColours
{
    QRgb invalidText;
    QRgb notComputedText;
    QRgb convText;
    QRgb invalidGround;
    QRgb notComputedGround;
    QRgb summaryGround; // the input and totals rows
    QRgb blockGround;
};

inline const RowColours &rowColours()
{
    static constexpr RowColours light{0x9b1c1c, 0x8a4b4b, 0x4f5b6b, 0xfde2e2,
                                      0xfbf1f1, 0xe8eef5, 0xf0f3f7};
    static constexpr RowColours dark{0xffb4ab, 0xd09a96, 0xb4bcc8, 0x4a2421,
                                     0x3a2a29, 0x2a3340, 0x272b31};
    static constexpr RowColours highContrast{0xa00000, 0x803030, 0x000000, 0xffd6d6,
                                             0xfff0f0, 0xdde6f5, 0xececec};
    return forTheme(currentTheme(), light, dark, highContrast);
}

} // namespace cd::ui
