#include "canvas_theme.h"

#include <QGuiApplication>

namespace cd::ui::canvas {

QFont bodyFont()
{
    QFont font = QGuiApplication::font();
    font.setPointSizeF(10);
    return font;
}

QFont titleFont()
{
    QFont font = bodyFont();
    font.setBold(true);
    return font;
}

QFont smallFont()
{
    QFont font = QGuiApplication::font();
    font.setPointSizeF(9);
    return font;
}

} // namespace cd::ui::canvas
