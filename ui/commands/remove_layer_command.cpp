#include "remove_layer_command.h"

#include "document.h"
#include "removal_focus.h"

namespace cd::ui {

RemoveLayerCommand::RemoveLayerCommand(Document *document, LayerId id, const QString &text)
    : QUndoCommand(text)
    , m_document(document)
    , m_id(id)
    , m_next(layerAfterRemoving(document->network(), {id}))
{}

void RemoveLayerCommand::redo()
{
    // Only the current layer's removal moves the selection: removing another keeps it.
    const bool wasCurrent = m_document->currentLayer() == m_id;
    m_removed = m_document->removeLayer(m_document->network().indexOf(m_id));
    if (wasCurrent)
        m_document->setCurrentLayer(m_next);
}

void RemoveLayerCommand::undo()
{
    m_document->restoreLayer(m_removed);
    m_document->setCurrentLayer(m_id);
}

} // namespace cd::ui
