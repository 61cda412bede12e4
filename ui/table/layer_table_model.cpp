#include "layer_table_model.h"

#include "edits.h"

#include <QBrush>
#include <QColor>
#include <QFont>

#include <algorithm>

namespace cd::ui {

namespace {

using Rows = std::vector<TableRow>;

// Row of the `layerIndex`-th layer; one past the last layer is the totals row. -1: no such row.
int layerRowStart(const Rows &rows, int layerIndex)
{
    int seen = 0;
    for (std::size_t r = 0; r < rows.size(); ++r) {
        const TableRow::Kind kind = rows[r].kind;
        if (kind == TableRow::Layer || kind == TableRow::Totals) {
            if (seen == layerIndex)
                return static_cast<int>(r);
            ++seen;
        }
    }
    return -1;
}

// The layer row at `start` and the conv rows after it.
int blockSize(const Rows &rows, int start)
{
    int size = 1;
    while (static_cast<std::size_t>(start + size) < rows.size()
           && rows[static_cast<std::size_t>(start + size)].kind == TableRow::Conv)
        ++size;
    return size;
}

// Input, layers and totals in the same order with the same ids: only conv rows may differ.
bool sameSkeleton(const Rows &a, const Rows &b)
{
    auto skeleton = [](const Rows &rows) {
        std::vector<std::pair<TableRow::Kind, LayerId>> out;
        for (const TableRow &row : rows) {
            if (row.kind != TableRow::Conv)
                out.emplace_back(row.kind, row.id);
        }
        return out;
    };
    return skeleton(a) == skeleton(b);
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
        if (row.kind == TableRow::Totals) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (row.status == TableRow::Invalid)
            return QBrush(QColor(0x9b, 0x1c, 0x1c));
        if (row.status == TableRow::NotComputed)
            return QBrush(QColor(0x8a, 0x4b, 0x4b));
        if (row.kind == TableRow::Conv)
            return QBrush(QColor(0x4f, 0x5b, 0x6b));
        return {};
    case Qt::BackgroundRole:
        if (row.status == TableRow::Invalid)
            return QBrush(QColor(0xfd, 0xe2, 0xe2));
        if (row.status == TableRow::NotComputed)
            return QBrush(QColor(0xfb, 0xf1, 0xf1));
        if (row.kind == TableRow::Totals || row.kind == TableRow::Input)
            return QBrush(QColor(0xe8, 0xee, 0xf5));
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

int LayerTableModel::layerIndexShown(LayerId id) const
{
    int index = 0;
    for (const TableRow &row : m_rows) {
        if (row.kind != TableRow::Layer)
            continue;
        if (row.id == id)
            return index;
        ++index;
    }
    return -1;
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

LayerId LayerTableModel::layerAtRow(int row) const
{
    if (row < 0 || static_cast<std::size_t>(row) >= m_rows.size())
        return 0;
    return rowAt(row).id;
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
    bool ok = true;
    switch (change.kind) {
    case DocumentChange::Reset: resetRows(std::move(next)); return;
    case DocumentChange::LayerInserted:
        ok = insertLayerRows(m_document->network().indexOf(change.id), next);
        break;
    case DocumentChange::LayerRemoved: ok = removeLayerRows(layerIndexShown(change.id)); break;
    case DocumentChange::LayerMoved:
        ok = moveLayerRows(layerIndexShown(change.id), m_document->network().indexOf(change.id));
        break;
    case DocumentChange::LayerChanged:
    case DocumentChange::HeaderChanged: break;
    // Wiring alone keeps the rows; anything more is followed by the skeleton check below.
    case DocumentChange::Restructured: break;
    }
    // A change the rows cannot follow step by step (never expected) still ends up right.
    if (!ok || !sameSkeleton(m_rows, next) || !reconcileChildRows(next)) {
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

bool LayerTableModel::insertLayerRows(int layerIndex, const Rows &next)
{
    const int at = layerRowStart(m_rows, layerIndex);
    const int from = layerRowStart(next, layerIndex);
    if (at < 0 || from < 0 || next[static_cast<std::size_t>(from)].kind != TableRow::Layer)
        return false;
    const int size = blockSize(next, from);
    beginInsertRows(QModelIndex(), at, at + size - 1);
    m_rows.insert(m_rows.begin() + at, next.begin() + from, next.begin() + from + size);
    endInsertRows();
    return true;
}

bool LayerTableModel::removeLayerRows(int layerIndex)
{
    const int at = layerRowStart(m_rows, layerIndex);
    if (at < 0 || m_rows[static_cast<std::size_t>(at)].kind != TableRow::Layer)
        return false;
    const int size = blockSize(m_rows, at);
    beginRemoveRows(QModelIndex(), at, at + size - 1);
    m_rows.erase(m_rows.begin() + at, m_rows.begin() + at + size);
    endRemoveRows();
    return true;
}

bool LayerTableModel::moveLayerRows(int from, int to)
{
    const int start = layerRowStart(m_rows, from);
    // Qt wants the row the block lands before, counted before the move.
    const int before = layerRowStart(m_rows, to > from ? to + 1 : to);
    if (start < 0 || before < 0 || from == to
        || m_rows[static_cast<std::size_t>(start)].kind != TableRow::Layer)
        return false;
    const int size = blockSize(m_rows, start);
    if (!beginMoveRows(QModelIndex(), start, start + size - 1, QModelIndex(), before))
        return false;
    Rows block(m_rows.begin() + start, m_rows.begin() + start + size);
    m_rows.erase(m_rows.begin() + start, m_rows.begin() + start + size);
    const int landing = before > start ? before - size : before;
    m_rows.insert(m_rows.begin() + landing, block.begin(), block.end());
    endMoveRows();
    return true;
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
        const int have = blockSize(m_rows, row) - 1;
        const int want = blockSize(next, static_cast<int>(n)) - 1;
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
        if (before.status != after.status || before.toolTip != after.toolTip
            || before.kind != after.kind || before.id != after.id) {
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
