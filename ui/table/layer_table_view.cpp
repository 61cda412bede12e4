// The layer table widget (layer_table_view.h): the model, its folding, its name column's tree
// drawing and its shared selection put together, with the mouse and keys that fold a block.

#include "layer_table_view.h"

#include "table/block_folding.h"
#include "table/block_name_delegate.h"
#include "table/layer_table_model.h"
#include "table/layer_table_selection.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QContextMenuEvent>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QMenu>
#include <QMouseEvent>
#include <QStyle>

#include <algorithm>

namespace cd::ui {

LayerTableView::LayerTableView(Document *document, QWidget *parent)
    : QTableView(parent)
    , m_model(new LayerTableModel(document, this))
{
    setObjectName(QStringLiteral("layerTable"));
    setModel(m_model);
    m_folding = new BlockFolding(this, m_model);
    m_nameDelegate = new BlockNameDelegate(m_folding, this);
    setItemDelegateForColumn(layerTableColumn("name"), m_nameDelegate);
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

    m_copy = new QAction(tr("Copy rows"), this);
    m_copy->setObjectName(QStringLiteral("copyRows"));
    m_copy->setShortcut(QKeySequence::Copy);
    m_copy->setShortcutContext(Qt::WidgetShortcut);
    connect(m_copy, &QAction::triggered, this, &LayerTableView::copySelection);
    addAction(m_copy);

    new LayerTableSelection(this, m_model, m_folding, document);
    // After the selection's own handler, which makes the row's layer current first.
    connect(selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (!current.isValid())
                    return;
                const TableRow &row = m_model->rowAt(current.row());
                const int conv = row.kind == TableRow::Conv
                                     ? current.row() - m_model->rowForLayer(row.id) - 1
                                     : 0;
                Q_EMIT blockConvPicked(m_model->layerAtRow(current.row()), conv);
            });
    // The spans first: a failed row's message spans the number columns and sizes none.
    const auto rowsChanged = [this] {
        updateSpans();
        fitColumnsToContents();
    };
    connect(m_model, &QAbstractItemModel::rowsInserted, this, rowsChanged);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, rowsChanged);
    connect(m_model, &QAbstractItemModel::rowsMoved, this, rowsChanged);
    connect(m_model, &QAbstractItemModel::dataChanged, this, rowsChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, rowsChanged);
    rowsChanged();
}

QMenu *LayerTableView::contextMenuFor(int row)
{
    QMenu *menu = nullptr;
    if (row >= 0 && row < m_model->rowCount() && m_model->rowAt(row).kind == TableRow::Layer
        && m_layerMenuFactory) {
        menu = m_layerMenuFactory(m_model->rowAt(row).id, this);
    }
    if (menu == nullptr)
        menu = new QMenu(this);
    else
        menu->addSeparator();
    menu->addAction(m_copy);
    return menu;
}

void LayerTableView::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu *menu = contextMenuFor(rowAt(event->pos().y()));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(event->globalPos());
    event->accept();
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

void LayerTableView::setLastColumnWraps(bool wraps)
{
    if (wraps == m_lastColumnWraps)
        return;
    m_lastColumnWraps = wraps;
    setWordWrap(wraps);
    QHeaderView *rows = verticalHeader();
    if (wraps) {
        // Rows as high as their wrapped text, one-line rows as high as before.
        m_rowHeightBefore = rows->minimumSectionSize();
        rows->setMinimumSectionSize(rows->defaultSectionSize());
        rows->setSectionResizeMode(QHeaderView::ResizeToContents);
    } else {
        rows->setSectionResizeMode(QHeaderView::Fixed);
        rows->setMinimumSectionSize(m_rowHeightBefore);
    }
    fitColumnsToContents();
}

int LayerTableView::lastShownColumn() const
{
    const QHeaderView *header = horizontalHeader();
    for (int visual = header->count() - 1; visual >= 0; --visual) {
        const int column = header->logicalIndex(visual);
        if (!header->isSectionHidden(column))
            return column;
    }
    return -1;
}

void LayerTableView::fitColumnsToContents()
{
    const QFontMetrics metrics(font());
    const int wrapped = m_lastColumnWraps ? lastShownColumn() : -1;
    for (int c = 0; c < layerTableColumnCount(); ++c) {
        if (c == wrapped) {
            // Its title's width; the stretch of the last section gives it the rest.
            const int width = horizontalHeader()->sectionSizeHint(c);
            if (columnWidth(c) != width)
                setColumnWidth(c, width);
            continue;
        }
        // A typical large value as the floor, so that widths do not jump on every edit.
        const int sample = metrics.horizontalAdvance(columnWidthSample(c))
                           + metrics.averageCharWidth() + 4;
        const int width = std::max({sample, contentWidth(c), horizontalHeader()->sectionSizeHint(c)});
        if (columnWidth(c) != width)
            setColumnWidth(c, width);
    }
}

int LayerTableView::contentWidth(int column) const
{
    // What QTableView::sizeHintForColumn measures, but over folded rows as well (unfolding a
    // block should not move the columns) and without a failed row's spanning message.
    QStyleOptionViewItem option;
    initViewItemOption(&option);
    const int grid = showGrid() ? 1 : 0;
    const bool spanned = column >= layerTableColumn("output");
    int width = 0;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        if (spanned && m_spannedRows.contains(r))
            continue;
        const QModelIndex index = m_model->index(r, column);
        width = std::max(width, itemDelegateForIndex(index)->sizeHint(option, index).width());
    }
    return width + grid;
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

bool LayerTableView::isBlockFolded(const QString &block) const
{
    return m_folding->isFolded(block);
}

void LayerTableView::setBlockFolded(const QString &block, bool folded)
{
    m_folding->setFolded(block, folded);
}

QRect LayerTableView::foldArrowRect(int row) const
{
    return m_nameDelegate->arrowRect(visualRect(m_model->index(row, layerTableColumn("name"))),
                                     this);
}

QString LayerTableView::blockAt(const QModelIndex &index) const
{
    if (!index.isValid() || m_model->rowAt(index.row()).kind != TableRow::Block)
        return {};
    return m_model->rowAt(index.row()).block;
}

bool LayerTableView::isTotalsRow(const QModelIndex &index) const
{
    return index.isValid() && m_model->rowAt(index.row()).kind == TableRow::Totals;
}

QModelIndex LayerTableView::moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers)
{
    const QModelIndex next = QTableView::moveCursor(action, modifiers);
    if (!isTotalsRow(next))
        return next;
    int row = next.row() - 1;
    while (row >= 0 && isRowHidden(row))
        --row;
    return row < 0 ? currentIndex() : m_model->index(row, next.column());
}

void LayerTableView::mousePressEvent(QMouseEvent *event)
{
    // A click on the totals row keeps the current layer (and the canvas where it is).
    if (isTotalsRow(indexAt(event->position().toPoint()))) {
        event->accept();
        return;
    }
    // The arrow folds, as in a tree, without selecting the block.
    const QModelIndex index = indexAt(event->position().toPoint());
    const QString block = blockAt(index);
    if (!block.isEmpty() && event->button() == Qt::LeftButton
        && index.column() == layerTableColumn("name")
        && foldArrowRect(index.row()).contains(event->position().toPoint())) {
        setBlockFolded(block, !isBlockFolded(block));
        event->accept();
        return;
    }
    QTableView::mousePressEvent(event);
}

void LayerTableView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const QString block = blockAt(indexAt(event->position().toPoint()));
    if (block.isEmpty() || event->button() != Qt::LeftButton) {
        QTableView::mouseDoubleClickEvent(event); // edits a layer's name
        return;
    }
    setBlockFolded(block, !isBlockFolded(block));
    event->accept();
}

void LayerTableView::changeEvent(QEvent *event)
{
    QTableView::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        fitColumnsToContents();
}

void LayerTableView::keyPressEvent(QKeyEvent *event)
{
    // On a block's row, the keys of a tree: Left and minus fold it, Right and plus unfold it.
    const QString block = blockAt(currentIndex());
    const bool fold = event->key() == Qt::Key_Left || event->key() == Qt::Key_Minus;
    const bool unfold = event->key() == Qt::Key_Right || event->key() == Qt::Key_Plus;
    if (!block.isEmpty() && event->modifiers() == Qt::NoModifier && (fold || unfold)
        && isBlockFolded(block) != fold) {
        setBlockFolded(block, fold);
        event->accept();
        return;
    }
    // Ctrl+Home and Ctrl+End go to the first and last layer and select it, as in a
    // spreadsheet; Qt would only move the focus there, leaving the current layer undecided.
    const bool home = event->key() == Qt::Key_Home;
    if ((home || event->key() == Qt::Key_End) && event->modifiers() == Qt::ControlModifier) {
        const QModelIndex target = moveCursor(home ? MoveHome : MoveEnd, event->modifiers());
        if (target.isValid())
            setCurrentIndex(target);
        event->accept();
        return;
    }
    QTableView::keyPressEvent(event);
}

} // namespace cd::ui
