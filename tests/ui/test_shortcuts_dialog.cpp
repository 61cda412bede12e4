// Help ▸ Keyboard Shortcuts lists the window's real bindings: the menus' shortcuts, the
// canvas-bound block actions, the table's Copy rows and the Layer View's arrow keys.

#include "help/shortcuts_dialog.h"
#include "main_window.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QKeySequence>
#include <QMenu>
#include <QMenuBar>
#include <QTableWidget>

using namespace cd::ui;

namespace {

struct Listed
{
    QString action;
    QStringList keys;
    QString when;
};

// The dialog's table as the user reads it.
QList<Listed> listed(ShortcutsDialog &dialog)
{
    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("shortcutTable"));
    REQUIRE(table != nullptr);
    REQUIRE(table->columnCount() == 3);
    QList<Listed> rows;
    for (int r = 0; r < table->rowCount(); ++r) {
        rows.append({table->item(r, 0)->text(),
                     table->item(r, 1)->text().split(QStringLiteral(" or ")),
                     table->item(r, 2)->text()});
    }
    return rows;
}

// The row whose action ends with `action` and whose keys include `key`.
bool lists(const QList<Listed> &rows, const QString &action, const QKeySequence &key)
{
    const QString text = key.toString(QKeySequence::NativeText);
    for (const Listed &row : rows) {
        if (row.action.endsWith(action) && row.keys.contains(text))
            return true;
    }
    return false;
}

void collectMenuActions(const QMenu *menu, QList<const QAction *> &actions)
{
    for (const QAction *action : menu->actions()) {
        if (const QMenu *sub = action->menu())
            collectMenuActions(sub, actions);
        else if (!action->shortcuts().isEmpty())
            actions.append(action);
    }
}

QString withoutMnemonic(QString text)
{
    return text.remove(QLatin1Char('&'));
}

} // namespace

TEST_CASE("Keyboard Shortcuts lists the window's real bindings", "[help][shortcuts]")
{
    MainWindow window;
    ShortcutsDialog dialog(&window);
    const QList<Listed> rows = listed(dialog);

    CHECK(lists(rows, QStringLiteral("Edit \u25b8 Undo"), QKeySequence(QKeySequence::Undo)));
    CHECK(lists(rows, QStringLiteral("File \u25b8 Save As\u2026"),
                QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)));
    CHECK(lists(rows, QStringLiteral("Edit \u25b8 Group into Block"), QKeySequence(Qt::CTRL | Qt::Key_G)));
    CHECK(lists(rows, QStringLiteral("Layer table: Copy rows"), QKeySequence(QKeySequence::Copy)));
    CHECK(lists(rows, QStringLiteral("Layer View: next window"), QKeySequence(Qt::Key_Right)));

    // Copy of layers is bound to the canvas only, so that Ctrl+C elsewhere keeps its meaning.
    int copies = 0;
    for (const Listed &row : rows) {
        if (row.action == QStringLiteral("Edit \u25b8 Copy Layers")) {
            ++copies;
            CHECK(row.when == QStringLiteral("while the Network has focus"));
        }
        if (row.action.endsWith(QStringLiteral("Save As\u2026")))
            CHECK(row.when == QStringLiteral("anywhere"));
    }
    CHECK(copies == 1);

    QList<const QAction *> menuActions;
    for (const QAction *menu : window.menuBar()->actions())
        collectMenuActions(menu->menu(), menuActions);
    REQUIRE(menuActions.size() >= 10);
    for (const QAction *action : menuActions) {
        INFO(action->text().toStdString());
        for (const QKeySequence &key : action->shortcuts())
            CHECK(lists(rows, withoutMnemonic(action->text()), key));
    }
}

TEST_CASE("Help menu opens Keyboard Shortcuts", "[help][shortcuts]")
{
    MainWindow window;
    QAction *open = nullptr;
    for (const QAction *menu : window.menuBar()->actions()) {
        if (withoutMnemonic(menu->text()) != QStringLiteral("Help"))
            continue;
        for (QAction *action : menu->menu()->actions()) {
            if (withoutMnemonic(action->text()) == QStringLiteral("Keyboard Shortcuts"))
                open = action;
        }
    }
    REQUIRE(open != nullptr);
    open->trigger();
    auto *dialog = window.findChild<ShortcutsDialog *>();
    REQUIRE(dialog != nullptr);
    CHECK(dialog->isVisible());
    dialog->close();
}
