#include "layer_table_view.h"

#include "table/layer_table_model.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QScopedValueRollback>

#include <algorithm>

namespace cd::ui {

LayerTableView::LayerTableView(Document *document, QWidget *parent)
    : QTableView(parent)
    , m_document(document)
    , m_model(new LayerTableModel(document, this))
{
    setObjectName(QStringLiteral("layerTable"));
    setModel(m_model);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setCornerButtonEnabled(false);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setStretchLastSection(true);
    setInitialColumnWidths();

    auto *copy = new QAction(tr("Copy rows"), this);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, &LayerTableView::copySelection);
    addAction(copy);
    setContextMenuPolicy(Qt::ActionsContextMenu);

    connect(selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { currentRowChanged(current); });
    connect(document, &Document::currentLayerChanged, this, &LayerTableView::followCurrentLayer);
    // A reset forgets the current row: put it back on the document's layer.
    connect(m_model, &QAbstractItemModel::modelReset, this,
            [this] { followCurrentLayer(m_document->currentLayer()); });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &LayerTableView::updateSpans);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &LayerTableView::updateSpans);
    connect(m_model, &QAbstractItemModel::rowsMoved, this, &LayerTableView::updateSpans);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &LayerTableView::updateSpans);
    connect(m_model, &QAbstractItemModel::modelReset, this, &LayerTableView::updateSpans);
    updateSpans();
    followCurrentLayer(document->currentLayer());
}

QString LayerTableView::selectedRowsText() const
{
    QList<int> rows;
    for (const QModelIndex &index : selectionModel()->selectedRows())
        rows << index.row();
    if (rows.isEmpty() && currentIndex().isValid())
        rows << currentIndex().row();
    std::sort(rows.begin(), rows.end());
    return m_model->rowsAsText(rows);
}

void LayerTableView::copySelection()
{
    QApplication::clipboard()->setText(selectedRowsText());
}

void LayerTableView::setInitialColumnWidths()
{
    // Wide enough for typical values of a large network, so numbers are not elided at first.
    const QFontMetrics metrics(font());
    for (int c = 0; c < layerTableColumnCount(); ++c) {
        const int sample = metrics.horizontalAdvance(columnWidthSample(c));
        const int title = metrics.horizontalAdvance(columnTitle(c)) + metrics.averageCharWidth();
        setColumnWidth(c, std::max(sample, title) + metrics.averageCharWidth() + 4);
    }
}

void LayerTableView::updateSpans()
{
    QList<int> rows;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        if (m_model->rowAt(r).status == TableRow::Invalid)
            rows << r;
    }
    // Few rows are invalid (those after them are "not computed"), and spans change rarely:
    // clearing them repaints the whole table, so do it only when they move.
    if (rows == m_spannedRows)
        return;
    clearSpans();
    const int output = layerTableColumn("output"); // a failed row's message spans the rest
    for (const int r : rows)
        setSpan(r, output, 1, layerTableColumnCount() - output);
    m_spannedRows = rows;
}

void LayerTableView::currentRowChanged(const QModelIndex &current)
{
    if (m_syncing || !current.isValid())
        return;
    const QScopedValueRollback<bool> guard(m_syncing, true);
    m_document->setCurrentLayer(m_model->layerAtRow(current.row()));
}

void LayerTableView::followCurrentLayer(LayerId id)
{
    if (m_syncing)
        return;
    // A conv row already belongs to its nin_block: keep it.
    if (currentIndex().isValid() && m_model->layerAtRow(currentIndex().row()) == id
        && m_model->rowAt(currentIndex().row()).kind != TableRow::Totals)
        return;
    const int row = m_model->rowForLayer(id);
    if (row < 0)
        return;
    const QScopedValueRollback<bool> guard(m_syncing, true);
    const QModelIndex index = m_model->index(row, std::max(currentIndex().column(), 0));
    selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect
                                                 | QItemSelectionModel::Rows);
    scrollTo(index);
}

} // namespace cd::ui
