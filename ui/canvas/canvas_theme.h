#pragma once

// The canvas's colours and fonts in one place: calm and readable on a projector, in the light,
// dark and high-contrast themes alike.

#include <QColor>
#include <QFont>
#include <QtGlobal>

namespace cd::ui::canvas {

// One theme's colours (theme.h picks the set); the light set is the canvas as it always was.
struct CanvasColours
{
    QRgb backgroundColor;
    QRgb gridColor;
    QRgb blockFill;
    QRgb blockBorder;
    QRgb textColor;
    QRgb secondaryTextColor;
    QRgb accentColor;
    QRgb selectedFill;
    QRgb errorFill;
    QRgb errorBorder;
    QRgb errorText;
    QRgb idleFill;
    QRgb idleBorder;
    QRgb idleText;
    QRgb badgeFill;
    QRgb badgeBorder;
    QRgb badgeText;
    QRgb connectorColor;
    QRgb inputColor;
    QRgb highlightColor; // the memory timeline's live tensors
    QRgb frameFill; // a block's frame, behind its nodes
    QRgb frameBorder;
    QRgb blockStripe; // a collapsed block's node
    QRgb shadow; // under a node, with its alpha: a shade darker than the ground, never lighter
    qreal borderWidth; // a node's outline: heavier in high contrast, for the back of a hall
};

// The colours of the theme now in force (currentTheme()).
const CanvasColours &colours();

// The application font at the canvas's sizes (10 pt body, bold titles, 9 pt annotations).
QFont bodyFont();
QFont titleFont();
QFont smallFont();

} // namespace cd::ui::canvas
