#include "canvas_layout.h"

#include <algorithm>
#include <cmath>

namespace cd::ui::canvas {

int insertionIndexAt(qreal sceneY, int layerCount)
{
    // Layer i's middle is at rowTop(i + 1) + blockHeight / 2.
    const qreal rowsPastFirstMiddle = (sceneY - blockHeight / 2 - rowPitch) / rowPitch;
    const qreal index = std::floor(std::clamp<qreal>(rowsPastFirstMiddle, -1, layerCount)) + 1;
    return std::clamp(static_cast<int>(index), 0, layerCount);
}

int rowAt(qreal sceneY, int layerCount)
{
    if (sceneY < 0)
        return -1;
    const qreal row = std::floor(sceneY / rowPitch);
    if (row > layerCount || sceneY - row * rowPitch >= blockHeight)
        return -1;
    return static_cast<int>(row);
}

QRectF sceneRectFor(int layerCount)
{
    // The last layer's connector hangs below its block, carrying the network's output shape.
    const qreal bottom = rowTop(layerCount + 1);
    return QRectF(-sideMargin, -topMargin, blockWidth + 2 * sideMargin,
                  topMargin + bottom + bottomMargin);
}

} // namespace cd::ui::canvas
