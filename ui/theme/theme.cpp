#include "theme.h"

#include <QApplication>
#include <QGuiApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleHints>

namespace cd::ui {

namespace {

Theme activeTheme = Theme::Light;

// The palette the application started with, before any theme replaced it: what "System"
// reads, and what Light goes back to when it is a light one.
const QPalette &startupPalette()
{
    static const QPalette palette = QGuiApplication::palette();
    return palette;
}

// Fusion's dark look: a dark grey window, a darker base for views and text fields, light text.
QPalette darkPalette()
{
    const QColor window(0x2b, 0x2d, 0x31);
    const QColor base(0x1f, 0x20, 0x23);
    const QColor text(0xe8, 0xea, 0xed);
    const QColor disabled(0x80, 0x86, 0x8b);
    QPalette palette;
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, QColor(0x27, 0x29, 0x2d));
    palette.setColor(QPalette::ToolTipBase, QColor(0x3c, 0x40, 0x43));
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, disabled);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, QColor(0x35, 0x37, 0x3c));
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, QColor(0xff, 0x8a, 0x80));
    palette.setColor(QPalette::Light, QColor(0x4a, 0x4e, 0x55));
    palette.setColor(QPalette::Midlight, QColor(0x3f, 0x42, 0x48));
    palette.setColor(QPalette::Mid, QColor(0x30, 0x32, 0x37));
    palette.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    palette.setColor(QPalette::Shadow, QColor(0x0a, 0x0a, 0x0b));
    palette.setColor(QPalette::Highlight, QColor(0x3d, 0x6f, 0xc4));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    palette.setColor(QPalette::LinkVisited, QColor(0xc5, 0x8a, 0xf9));
    for (const QPalette::ColorRole role :
         {QPalette::WindowText, QPalette::Text, QPalette::ButtonText}) {
        palette.setColor(QPalette::Disabled, role, disabled);
    }
    palette.setColor(QPalette::Disabled, QPalette::Base, window);
    palette.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x4a, 0x4e, 0x55));
    return palette;
}

// The lecture hall's look: pure black on pure white, black frames, a saturated selection.
QPalette highContrastPalette()
{
    QPalette palette(Qt::black, Qt::white); // button text, window
    palette.setColor(QPalette::WindowText, Qt::black);
    palette.setColor(QPalette::Text, Qt::black);
    palette.setColor(QPalette::ButtonText, Qt::black);
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::AlternateBase, QColor(0xee, 0xee, 0xee));
    palette.setColor(QPalette::Button, QColor(0xf0, 0xf0, 0xf0));
    palette.setColor(QPalette::Light, Qt::white);
    palette.setColor(QPalette::Midlight, QColor(0xc0, 0xc0, 0xc0));
    palette.setColor(QPalette::Mid, QColor(0x40, 0x40, 0x40));
    palette.setColor(QPalette::Dark, Qt::black);
    palette.setColor(QPalette::Shadow, Qt::black);
    palette.setColor(QPalette::ToolTipBase, QColor(0xff, 0xff, 0xcc));
    palette.setColor(QPalette::ToolTipText, Qt::black);
    palette.setColor(QPalette::PlaceholderText, QColor(0x40, 0x40, 0x40));
    palette.setColor(QPalette::Highlight, QColor(0x00, 0x40, 0xd0));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x00, 0x30, 0xc0));
    palette.setColor(QPalette::LinkVisited, QColor(0x60, 0x00, 0xa0));
    for (const QPalette::ColorRole role :
         {QPalette::WindowText, QPalette::Text, QPalette::ButtonText}) {
        palette.setColor(QPalette::Disabled, role, QColor(0x60, 0x60, 0x60));
    }
    return palette;
}

QPalette lightPalette()
{
    if (themeForPalette(startupPalette()) == Theme::Light)
        return startupPalette();
    // The system is dark: the style's own palette is its light one.
    return QApplication::style() != nullptr ? QApplication::style()->standardPalette() : QPalette();
}

void applyPalette(Theme theme)
{
    // Pictures painted offscreen (the CLI) need no palette, and a QGuiApplication has no style.
    if (qobject_cast<QApplication *>(QCoreApplication::instance()) == nullptr)
        return;
    switch (theme) {
    case Theme::Light: QApplication::setPalette(lightPalette()); break;
    case Theme::Dark: QApplication::setPalette(darkPalette()); break;
    case Theme::HighContrast: QApplication::setPalette(highContrastPalette()); break;
    }
}

} // namespace

Theme currentTheme()
{
    return activeTheme;
}

void setTheme(Theme theme)
{
    if (theme == activeTheme)
        return;
    startupPalette(); // read before the first palette of our own replaces it
    activeTheme = theme;
    applyPalette(theme);
    Q_EMIT ThemeNotifier::instance().themeChanged(theme);
}

Theme themeForPalette(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness()
                   < palette.color(QPalette::WindowText).lightness()
               ? Theme::Dark
               : Theme::Light;
}

Theme resolveTheme(ThemeChoice choice)
{
    switch (choice) {
    case ThemeChoice::Light: return Theme::Light;
    case ThemeChoice::Dark: return Theme::Dark;
    case ThemeChoice::HighContrast: return Theme::HighContrast;
    case ThemeChoice::System: break;
    }
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    switch (QGuiApplication::styleHints()->colorScheme()) {
    case Qt::ColorScheme::Dark: return Theme::Dark;
    case Qt::ColorScheme::Light: return Theme::Light;
    case Qt::ColorScheme::Unknown: break;
    }
#endif
    // Before Qt 6.5 the platform says nothing about its scheme: its palette does.
    return themeForPalette(startupPalette());
}

std::optional<Theme> themeFromName(QStringView name)
{
    if (name == u"light")
        return Theme::Light;
    if (name == u"dark")
        return Theme::Dark;
    if (name == u"high-contrast")
        return Theme::HighContrast;
    return std::nullopt;
}

QString themeName(Theme theme)
{
    switch (theme) {
    case Theme::Light: return QStringLiteral("light");
    case Theme::Dark: return QStringLiteral("dark");
    case Theme::HighContrast: return QStringLiteral("high-contrast");
    }
    return {};
}

ThemeNotifier &ThemeNotifier::instance()
{
    static ThemeNotifier notifier;
    return notifier;
}

} // namespace cd::ui
