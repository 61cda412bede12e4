#pragma once

// Draws the layer table's name column as a tree over the flat rows: a fold arrow on a block's
// row and the block's layers indented beneath it. The rows stay one table (spans, copying, the
// same rows as the export); only the drawing and the editor's place know about the tree.

#include <QStyledItemDelegate>

namespace cd::ui {

class BlockFolding;

class BlockNameDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    BlockNameDelegate(const BlockFolding *folding, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const override;

    // Where a block row's fold arrow is within its name cell `cell`: a click there folds.
    QRect arrowRect(const QRect &cell, const QWidget *widget) const;

private:
    // How far the name moves right: a gutter for the arrows, one more step inside a block.
    int indent(const QModelIndex &index, const QWidget *widget) const;

    const BlockFolding *m_folding;
};

} // namespace cd::ui
