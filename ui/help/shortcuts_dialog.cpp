// Help ▸ Keyboard Shortcuts (see shortcuts_dialog.h).

#include "shortcuts_dialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QHeaderView>
#include <QKeySequence>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cd::ui {

namespace {

// "Save &As…" as the user reads it: "Save As…" ("&&" is a literal ampersand).
QString plainText(QString text)
{
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    return text;
}

// Not ", ": a sequence of several chords is spelled "Ctrl+K, Ctrl+C".
QString keysSeparator()
{
    return QObject::tr(" or ");
}

QString keysText(const QList<QKeySequence> &keys)
{
    QStringList texts;
    for (const QKeySequence &key : keys)
        texts << key.toString(QKeySequence::NativeText);
    return texts.join(keysSeparator());
}

// The name the user sees for the place a widget sits in: its dock's title or its tab's text.
QString placeName(const QWidget *widget)
{
    for (const QWidget *w = widget; w; w = w->parentWidget()) {
        if (const auto *dock = qobject_cast<const QDockWidget *>(w))
            return plainText(dock->windowTitle());
        const QWidget *stack = w->parentWidget();
        if (const auto *tabs = qobject_cast<const QTabWidget *>(stack ? stack->parentWidget() : nullptr)) {
            const int index = tabs->indexOf(const_cast<QWidget *>(w));
            if (index >= 0)
                return plainText(tabs->tabText(index));
        }
    }
    return plainText(widget->objectName());
}

// Where a shortcut works: a window-wide action anywhere; a widget-bound one only while one of
// the widgets it is added to has focus (Copy on the canvas, Copy rows in the table).
QString whenText(const QAction *action)
{
    const Qt::ShortcutContext context = action->shortcutContext();
    if (context == Qt::WindowShortcut || context == Qt::ApplicationShortcut)
        return QObject::tr("anywhere");
    QStringList places;
    for (const QObject *object : action->associatedObjects()) {
        const auto *widget = qobject_cast<const QWidget *>(object);
        if (!widget || qobject_cast<const QMenu *>(widget) || qobject_cast<const QMenuBar *>(widget))
            continue;
        const QString place = placeName(widget);
        if (!places.contains(place))
            places << place;
    }
    return places.isEmpty() ? QObject::tr("anywhere")
                            : QObject::tr("while the %1 has focus").arg(places.join(QStringLiteral(", ")));
}

void addMenu(const QMenu *menu, const QString &path, QSet<const QAction *> &seen,
             QList<ShortcutRow> &rows)
{
    for (const QAction *action : menu->actions()) {
        if (action->isSeparator())
            continue;
        const QString name = path + QStringLiteral(" \u25b8 ") + plainText(action->text());
        if (const QMenu *sub = action->menu()) {
            addMenu(sub, name, seen, rows);
            continue;
        }
        if (action->shortcuts().isEmpty() || seen.contains(action))
            continue;
        seen.insert(action);
        rows.append({name, keysText(action->shortcuts()), whenText(action)});
    }
}

// Keys that views read in keyPressEvent rather than through a QAction; they have no action
// to read, so they are listed here beside the code that handles them (LayerView,
// CanvasView, NetworkView keyPressEvent).
QList<ShortcutRow> fixedKeys()
{
    const auto key = [](Qt::Key k) { return QKeySequence(k).toString(QKeySequence::NativeText); };
    const auto keys = [&key](std::initializer_list<Qt::Key> ks) {
        QStringList texts;
        for (Qt::Key k : ks)
            texts << key(k);
        return texts.join(keysSeparator());
    };
    const QString layerView = QObject::tr("while the Layer View has focus");
    const QString canvas = QObject::tr("while the Network has focus");
    const QString coverage = QObject::tr("while the Input Coverage has focus");
    return {
        {QObject::tr("Layer View: previous window"), key(Qt::Key_Left), layerView},
        {QObject::tr("Layer View: next window"), key(Qt::Key_Right), layerView},
        {QObject::tr("Layer View: window one row up"), key(Qt::Key_Up), layerView},
        {QObject::tr("Layer View: window one row down"), key(Qt::Key_Down), layerView},
        {QObject::tr("Network: move to the neighbouring layer"),
         keys({Qt::Key_Left, Qt::Key_Right, Qt::Key_Up, Qt::Key_Down}), canvas},
        {QObject::tr("Network: first layer (the input)"), key(Qt::Key_Home), canvas},
        {QObject::tr("Network: last layer"), key(Qt::Key_End), canvas},
        {QObject::tr("Network: expand the current layer's block"), keys({Qt::Key_Plus, Qt::Key_Equal}),
         canvas},
        {QObject::tr("Network: collapse the current layer's block"), key(Qt::Key_Minus), canvas},
        // Delete is Edit ▸ Delete, which asks the canvas about a selected edge first.
        {QObject::tr("Network: disconnect the selected edge"), key(Qt::Key_Backspace), canvas},
        {QObject::tr("Input Coverage: zoom in"), keys({Qt::Key_Plus, Qt::Key_Equal}), coverage},
        {QObject::tr("Input Coverage: zoom out"), key(Qt::Key_Minus), coverage},
        {QObject::tr("Input Coverage: zoom to fit"), key(Qt::Key_0), coverage},
        {QObject::tr("Input Coverage: pan"),
         keys({Qt::Key_Left, Qt::Key_Right, Qt::Key_Up, Qt::Key_Down}), coverage},
    };
}

} // namespace

QList<ShortcutRow> shortcutRows(const QMainWindow &window)
{
    QList<ShortcutRow> rows;
    QSet<const QAction *> seen;
    for (const QAction *action : window.menuBar()->actions()) {
        if (const QMenu *menu = action->menu())
            addMenu(menu, plainText(action->text()), seen, rows);
    }
    // Actions bound to one widget and in no menu, such as the table's Copy rows.
    for (const QWidget *widget : window.findChildren<QWidget *>()) {
        if (qobject_cast<const QMenu *>(widget) || qobject_cast<const QMenuBar *>(widget))
            continue;
        for (const QAction *action : widget->actions()) {
            if (action->shortcuts().isEmpty() || seen.contains(action))
                continue;
            seen.insert(action);
            rows.append({placeName(widget) + QStringLiteral(": ") + plainText(action->text()),
                         keysText(action->shortcuts()), whenText(action)});
        }
    }
    rows.append(fixedKeys());
    return rows;
}

ShortcutsDialog::ShortcutsDialog(QMainWindow *window)
    : QDialog(window)
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    const QList<ShortcutRow> rows = shortcutRows(*window);
    auto *table = new QTableWidget(static_cast<int>(rows.size()), 3, this);
    table->setObjectName(QStringLiteral("shortcutTable"));
    table->setHorizontalHeaderLabels({tr("Action"), tr("Shortcut"), tr("Works")});
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    for (int r = 0; r < rows.size(); ++r) {
        const ShortcutRow &row = rows[r];
        table->setItem(r, 0, new QTableWidgetItem(row.action));
        table->setItem(r, 1, new QTableWidgetItem(row.keys));
        table->setItem(r, 2, new QTableWidgetItem(row.when));
    }
    table->resizeColumnsToContents();
    table->horizontalHeader()->setStretchLastSection(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(table);
    layout->addWidget(buttons);
    resize(900, 600);
}

void showShortcutsDialog(QMainWindow *window)
{
    auto *dialog = new ShortcutsDialog(window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

} // namespace cd::ui
