// Folding a block's rows in the layer table (block_folding.h).

#include "block_folding.h"

#include "table/layer_table_model.h"

#include <QTableView>

namespace cd::ui {

BlockFolding::BlockFolding(QTableView *view, LayerTableModel *model)
    : QObject(view)
    , m_view(view)
    , m_model(model)
{
    // After the view's own handlers (connected in setModel), which shift hidden rows as rows
    // come and go: then every row's hiding is put right from the rows themselves.
    connect(model, &QAbstractItemModel::rowsInserted, this, &BlockFolding::apply);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &BlockFolding::apply);
    connect(model, &QAbstractItemModel::rowsMoved, this, &BlockFolding::apply);
    connect(model, &QAbstractItemModel::modelReset, this, &BlockFolding::apply);
    connect(model, &QAbstractItemModel::dataChanged, this, &BlockFolding::apply);
    apply();
}

void BlockFolding::setFolded(const QString &block, bool folded)
{
    if (folded == m_folded.contains(block))
        return;
    if (folded)
        m_folded.insert(block);
    else
        m_folded.remove(block);
    apply();
    m_view->viewport()->update(); // the arrow on the block's row turns
    Q_EMIT foldingChanged(block, folded);
}

void BlockFolding::apply()
{
    bool hasBlocks = false;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const TableRow &row = m_model->rowAt(r);
        hasBlocks = hasBlocks || !row.block.isEmpty();
        const bool hidden
            = row.kind != TableRow::Block && !row.block.isEmpty() && m_folded.contains(row.block);
        if (m_view->isRowHidden(r) != hidden)
            m_view->setRowHidden(r, hidden);
    }
    if (hasBlocks != m_hasBlocks) {
        m_hasBlocks = hasBlocks;
        m_view->viewport()->update(); // the names move right or back
    }
}

} // namespace cd::ui
