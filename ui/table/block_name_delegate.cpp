// The layer table's name column drawn as a tree (block_name_delegate.h).

#include "block_name_delegate.h"

#include "table/block_folding.h"
#include "table/layer_table_model.h"

#include <QApplication>
#include <QPainter>
#include <QStyle>

namespace cd::ui {

namespace {

const TableRow *rowOf(const QModelIndex &index)
{
    const auto *model = qobject_cast<const LayerTableModel *>(index.model());
    return model && index.isValid() ? &model->rowAt(index.row()) : nullptr;
}

const QStyle *styleOf(const QWidget *widget)
{
    return widget ? widget->style() : QApplication::style();
}

int step(const QWidget *widget)
{
    return styleOf(widget)->pixelMetric(QStyle::PM_TreeViewIndentation, nullptr, widget);
}

} // namespace

BlockNameDelegate::BlockNameDelegate(const BlockFolding *folding, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_folding(folding)
{}

int BlockNameDelegate::indent(const QModelIndex &index, const QWidget *widget) const
{
    const TableRow *row = rowOf(index);
    if (!row || !m_folding->hasBlocks())
        return 0;
    const bool inBlock = row->kind != TableRow::Block && !row->block.isEmpty();
    return step(widget) * (inBlock ? 2 : 1);
}

QRect BlockNameDelegate::arrowRect(const QRect &cell, const QWidget *widget) const
{
    return {cell.left(), cell.top(), step(widget), cell.height()};
}

void BlockNameDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    const int shift = indent(index, option.widget);
    if (shift == 0) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    const QStyle *style = styleOf(option.widget);
    // The background and selection run under the indent too, as in a tree.
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &item, painter, option.widget);
    const TableRow *row = rowOf(index);
    if (row->kind == TableRow::Block) {
        QStyleOption arrow;
        arrow.rect = arrowRect(option.rect, option.widget);
        arrow.palette = option.palette;
        arrow.state = QStyle::State_Children | QStyle::State_Item
                      | (option.state & (QStyle::State_Enabled | QStyle::State_Selected));
        if (!m_folding->isFolded(row->block))
            arrow.state |= QStyle::State_Open;
        style->drawPrimitive(QStyle::PE_IndicatorBranch, &arrow, painter, option.widget);
    }
    item.rect.setLeft(item.rect.left() + shift);
    style->drawControl(QStyle::CE_ItemViewItem, &item, painter, option.widget);
}

QSize BlockNameDelegate::sizeHint(const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const
{
    const QSize size = QStyledItemDelegate::sizeHint(option, index);
    return {size.width() + indent(index, option.widget), size.height()};
}

void BlockNameDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                                             const QModelIndex &index) const
{
    QStyleOptionViewItem shifted = option;
    shifted.rect.setLeft(option.rect.left() + indent(index, option.widget));
    QStyledItemDelegate::updateEditorGeometry(editor, shifted, index);
}

} // namespace cd::ui
