#pragma once

// The layer table as a widget: shares the selection with the document (select a row and the
// canvas and inspector follow, and the other way round) and copies rows with Ctrl+C.

#include "document.h"

#include <QTableView>

namespace cd::ui {

class LayerTableModel;

class LayerTableView : public QTableView
{
    Q_OBJECT

public:
    explicit LayerTableView(Document *document, QWidget *parent = nullptr);

    LayerTableModel *layerModel() const { return m_model; }
    // The selected rows (the current row when none is selected) as tab-separated text with
    // a header line: what Ctrl+C puts on the clipboard.
    QString selectedRowsText() const;

public Q_SLOTS:
    void copySelection();

private:
    void setInitialColumnWidths();
    // An invalid row's message spans the number columns, which it has none of.
    void updateSpans();
    void currentRowChanged(const QModelIndex &current);
    void followCurrentLayer(LayerId id);

    Document *m_document;
    LayerTableModel *m_model;
    QList<int> m_spannedRows;
    bool m_syncing = false; // true while the view follows the document: no echo back
};

} // namespace cd::ui
