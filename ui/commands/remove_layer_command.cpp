#include "remove_layer_command.h"

#include "document.h"

namespace cd::ui {

RemoveLayerCommand::RemoveLayerCommand(Document *document, LayerId id, const QString &text)
    : QUndoCommand(text)
    , m_document(document)
    , m_id(id)
{}

void RemoveLayerCommand::redo()
{
    m_removed = m_document->removeLayer(m_document->network().indexOf(m_id));
}

void RemoveLayerCommand::undo()
{
    m_document->restoreLayer(m_removed);
    m_document->setCurrentLayer(m_id);
}

} // namespace cd::ui
