// Word-wrapped texts in the memory panel and the inspector keep every line when their font
// grows (presenting), shrinks back (leaving) or the theme changes: a wrapped label's height
// is what its width asks for, never the height of the smaller font before.

#include "main_window.h"
#include "present/presentation_mode.h"
#include "theme/theme.h"

#include "named_action.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QDockWidget>
#include <QLabel>
#include <QSettings>

using namespace cd::ui;

namespace {

void settle()
{
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
}

// Every shown word-wrapped label in `dockName` that is lower than its text needs at its width.
QStringList clippedLabels(const MainWindow &window, const char *dockName)
{
    auto *dock = window.findChild<QDockWidget *>(QString::fromLatin1(dockName));
    REQUIRE(dock != nullptr);
    QStringList clipped;
    for (const QLabel *label : dock->findChildren<QLabel *>()) {
        if (!label->isVisible() || !label->wordWrap() || label->text().isEmpty())
            continue;
        const QString name
            = label->objectName().isEmpty() ? label->text().left(30) : label->objectName();
        const int needed = label->heightForWidth(label->width());
        if (label->height() < needed)
            clipped << QStringLiteral("%1 (%2 of %3 px)").arg(name).arg(label->height()).arg(needed);
        // Nor cut by a parent lower than its contents (a scroll area's viewport scrolls).
        for (const QWidget *child = label; child->parentWidget() != dock
                                           && child->parentWidget()->objectName()
                                                  != QStringLiteral("qt_scrollarea_viewport");
             child = child->parentWidget()) {
            const QWidget *parent = child->parentWidget();
            if (!parent->rect().contains(child->geometry()))
                clipped << QStringLiteral("%1 cut by %2 (%3 px below)")
                               .arg(name, QString::fromLatin1(parent->metaObject()->className()))
                               .arg(child->geometry().bottom() - parent->rect().bottom());
        }
    }
    return clipped;
}

} // namespace

TEST_CASE("wrapped texts show every line while presenting, after it and in another theme",
          "[present][theme]")
{
    QSettings().remove(QStringLiteral("present/scale"));
    MainWindow window;
    window.resize(1400, 900);
    window.openExample(QStringLiteral(":/examples/nin.cnn.json"));
    window.show();
    settle();
    REQUIRE(clippedLabels(window, "memoryDock").isEmpty());

    QAction *present = namedAction(window, "presentAction");
    present->trigger();
    settle();
    CHECK(clippedLabels(window, "memoryDock") == QStringList());

    present->trigger();
    settle();
    CHECK(clippedLabels(window, "memoryDock") == QStringList());
    CHECK(clippedLabels(window, "inspectorDock") == QStringList());

    namedAction(window, "themeDarkAction")->trigger();
    settle();
    CHECK(clippedLabels(window, "memoryDock") == QStringList());
    CHECK(clippedLabels(window, "inspectorDock") == QStringList());
    namedAction(window, "themeLightAction")->trigger();
    settle();
}
