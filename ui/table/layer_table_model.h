#pragma once

// The per-layer table over the document's current analysis: an input row, one row per layer
// (a nin_block followed by its three convolutions), a row per block with its subtotals before
// the block's layers, a totals row. One flat table, so that every row is a row of the export;
// the view folds a block's rows under it. Updated incrementally so that views keep their
// selection and scroll position, with the smallest true dataChanged range.

#include "table/table_rows.h"

#include "document.h"

#include <QAbstractTableModel>

#include <vector>

namespace cd::ui {

class LayerTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit LayerTableModel(Document *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Renaming in the name column pushes a command, like every other edit.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    // The layer's own row (not its conv rows); 0 (the input) → row 0, unknown → -1.
    int rowForLayer(LayerId id) const;
    // The row of the block named `block`; -1 when there is none.
    int rowForBlock(const QString &block) const;
    // The layer a row stands for as the current layer: a conv row's nin_block, a block row's
    // last layer; 0 for the input and totals rows.
    LayerId layerAtRow(int row) const;
    // The layers selecting a row selects: a block row's every layer, in execution order.
    std::vector<LayerId> layersAtRow(int row) const;
    const TableRow &rowAt(int row) const { return m_rows.at(static_cast<std::size_t>(row)); }

    // The selected rows as tab-separated text with a header line, for the clipboard.
    QString rowsAsText(const QList<int> &rows) const;

private:
    bool isRowIndex(const QModelIndex &index) const;
    void documentChanged(const DocumentChange &change);
    void resetRows(std::vector<TableRow> next);
    // Follows a change of which units the rows hold; false when it takes more than one step.
    bool followSkeleton(const std::vector<TableRow> &next);
    bool reconcileChildRows(const std::vector<TableRow> &next);
    void emitChangedCells(std::vector<TableRow> next);

    Document *m_document;
    std::vector<TableRow> m_rows; // what views were last told about
};

} // namespace cd::ui
