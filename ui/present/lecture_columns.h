#pragma once

// The layer table as a lecture shows it: name, output, params, kept activations and discarded
// pixels, the other columns hidden but one right-click on the header away. The last column
// wraps its text to the table's width (a strided layer's discarded list is long).

#include <QList>
#include <QMetaObject>
#include <QPointer>

class QTableView;

namespace cd::ui {

class LectureColumns
{
public:
    // Hides every column but the lecture's and offers the rest in the header's context menu.
    void apply(QTableView *table);
    // The columns shown before, and the header's menu as it was.
    void restore();

private:
    QPointer<QTableView> m_table;
    QList<bool> m_hiddenBefore;
    int m_menuPolicyBefore = 0;
    QMetaObject::Connection m_menu;
};

// The header's context menu: every column, checked when shown.
void showColumnMenu(QTableView *table, const QPoint &globalPos);

} // namespace cd::ui
