#pragma once

// What a palette entry looks like while it is dragged to the canvas: its icon and label on a
// card in the canvas's own colours, so that it reads on the canvas of every theme.

#include <QPixmap>

class QFont;
class QListWidgetItem;

namespace cd::ui {

QPixmap paletteDragPixmap(const QListWidgetItem &item, const QFont &font, qreal devicePixelRatio);

} // namespace cd::ui
