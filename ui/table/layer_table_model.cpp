// The layer table's model (layer_table_model.h): rows rendered afresh from each analysis and
// compared with what views were told, so that a change is signalled as the one insert, remove
// or move it is, plus the cells that differ.

#include "layer_table_model.h"

#include "edits.h"
#include "table/row_colours.h"
#include "table/row_skeleton.h"

#include <QBrush>
#include <QColor>
#include <QFont>

#include <algorithm>

namespace cd::ui {

namespace {

using Rows = std::vector<TableRow>;

// The row where unit `unit` starts; one past the last unit is one past the last row.
int unitRow(const std::vector<int> &starts, const Rows &rows, int unit)
{
    return unit < static_cast<int>(starts.size()) ? starts[static_cast<std::size_t>(unit)]
                                                  : static_cast<int>(rows.size());
}

// A unit's rows: the row at `start` and the conv rows after it.
int unitSize(const Rows &rows, int start)
{
    int size = 1;
    while (static_cast<std::size_t>(start + size) < rows.size()
           && rows[static_cast<std::size_t>(start + size)].kind == TableRow::Conv)
        ++size;
    return size;
}

// The layer rows of the block whose row is `blockRow`: they follow it, as its block's rows do.
std::vector<LayerId> layersUnder(const Rows &rows, int blockRow)
{
    std::vector<LayerId> ids;
    const QString &block = rows[static_cast<std::size_t>(blockRow)].block;
    for (auto r = static_cast<std::size_t>(blockRow) + 1; r < rows.size() && rows[r].block == block;
         ++r) {
        if (rows[r].kind == TableRow::Layer)
            ids.push_back(rows[r].id);
    }
    return ids;
}

QString clipboardCell(QString text)
{
    // One line per row, one tab between cells, whatever a layer name holds.
    text.replace(QLatin1Char('\t'), QLatin1Char(' '));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text.trimmed();
}

} // namespace

// Not checkIndex(): views and the model tester ask about invalid indices, which is no error.
bool LayerTableModel::isRowIndex(const QModelIndex &index) const
{
    return index.isValid() && index.model() == this && !index.parent().isValid()
           && index.row() < rowCount() && index.column() < layerTableColumnCount();
}

LayerTableModel::LayerTableModel(Document *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_rows(renderTableRows(document->analysis()))
{
    connect(document, &Document::changed, this, &LayerTableModel::documentChanged);
    connect(&ThemeNotifier::instance(), &ThemeNotifier::themeChanged, this, [this] {
        if (!m_rows.empty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1),
                               {Qt::ForegroundRole, Qt::BackgroundRole});
    });
}

int LayerTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int LayerTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : layerTableColumnCount();
}

QVariant LayerTableModel::data(const QModelIndex &index, int role) const
{
    if (!isRowIndex(index))
        return {};
    const TableRow &row = rowAt(index.row());
    const int column = index.column();
    const bool failed = row.status != TableRow::Normal;
    switch (role) {
    case Qt::DisplayRole: return row.cells[static_cast<std::size_t>(column)];
    case Qt::EditRole:
        if (column == layerTableColumn("name") && row.kind == TableRow::Layer) {
            const int at = m_document->network().indexOf(row.id);
            if (at >= 0)
                return QString::fromStdString(
                    m_document->network().layers[static_cast<std::size_t>(at)].name);
        }
        return row.cells[static_cast<std::size_t>(column)];
    case Qt::ToolTipRole:
        if (!row.toolTip.isEmpty())
            return row.toolTip;
        return {};
    case Qt::TextAlignmentRole:
        if (isNumericColumn(column) || (column == layerTableColumn("output") && !failed))
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::FontRole:
        if (row.kind == TableRow::Totals || row.kind == TableRow::Block) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (row.status == TableRow::Invalid)
            return QBrush(QColor(rowColours().invalidText));
        if (row.status == TableRow::NotComputed)
            return QBrush(QColor(rowColours().notComputedText));
        if (row.kind == TableRow::Conv)
            return QBrush(QColor(rowColours().convText));
        return {};
    case Qt::BackgroundRole:
        if (row.status == TableRow::Invalid)
            return QBrush(QColor(rowColours().invalidGround));
        if (row.status == TableRow::NotComputed)
            return QBrush(QColor(rowColours().notComputedGround));
        if (row.kind == TableRow::Totals || row.kind == TableRow::Input)
            return QBrush(QColor(rowColours().summaryGround));
        if (row.kind == TableRow::Block)
            return QBrush(QColor(rowColours().blockGround));
        return {};
    default: return {};
    }
}

QVariant LayerTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= layerTableColumnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (role) {
    case Qt::DisplayRole: return columnTitle(section);
    case Qt::ToolTipRole: {
        const QString tip = columnToolTip(section);
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    case Qt::TextAlignmentRole:
        return QVariant((isNumericColumn(section) ? Qt::AlignRight : Qt::AlignLeft)
                        | Qt::AlignVCenter);
    default: return {};
    }
}

Qt::ItemFlags LayerTableModel::flags(const QModelIndex &index) const
{
    if (!isRowIndex(index))
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
    if (index.column() == layerTableColumn("name") && rowAt(index.row()).kind == TableRow::Layer)
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool LayerTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    renameLayer(m_document, rowAt(index.row()).id, value.toString());
    return true;
}

int LayerTableModel::rowForLayer(LayerId id) const
{
    if (id == 0)
        return 0;
    for (std::size_t r = 0; r < m_rows.size(); ++r) {
        if (m_rows[r].kind == TableRow::Layer && m_rows[r].id == id)
            return static_cast<int>(r);
    }
    return -1;
}

int LayerTableModel::rowForBlock(const QString &block) const
{
    for (std::size_t r = 0; r < m_rows.size(); ++r) {
        if (m_rows[r].kind == TableRow::Block && m_rows[r].block == block)
            return static_cast<int>(r);
    }
    return -1;
}

LayerId LayerTableModel::layerAtRow(int row) const
{
    if (row < 0 || static_cast<std::size_t>(row) >= m_rows.size())
        return 0;
    if (rowAt(row).kind == TableRow::Block) {
        const std::vector<LayerId> ids = layersUnder(m_rows, row);
        return ids.empty() ? LayerId{0} : ids.back();
    }
    return rowAt(row).id;
}

std::vector<LayerId> LayerTableModel::layersAtRow(int row) const
{
    if (row < 0 || static_cast<std::size_t>(row) >= m_rows.size())
        return {};
    switch (rowAt(row).kind) {
    case TableRow::Block: return layersUnder(m_rows, row);
    case TableRow::Layer:
    case TableRow::Conv: return {rowAt(row).id};
    case TableRow::Input:
    case TableRow::Totals: return {};
    }
    return {};
}

QString LayerTableModel::rowsAsText(const QList<int> &rows) const
{
    QStringList lines;
    QStringList header;
    for (int c = 0; c < layerTableColumnCount(); ++c)
        header << columnTitle(c);
    lines << header.join(QLatin1Char('\t'));
    for (const int r : rows) {
        if (r < 0 || r >= rowCount())
            continue;
        QStringList cells;
        for (const QString &cell : rowAt(r).cells)
            cells << clipboardCell(cell);
        lines << cells.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

void LayerTableModel::documentChanged(const DocumentChange &change)
{
    Rows next = renderTableRows(m_document->analysis());
    // The rows are compared with what views were told, whatever the change says: a layer
    // inserted at a block's edge, or a block grouped or dissolved, is one step too. A change
    // the rows cannot follow step by step (a rename of a block, a paste of several runs) still
    // ends up right, by a reset.
    if (change.kind == DocumentChange::Reset || !followSkeleton(next) || !reconcileChildRows(next)
        || skeletonStep(m_rows, next).kind != SkeletonStep::Same) {
        resetRows(std::move(next));
        return;
    }
    emitChangedCells(std::move(next));
}

void LayerTableModel::resetRows(std::vector<TableRow> next)
{
    beginResetModel();
    m_rows = std::move(next);
    endResetModel();
}

bool LayerTableModel::followSkeleton(const Rows &next)
{
    const SkeletonStep step = skeletonStep(m_rows, next);
    const std::vector<int> starts = unitStarts(m_rows);
    const int first = unitRow(starts, m_rows, step.first);
    const int end = unitRow(starts, m_rows, step.first + step.count);
    switch (step.kind) {
    case SkeletonStep::Same: return true;
    case SkeletonStep::Other: return false;
    case SkeletonStep::Insert: {
        const std::vector<int> nextStarts = unitStarts(next);
        const int from = unitRow(nextStarts, next, step.first);
        const int to = unitRow(nextStarts, next, step.first + step.count);
        beginInsertRows(QModelIndex(), first, first + (to - from) - 1);
        m_rows.insert(m_rows.begin() + first, next.begin() + from, next.begin() + to);
        endInsertRows();
        return true;
    }
    case SkeletonStep::Remove:
        beginRemoveRows(QModelIndex(), first, end - 1);
        m_rows.erase(m_rows.begin() + first, m_rows.begin() + end);
        endRemoveRows();
        return true;
    case SkeletonStep::Move: {
        // Qt wants the row the run lands before, counted before the move.
        const int before = unitRow(starts, m_rows, step.before);
        if (!beginMoveRows(QModelIndex(), first, end - 1, QModelIndex(), before))
            return false;
        if (before > first)
            std::rotate(m_rows.begin() + first, m_rows.begin() + end, m_rows.begin() + before);
        else
            std::rotate(m_rows.begin() + before, m_rows.begin() + first, m_rows.begin() + end);
        endMoveRows();
        return true;
    }
    }
    return false;
}

bool LayerTableModel::reconcileChildRows(const Rows &next)
{
    // A nin_block that turns invalid loses its conv rows, and gains them back when fixed.
    std::size_t r = 0;
    std::size_t n = 0;
    while (r < m_rows.size() && n < next.size()) {
        if (m_rows[r].kind != TableRow::Layer) {
            ++r;
            ++n;
            continue;
        }
        const int row = static_cast<int>(r);
        const int have = unitSize(m_rows, row) - 1;
        const int want = unitSize(next, static_cast<int>(n)) - 1;
        if (want > have) {
            beginInsertRows(QModelIndex(), row + 1 + have, row + want);
            const auto source = next.begin() + static_cast<std::ptrdiff_t>(n) + 1 + have;
            m_rows.insert(m_rows.begin() + row + 1 + have, source, source + (want - have));
            endInsertRows();
        } else if (want < have) {
            beginRemoveRows(QModelIndex(), row + 1 + want, row + have);
            m_rows.erase(m_rows.begin() + row + 1 + want, m_rows.begin() + row + 1 + have);
            endRemoveRows();
        }
        r += static_cast<std::size_t>(want) + 1;
        n += static_cast<std::size_t>(want) + 1;
    }
    return m_rows.size() == next.size();
}

void LayerTableModel::emitChangedCells(Rows next)
{
    int top = -1;
    int bottom = -1;
    int left = layerTableColumnCount();
    int right = -1;
    for (std::size_t r = 0; r < next.size(); ++r) {
        const TableRow &before = m_rows[r];
        const TableRow &after = next[r];
        if (before == after)
            continue;
        const int row = static_cast<int>(r);
        top = top < 0 ? row : top;
        bottom = row;
        // The view draws a row's block (its indent, its fold arrow) across the row.
        if (before.status != after.status || before.toolTip != after.toolTip
            || before.kind != after.kind || before.id != after.id || before.block != after.block) {
            left = 0;
            right = layerTableColumnCount() - 1;
            continue;
        }
        for (int c = 0; c < layerTableColumnCount(); ++c) {
            if (before.cells[static_cast<std::size_t>(c)]
                != after.cells[static_cast<std::size_t>(c)]) {
                left = std::min(left, c);
                right = std::max(right, c);
            }
        }
    }
    m_rows = std::move(next);
    if (top >= 0)
        Q_EMIT dataChanged(index(top, left), index(bottom, right));
}

} // namespace cd::ui
