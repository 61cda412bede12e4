#include "lecture_columns.h"

#include "table/layer_table_view.h"
#include "table/table_rows.h"

#include <QAction>
#include <QHeaderView>
#include <QMenu>
#include <QTableView>

#include <string_view>

namespace cd::ui {

namespace {

// What a lecture on a network's cost talks about, by core's column keys.
constexpr std::string_view lectureKeys[] = {"name", "output", "params", "activations",
                                            "discarded"};

bool isLectureColumn(int column)
{
    for (std::string_view key : lectureKeys) {
        if (layerTableColumn(key) == column)
            return true;
    }
    return false;
}

} // namespace

void LectureColumns::apply(QTableView *table)
{
    restore();
    m_table = table;
    QHeaderView *header = table->horizontalHeader();
    const int count = header->count();
    m_hiddenBefore.clear();
    for (int column = 0; column < count; ++column) {
        m_hiddenBefore << header->isSectionHidden(column);
        header->setSectionHidden(column, !isLectureColumn(column));
    }
    // The discarded rows and columns of a strided layer make a long list: wrapped, not cut.
    if (auto *layers = qobject_cast<LayerTableView *>(table))
        layers->setLastColumnWraps(true);
    m_menuPolicyBefore = header->contextMenuPolicy();
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    m_menu = QObject::connect(header, &QHeaderView::customContextMenuRequested, table,
                     [table, header](const QPoint &pos) {
                         showColumnMenu(table, header->viewport()->mapToGlobal(pos));
                     });
}

void LectureColumns::restore()
{
    if (!m_table)
        return;
    QHeaderView *header = m_table->horizontalHeader();
    for (int column = 0; column < m_hiddenBefore.size() && column < header->count(); ++column)
        header->setSectionHidden(column, m_hiddenBefore[column]);
    if (auto *layers = qobject_cast<LayerTableView *>(m_table.data()))
        layers->setLastColumnWraps(false);
    QObject::disconnect(m_menu);
    header->setContextMenuPolicy(static_cast<Qt::ContextMenuPolicy>(m_menuPolicyBefore));
    m_table = nullptr;
}

void showColumnMenu(QTableView *table, const QPoint &globalPos)
{
    QHeaderView *header = table->horizontalHeader();
    QMenu menu(table);
    for (int column = 0; column < header->count(); ++column) {
        const QString title
            = table->model()->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
        QAction *action = menu.addAction(title);
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        QObject::connect(action, &QAction::toggled, header,
                         [header, column](bool shown) { header->setSectionHidden(column, !shown); });
    }
    menu.exec(globalPos);
}

} // namespace cd::ui
