#include "theme_menu.h"

#include <QActionGroup>
#include <QCoreApplication>
#include <QMenu>
#include <QSettings>

namespace cd::ui {

namespace {

const QString themeKey = QStringLiteral("view/theme");

struct ChoiceEntry
{
    ThemeChoice choice;
    const char *text;
    const char *objectName;
    const char *settingsName;
};

const ChoiceEntry choices[] = {
    {ThemeChoice::System, QT_TRANSLATE_NOOP("cd::ui::ThemeMenu", "&System"), "themeSystemAction",
     "system"},
    {ThemeChoice::Light, QT_TRANSLATE_NOOP("cd::ui::ThemeMenu", "&Light"), "themeLightAction",
     "light"},
    {ThemeChoice::Dark, QT_TRANSLATE_NOOP("cd::ui::ThemeMenu", "&Dark"), "themeDarkAction", "dark"},
    {ThemeChoice::HighContrast, QT_TRANSLATE_NOOP("cd::ui::ThemeMenu", "&High Contrast"),
     "themeHighContrastAction", "high-contrast"},
};

const ChoiceEntry &entryOf(ThemeChoice choice)
{
    for (const ChoiceEntry &entry : choices) {
        if (entry.choice == choice)
            return entry;
    }
    return choices[0];
}

} // namespace

ThemeChoice storedThemeChoice()
{
    const QString stored = QSettings().value(themeKey).toString();
    for (const ChoiceEntry &entry : choices) {
        if (stored == QLatin1String(entry.settingsName))
            return entry.choice;
    }
    return ThemeChoice::System;
}

void chooseTheme(ThemeChoice choice)
{
    QSettings().setValue(themeKey, QLatin1String(entryOf(choice).settingsName));
    setTheme(resolveTheme(choice));
    Q_EMIT ThemeNotifier::instance().themeChosen(choice);
}

QMenu *createThemeMenu(QWidget *parent)
{
    auto *menu = new QMenu(QCoreApplication::translate("cd::ui::ThemeMenu", "&Theme"), parent);
    menu->setObjectName(QStringLiteral("themeMenu"));
    auto *group = new QActionGroup(menu);
    group->setExclusive(true);
    const ThemeChoice stored = storedThemeChoice();
    for (const ChoiceEntry &entry : choices) {
        QAction *action = menu->addAction(QCoreApplication::translate("cd::ui::ThemeMenu", entry.text));
        action->setObjectName(QString::fromLatin1(entry.objectName));
        action->setCheckable(true);
        action->setChecked(entry.choice == stored);
        action->setData(static_cast<int>(entry.choice));
        group->addAction(action);
        QObject::connect(action, &QAction::triggered, menu,
                         [choice = entry.choice] { chooseTheme(choice); });
    }
    // A choice made in another window's menu shows here too.
    QObject::connect(&ThemeNotifier::instance(), &ThemeNotifier::themeChosen, menu,
                     [group](ThemeChoice choice) {
                         for (QAction *action : group->actions())
                             action->setChecked(action->data().toInt() == static_cast<int>(choice));
                     });
    setTheme(resolveTheme(stored));
    return menu;
}

} // namespace cd::ui
