#include "drag_pixmap.h"

#include "canvas/canvas_theme.h"

#include <QListWidgetItem>
#include <QPainter>

namespace cd::ui {

QPixmap paletteDragPixmap(const QListWidgetItem &item, const QFont &font, qreal devicePixelRatio)
{
    const canvas::CanvasColours &colours = canvas::colours();
    const QFontMetrics metrics(font);
    const QSize size(24 + 8 + metrics.horizontalAdvance(item.text()) + 16, 32);
    QPixmap pixmap(size * devicePixelRatio);
    pixmap.setDevicePixelRatio(devicePixelRatio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QColor::fromRgb(colours.accentColor));
    QColor card = QColor::fromRgb(colours.blockFill);
    card.setAlpha(235); // the canvas shows through a little, where it will land
    painter.setBrush(card);
    painter.drawRoundedRect(QRectF(0.5, 0.5, size.width() - 1, size.height() - 1), 6, 6);
    item.icon().paint(&painter, QRect(6, 4, 24, 24));
    painter.setFont(font);
    painter.setPen(QColor::fromRgb(colours.textColor));
    painter.drawText(QRect(36, 0, size.width() - 36, size.height()), Qt::AlignVCenter,
                     item.text());
    return pixmap;
}

} // namespace cd::ui
