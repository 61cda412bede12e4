#pragma once

// The look every view paints with: light, dark, or the high-contrast look for a lecture hall.
// One active theme for the whole application, so that the canvas, the table, the memory chart
// and the visualiser (and the pictures they export) always agree.

#include <QObject>
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
// The theme a choice means on this system (System follows the palette's colour scheme).
Theme resolveTheme(ThemeChoice choice);

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

private:
    ThemeNotifier() = default;
};

} // namespace cd::ui
