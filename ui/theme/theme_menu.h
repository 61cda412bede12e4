#pragma once

// View ▸ Theme: System, Light, Dark or High Contrast, remembered in QSettings ("view/theme")
// and applied when the menu is made, that is when the main window starts.

#include "theme/theme.h"

class QMenu;
class QWidget;

namespace cd::ui {

// The choice kept in QSettings; System when none is, or it names no theme.
ThemeChoice storedThemeChoice();
// Remembers `choice`, makes its theme the active one and tells ThemeNotifier::themeChosen.
void chooseTheme(ThemeChoice choice);

// The submenu, its exclusive actions named themeSystemAction, themeLightAction,
// themeDarkAction and themeHighContrastAction. Applies the stored choice.
QMenu *createThemeMenu(QWidget *parent);

} // namespace cd::ui
