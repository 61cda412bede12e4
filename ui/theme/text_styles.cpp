#include "text_styles.h"

#include "theme.h"

#include <QColor>
#include <QVariant>
#include <QWidget>

namespace cd::ui {

namespace {

const char *const styleProperty = "cdTextStyle";

struct TextColours
{
    QRgb muted;
    QRgb explanation;
    QRgb body;
    QRgb error;
    QRgb errorGround;
    QRgb errorBorder;
    QRgb note;
    QRgb warning;
    QRgb warningGround;
    QRgb warningBorder;
    QRgb link;
    QRgb total;
};

// Light: the docks as they always were. Dark: the same meanings lightened for dark grey.
// High contrast: black text, and the boxes' colours saturated with black frames.
constexpr TextColours light{0x5b6675, 0x4a5563, 0x3c4043, 0x9b1c1c, 0xfde2e2, 0xf3b4b4,
                            0x8a5a00, 0x7a4b00, 0xfff4d6, 0xf0d48a, 0x1d4ed8, 0xb33c0c};
constexpr TextColours dark{0xa3abb7, 0xb4bcc8, 0xd0d4da, 0xffb4ab, 0x4a2421, 0x8c3a34,
                           0xf0c674, 0xf5d48a, 0x3d3318, 0x7a6224, 0x8ab4f8, 0xff9a6b};
constexpr TextColours highContrast{0x202020, 0x000000, 0x000000, 0xa00000, 0xffe0e0, 0xa00000,
                                   0x6a4000, 0x000000, 0xffe066, 0x000000, 0x0030c0, 0xa03000};

const TextColours &textColours()
{
    return forTheme(currentTheme(), light, dark, highContrast);
}

QString name(QRgb rgb)
{
    return QColor(rgb).name();
}

QString box(QRgb text, QRgb ground, QRgb border, int padding)
{
    return QStringLiteral("QLabel { color: %1; background: %2; border: 1px solid %3; "
                          "border-radius: 4px; padding: %4px; }")
        .arg(name(text), name(ground), name(border))
        .arg(padding);
}

} // namespace

QColor mutedTextColour()
{
    return QColor(textColours().muted);
}

QString textStyleSheet(TextStyle style)
{
    const TextColours &c = textColours();
    switch (style) {
    case TextStyle::Muted: return QStringLiteral("color: %1;").arg(name(c.muted));
    case TextStyle::Explanation: return QStringLiteral("color: %1;").arg(name(c.explanation));
    case TextStyle::Body: return QStringLiteral("color: %1;").arg(name(c.body));
    case TextStyle::Error: return QStringLiteral("color: %1;").arg(name(c.error));
    case TextStyle::ErrorBox: return box(c.error, c.errorGround, c.errorBorder, 6);
    case TextStyle::Note: return QStringLiteral("color: %1;").arg(name(c.note));
    case TextStyle::WarningBox: return box(c.warning, c.warningGround, c.warningBorder, 4);
    case TextStyle::Link: return QStringLiteral("color: %1;").arg(name(c.link));
    case TextStyle::Total: return QStringLiteral("color: %1;").arg(name(c.total));
    }
    return {};
}

void setTextStyle(QWidget *widget, TextStyle style)
{
    const bool followsTheme = widget->property(styleProperty).isValid();
    widget->setProperty(styleProperty, static_cast<int>(style));
    widget->setStyleSheet(textStyleSheet(style));
    if (followsTheme)
        return;
    QObject::connect(&ThemeNotifier::instance(), &ThemeNotifier::themeChanged, widget, [widget] {
        widget->setStyleSheet(
            textStyleSheet(static_cast<TextStyle>(widget->property(styleProperty).toInt())));
    });
}

} // namespace cd::ui
