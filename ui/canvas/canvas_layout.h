#pragma once

// Where the canvas puts things: the chain runs top to bottom in rows of equal pitch (row 0 is
// the input, row i + 1 is layer i), so every position follows from an index by arithmetic and
// a drop position maps back to an index without asking the scene.

#include <QRectF>

namespace cd::ui::canvas {

inline constexpr qreal blockWidth = 260;
inline constexpr qreal blockHeight = 56;
inline constexpr qreal connectorLength = 44; // the gap between two blocks
inline constexpr qreal rowPitch = blockHeight + connectorLength;
inline constexpr qreal sideMargin = 220; // room for the connector labels and "lost" badges
inline constexpr qreal topMargin = 48;
inline constexpr qreal bottomMargin = 80;

// Top edge of the block in `row`.
constexpr qreal rowTop(int row)
{
    return row * rowPitch;
}

// The middle of the connector above layer `index`, where a layer inserted there would go.
constexpr qreal insertionY(int index)
{
    return rowTop(index) + blockHeight + connectorLength / 2;
}

// The index at which a layer dropped at `sceneY` is inserted into a chain of `layerCount`
// layers: before the first layer whose middle lies below the drop point.
int insertionIndexAt(qreal sceneY, int layerCount);

// The row whose block contains `sceneY`, or -1 in a gap or outside the chain.
int rowAt(qreal sceneY, int layerCount);

// The scene rectangle of a chain of `layerCount` layers (and the input), margins included.
QRectF sceneRectFor(int layerCount);

} // namespace cd::ui::canvas
