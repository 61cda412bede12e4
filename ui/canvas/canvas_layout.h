#pragma once

// The canvas's measures: every node is one size, Graphviz places them (visible_graph.h) with
// these gaps, and a chain comes out as one column of equal pitch, as the designer always drew
// it (row 0 the input, row i + 1 layer i).

#include <QRectF>

namespace cd::ui::canvas {

inline constexpr qreal blockWidth = 260;
inline constexpr qreal blockHeight = 56;
inline constexpr qreal connectorLength = 44; // the vertical gap between two ranks
inline constexpr qreal rowPitch = blockHeight + connectorLength;
inline constexpr qreal nodeGap = 40;       // between neighbours in a rank
inline constexpr qreal clusterMargin = 12; // between a block's frame and its nodes
inline constexpr qreal slotRadius = 7;     // a join's numbered input ports
inline constexpr qreal sideMargin = 220;   // room for labels, "lost" badges and block headers
inline constexpr qreal topMargin = 48;
inline constexpr qreal bottomMargin = 80;

// In a chain, the top edge of the node in `row` (the input is at the origin).
constexpr qreal rowTop(int row)
{
    return row * rowPitch;
}

// The scene rectangle around a drawing that covers `content`, margins included.
QRectF sceneRectFor(const QRectF &content);

} // namespace cd::ui::canvas
