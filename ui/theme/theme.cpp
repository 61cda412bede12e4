#include "theme.h"

#include <QGuiApplication>
#include <QStyleHints>

namespace cd::ui {

namespace {

Theme activeTheme = Theme::Light;

} // namespace

Theme currentTheme()
{
    return activeTheme;
}

void setTheme(Theme theme)
{
    if (theme == activeTheme)
        return;
    activeTheme = theme;
    Q_EMIT ThemeNotifier::instance().themeChanged(theme);
}

Theme resolveTheme(ThemeChoice choice)
{
    switch (choice) {
    case ThemeChoice::Light: return Theme::Light;
    case ThemeChoice::Dark: return Theme::Dark;
    case ThemeChoice::HighContrast: return Theme::HighContrast;
    case ThemeChoice::System: break;
    }
    return Theme::Light;
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
