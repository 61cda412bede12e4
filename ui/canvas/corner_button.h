#pragma once

// The small round − / + button on a block frame's corner and on a collapsed block's node:
// one look and one size for both, so collapsing and expanding are found in the same place.

#include <QPointF>
#include <QRectF>

class QPainter;

namespace cd::ui::canvas {

// Centred on `corner` (the top-left corner of what it collapses or expands).
QRectF cornerButtonRect(QPointF corner = {});
void paintCornerButton(QPainter *painter, const QRectF &rect, bool expands);

} // namespace cd::ui::canvas
