// The layer table's selection shared with the document (layer_table_selection.h).

#include "layer_table_selection.h"

#include "table/block_folding.h"
#include "table/layer_table_model.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QScopedValueRollback>
#include <QTableView>

#include <algorithm>
#include <unordered_set>

namespace cd::ui {

namespace {

bool containsAll(const std::unordered_set<LayerId> &set, const std::vector<LayerId> &ids)
{
    return !ids.empty()
           && std::all_of(ids.begin(), ids.end(), [&](LayerId id) { return set.contains(id); });
}

} // namespace

LayerTableSelection::LayerTableSelection(QTableView *view, LayerTableModel *model,
                                         BlockFolding *folding, Document *document)
    : QObject(view)
    , m_view(view)
    , m_model(model)
    , m_folding(folding)
    , m_document(document)
{
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &LayerTableSelection::pushSelection);
    connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &LayerTableSelection::currentRowChanged);
    connect(document, &Document::selectionChanged, this, &LayerTableSelection::followDocument);
    connect(document, &Document::currentLayerChanged, this, &LayerTableSelection::followDocument);
    // A reset forgets the selected rows: put them back on the document's layers.
    connect(model, &QAbstractItemModel::modelReset, this, &LayerTableSelection::followDocument);
    followDocument();
}

void LayerTableSelection::pushSelection()
{
    if (m_syncing)
        return;
    const QScopedValueRollback<bool> guard(m_syncing, true);
    QList<int> rows;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        rows << index.row();
    std::sort(rows.begin(), rows.end());
    std::vector<LayerId> ids;
    for (const int row : rows) {
        const std::vector<LayerId> layers = m_model->layersAtRow(row);
        ids.insert(ids.end(), layers.begin(), layers.end());
    }
    // Qt selects a clicked row before it makes it current: until then the old current row
    // is not the user's, and the document takes the last selected layer.
    const QModelIndex current = m_view->currentIndex();
    const bool currentPicked
        = current.isValid() && m_view->selectionModel()->isRowSelected(current.row());
    m_document->setSelection(std::move(ids),
                             currentPicked ? m_model->layerAtRow(current.row()) : LayerId{0});
}

void LayerTableSelection::currentRowChanged(const QModelIndex &current)
{
    if (m_syncing || !current.isValid())
        return;
    pushSelection();
    // A layer picked in the table is shown on the canvas, not hidden in its folded block.
    const TableRow &row = m_model->rowAt(current.row());
    const bool isLayer = row.kind == TableRow::Layer || row.kind == TableRow::Conv;
    if (isLayer && !row.block.isEmpty() && m_document->isBlockCollapsed(row.block))
        m_document->setBlockCollapsed(row.block, false);
}

int LayerTableSelection::currentRowFor(LayerId current, const std::vector<LayerId> &selection)
{
    // A conv row, or a block's row for its last layer, already stands for the layer: keep it.
    const QModelIndex shown = m_view->currentIndex();
    if (shown.isValid() && m_model->layerAtRow(shown.row()) == current
        && m_model->rowAt(shown.row()).kind != TableRow::Totals)
        return shown.row();
    const int row = m_model->rowForLayer(current);
    if (row < 0 || !m_view->isRowHidden(row))
        return row;
    // Folded away: a whole block selected is its row; a layer of it unfolds it.
    const QString block = m_model->rowAt(row).block;
    const int blockRow = m_model->rowForBlock(block);
    const std::unordered_set<LayerId> selected(selection.begin(), selection.end());
    if (blockRow >= 0 && containsAll(selected, m_model->layersAtRow(blockRow)))
        return blockRow;
    m_folding->setFolded(block, false);
    return row;
}

void LayerTableSelection::followDocument()
{
    if (m_syncing)
        return;
    const QScopedValueRollback<bool> guard(m_syncing, true);
    const std::vector<LayerId> &ids = m_document->selection();
    const std::unordered_set<LayerId> selected(ids.begin(), ids.end());
    const int current = currentRowFor(m_document->currentLayer(), ids);
    // Each selected layer's rows (its conv rows too), and a block's row when all of it is.
    std::vector<bool> rows(static_cast<std::size_t>(m_model->rowCount()), false);
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const TableRow &row = m_model->rowAt(r);
        const bool isLayer = row.kind == TableRow::Layer || row.kind == TableRow::Conv;
        rows[static_cast<std::size_t>(r)]
            = r == current || (isLayer && selected.contains(row.id))
              || (row.kind == TableRow::Block && containsAll(selected, m_model->layersAtRow(r)));
    }
    QItemSelection selection;
    const int lastColumn = m_model->columnCount() - 1;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        if (!rows[static_cast<std::size_t>(r)])
            continue;
        int end = r;
        while (end + 1 < m_model->rowCount() && rows[static_cast<std::size_t>(end + 1)])
            ++end;
        selection.select(m_model->index(r, 0), m_model->index(end, lastColumn));
        r = end;
    }
    QItemSelectionModel *model = m_view->selectionModel();
    model->select(selection, QItemSelectionModel::ClearAndSelect);
    if (current < 0)
        return;
    // scrollTo does nothing for a hidden column: while presenting, "#" and others are.
    int column = std::max(m_view->currentIndex().column(), 0);
    const QHeaderView *header = m_view->horizontalHeader();
    for (int visual = 0; header->isSectionHidden(column) && visual < header->count(); ++visual)
        column = header->logicalIndex(visual);
    const QModelIndex index = m_model->index(current, column);
    model->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
    m_view->scrollTo(index);
}

} // namespace cd::ui
