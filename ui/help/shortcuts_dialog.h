#pragma once

// Help ▸ Keyboard Shortcuts: every key the window answers to, read from its QActions when the
// dialog opens (the menus, walked recursively, and actions bound to single widgets such as the
// table's Copy rows), plus the fixed keys views handle themselves (the Layer View's arrows).
// Read from the live bindings, the list cannot drift from them.

#include <QDialog>
#include <QList>
#include <QString>

class QMainWindow;

namespace cd::ui {

struct ShortcutRow
{
    QString action; // "Edit ▸ Group into Block", or "Layer View: step the window left"
    QString keys;   // native text, several bindings joined: "Ctrl+Shift+Z or Ctrl+Y"
    QString when;   // "anywhere", or "while the Network has focus"
};

// The rows in menu order, then widget-bound actions, then the fixed keys.
QList<ShortcutRow> shortcutRows(const QMainWindow &window);

class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(QMainWindow *window);
};

// Opens the dialog over `window`, modeless, so it can stay beside the work.
void showShortcutsDialog(QMainWindow *window);

} // namespace cd::ui
