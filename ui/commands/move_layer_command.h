#pragma once

// Moves one layer to another position in the chain (a drag on the canvas: one undo step).

#include "layer.h"

#include "chain_edits.h"

#include <QUndoCommand>

namespace cd::ui {

class Document;

class MoveLayerCommand : public QUndoCommand
{
public:
    // `to` is the layer's index after the move.
    MoveLayerCommand(Document *document, LayerId id, int to, const QString &text);

    void redo() override;
    void undo() override;

private:
    Document *m_document;
    LayerId m_id;
    int m_to;
    Removal m_original; // the layer and its edges before the move
};

} // namespace cd::ui
