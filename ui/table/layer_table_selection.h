#pragma once

// Keeps the layer table's selected rows and the document's selection the same. Rows picked in
// the table select their layers (a block's row all of the block's) and unfold the canvas block
// around a picked layer; a selection made elsewhere selects the layers' rows, unfolding the
// table's block around the current layer unless the whole block is selected.

#include "document.h"

#include <QObject>

class QModelIndex;
class QTableView;

namespace cd::ui {

class BlockFolding;
class LayerTableModel;

class LayerTableSelection : public QObject
{
    Q_OBJECT

public:
    LayerTableSelection(QTableView *view, LayerTableModel *model, BlockFolding *folding,
                        Document *document);

private:
    // The user's rows become the document's selection.
    void pushSelection();
    void currentRowChanged(const QModelIndex &current);
    // The document's selection becomes the table's rows.
    void followDocument();
    // The row to make current for the document's current layer.
    int currentRowFor(LayerId current, const std::vector<LayerId> &selection);

    QTableView *m_view;
    LayerTableModel *m_model;
    BlockFolding *m_folding;
    Document *m_document;
    bool m_syncing = false; // true while one side follows the other: no echo back
};

} // namespace cd::ui
