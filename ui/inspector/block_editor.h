#pragma once

// The inspector's line for the block a layer is in: the block's name, edited in place (it
// renames the whole block when editing finishes), and Ungroup, which dissolves the block. A
// refusal shows beneath in red. Every change goes through structure_edits.h.

#include "document.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace cd::ui {

class BlockEditor : public QWidget
{
    Q_OBJECT

public:
    BlockEditor(Document *document, LayerId id, QWidget *parent = nullptr);

    // Shows the block's current name; never pushes a command, never moves focus, and keeps
    // text the user is typing.
    void refresh();
    // The layer is in a block: the form shows this line.
    bool hasBlock() const { return !m_block.isEmpty(); }

private:
    void commitName();
    void ungroup();

    Document *m_document;
    LayerId m_id;
    QString m_block;        // the block's name as last shown
    QLineEdit *m_name;      // named "block"
    QPushButton *m_ungroup; // named "ungroup"
    QLabel *m_refusal;      // named "blockRefusal"
};

} // namespace cd::ui
