#pragma once

// The layer table as a widget: shares the selection with the document (select a row and the
// canvas and inspector follow, and the other way round), folds a block's rows under the
// block's row, and copies rows with Ctrl+C.

#include "document.h"

#include <QTableView>

#include <functional>

class QMenu;

namespace cd::ui {

class BlockFolding;
class BlockNameDelegate;
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

    // A folded block shows its row only; the table's own, apart from the canvas's folding.
    bool isBlockFolded(const QString &block) const;
    void setBlockFolded(const QString &block, bool folded);
    // Where the fold arrow of the block row `row` is, in viewport coordinates.
    QRect foldArrowRect(int row) const;

    // A layer row's context menu comes from the window (the canvas nodes' menu); Copy rows
    // follows it. The factory may return null. The caller of contextMenuFor owns the menu.
    using LayerMenuFactory = std::function<QMenu *(LayerId, QWidget *)>;
    void setLayerMenuFactory(LayerMenuFactory factory) { m_layerMenuFactory = std::move(factory); }
    QMenu *contextMenuFor(int row);

    // While presenting: the last shown column takes the width the others leave and wraps its
    // text onto more lines, so that a long "Discarded" list never runs off the right edge.
    void setLastColumnWraps(bool wraps);
    bool lastColumnWraps() const { return m_lastColumnWraps; }

public Q_SLOTS:
    void copySelection();

Q_SIGNALS:
    // The current row became convolution `conv` (from 0) of the nin_block `id`; any other
    // row gives its layer and 0.
    void blockConvPicked(cd::LayerId id, int conv);

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void changeEvent(QEvent *event) override;
    // The totals row sums the layers and is no layer: the keys stop at the last layer's row
    // (made current, it would select the input and send the canvas to the top).
    QModelIndex moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers) override;

private:
    // Every column as wide as its widest cell (the totals row's bold too) and its title, never
    // narrower than a typical large value: numbers are never elided. Run on every change.
    void fitColumnsToContents();
    int contentWidth(int column) const;
    int lastShownColumn() const;
    // An invalid row's message spans the number columns, which it has none of.
    void updateSpans();
    // The block whose row is at `index`; empty for any other row.
    QString blockAt(const QModelIndex &index) const;
    bool isTotalsRow(const QModelIndex &index) const;

    LayerTableModel *m_model;
    BlockFolding *m_folding = nullptr;
    BlockNameDelegate *m_nameDelegate = nullptr;
    QList<int> m_spannedRows;
    QAction *m_copy = nullptr;
    LayerMenuFactory m_layerMenuFactory;
    bool m_lastColumnWraps = false;
    int m_rowHeightBefore = 0; // the rows' height before they wrapped
};

} // namespace cd::ui
