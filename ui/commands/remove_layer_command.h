#pragma once

// Removes one layer, keeping it by value so that undo puts it back with the same id. When it
// was the current layer, the one that followed it (at the end, the one before) becomes
// current: Delete keeps the user's place.

#include "layer.h"

#include "chain_edits.h"

#include <QUndoCommand>

namespace cd::ui {

class Document;

class RemoveLayerCommand : public QUndoCommand
{
public:
    RemoveLayerCommand(Document *document, LayerId id, const QString &text);

    void redo() override;
    void undo() override;

private:
    Document *m_document;
    LayerId m_id;
    LayerId m_next; // current after the removal
    Removal m_removed;
};

} // namespace cd::ui
