#pragma once

// The canvas's colours and fonts in one place: light, calm and readable on a projector.

#include <QColor>
#include <QFont>

namespace cd::ui::canvas {

inline constexpr QRgb backgroundColor = 0xf6f7f9;
inline constexpr QRgb gridColor = 0xd9dde3;
inline constexpr QRgb blockFill = 0xffffff;
inline constexpr QRgb blockBorder = 0xd3d8de;
inline constexpr QRgb textColor = 0x202124;
inline constexpr QRgb secondaryTextColor = 0x5f6368;
inline constexpr QRgb accentColor = 0x1967d2;
inline constexpr QRgb selectedFill = 0xeef4fe;
inline constexpr QRgb errorFill = 0xfce8e6;
inline constexpr QRgb errorBorder = 0xd93025;
inline constexpr QRgb errorText = 0xa50e0e;
inline constexpr QRgb idleFill = 0xf1f3f4;
inline constexpr QRgb idleBorder = 0xdadce0;
inline constexpr QRgb idleText = 0x9aa0a6;
inline constexpr QRgb badgeFill = 0xfef7e0;
inline constexpr QRgb badgeBorder = 0xf9ab00;
inline constexpr QRgb badgeText = 0x8a4b00;
inline constexpr QRgb connectorColor = 0x9aa0a6;
inline constexpr QRgb inputColor = 0x3c4043;
inline constexpr QRgb highlightColor = 0xa142f4; // the memory timeline's live tensors
inline constexpr QRgb frameFill = 0xeceff3;      // a block's frame, behind its nodes
inline constexpr QRgb frameBorder = 0xc4cad1;
inline constexpr QRgb blockStripe = 0x5f6368; // a collapsed block's node

// The application font at the canvas's sizes (10 pt body, bold titles, 9 pt annotations).
QFont bodyFont();
QFont titleFont();
QFont smallFont();

} // namespace cd::ui::canvas
