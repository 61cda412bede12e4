#include "insert_layer_command.h"

#include "document.h"

namespace cd::ui {

InsertLayerCommand::InsertLayerCommand(Document *document, int index, Layer layer,
                                       const QString &text)
    : QUndoCommand(text)
    , m_document(document)
    , m_index(index)
    , m_layer(std::move(layer))
{}

void InsertLayerCommand::redo()
{
    m_document->insertLayer(m_index, m_layer);
    m_document->setCurrentLayer(m_layer.id);
}

void InsertLayerCommand::undo()
{
    m_document->removeLayer(m_index);
}

} // namespace cd::ui
