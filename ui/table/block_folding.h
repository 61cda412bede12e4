#pragma once

// Which blocks the layer table shows folded, and the rows it hides for them. Folding is the
// table's own view state: the canvas folds its blocks apart (Document::isBlockCollapsed), so
// that one can show a block whole while the other shows it as one line.

#include <QObject>
#include <QSet>
#include <QString>

class QTableView;

namespace cd::ui {

class LayerTableModel;

class BlockFolding : public QObject
{
    Q_OBJECT

public:
    // Follows the model's row changes, hiding the layer rows of folded blocks in `view`.
    BlockFolding(QTableView *view, LayerTableModel *model);

    bool isFolded(const QString &block) const { return m_folded.contains(block); }
    void setFolded(const QString &block, bool folded);
    // Some row belongs to a block: the name column keeps room for the fold arrows.
    bool hasBlocks() const { return m_hasBlocks; }

Q_SIGNALS:
    void foldingChanged(const QString &block, bool folded);

private:
    void apply();

    QTableView *m_view;
    LayerTableModel *m_model;
    // By name, so that a block keeps its folding when an undo brings it back.
    QSet<QString> m_folded;
    bool m_hasBlocks = false;
};

} // namespace cd::ui
