#pragma once

// The look every view paints with: light, dark, or the high-contrast look for a lecture hall.
// One active theme for the whole application, so that the canvas, the table, the memory chart
// and the visualiser (and the pictures they export) always agree.

#include <QObject>
#include <QPalette>
#include <QString>
#include <QStringView>

#include <optional>

namespace cd::ui {

enum class Theme { Light, Dark, HighContrast };

// What the user picked in View ▸ Theme: a theme, or whatever the system's palette is.
enum class ThemeChoice { System, Light, Dark, HighContrast };

// The theme now in force (Light until setTheme is called).
Theme currentTheme();
// Makes `theme` the active one: the application palette and every view's colours. Views
// repaint on ThemeNotifier::themeChanged.
void setTheme(Theme theme);
// The theme a choice means on this system. System follows the platform's colour scheme where
// Qt reports one (6.5 and later), else the palette the application started with (read once,
// before any theme's palette replaced it): dark when its window is darker than its text.
Theme resolveTheme(ThemeChoice choice);
// Dark when `palette`'s window is darker than its window text, else Light.
Theme themeForPalette(const QPalette &palette);

// The one of three (a view's colour sets) that belongs to `theme`.
template <typename T>
const T &forTheme(Theme theme, const T &light, const T &dark, const T &highContrast)
{
    switch (theme) {
    case Theme::Light: break;
    case Theme::Dark: return dark;
    case Theme::HighContrast: return highContrast;
    }
    return light;
}

// "light", "dark", "high-contrast" (the CLI's --theme names); nullopt for anything else.
std::optional<Theme> themeFromName(QStringView name);
QString themeName(Theme theme);

// Tells views that the theme changed.
class ThemeNotifier : public QObject
{
    Q_OBJECT
public:
    static ThemeNotifier &instance();

Q_SIGNALS:
    void themeChanged(cd::ui::Theme theme);
    // The user picked a theme in View ▸ Theme (presentation mode then keeps it on leaving).
    void themeChosen(cd::ui::ThemeChoice choice);

private:
    ThemeNotifier() = default;
};

} // namespace cd::ui
