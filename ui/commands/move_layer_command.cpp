#include "move_layer_command.h"

#include "document.h"

namespace cd::ui {

MoveLayerCommand::MoveLayerCommand(Document *document, LayerId id, int to, const QString &text)
    : QUndoCommand(text)
    , m_document(document)
    , m_id(id)
    , m_to(to)
{}

void MoveLayerCommand::redo()
{
    m_original = m_document->moveLayer(m_document->network().indexOf(m_id), m_to);
    m_document->setCurrentLayer(m_id);
}

void MoveLayerCommand::undo()
{
    m_document->undoMove(m_to, m_original);
    m_document->setCurrentLayer(m_id);
}

} // namespace cd::ui
