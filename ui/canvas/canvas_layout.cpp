#include "canvas_layout.h"

namespace cd::ui::canvas {

QRectF sceneRectFor(const QRectF &content)
{
    return content.adjusted(-sideMargin, -topMargin, sideMargin, bottomMargin);
}

} // namespace cd::ui::canvas
