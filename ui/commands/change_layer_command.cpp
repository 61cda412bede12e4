#include "change_layer_command.h"

#include "command_ids.h"
#include "document.h"

namespace cd::ui {

ChangeLayerCommand::ChangeLayerCommand(Document *document, Layer after, QString field,
                                       const QString &text)
    : QUndoCommand(text)
    , m_document(document)
    , m_before(document->network().layers.at(
          static_cast<std::size_t>(document->network().indexOf(after.id))))
    , m_after(std::move(after))
    , m_field(std::move(field))
{}

void ChangeLayerCommand::redo()
{
    m_document->replaceLayer(m_document->network().indexOf(m_after.id), m_after);
}

void ChangeLayerCommand::undo()
{
    m_document->replaceLayer(m_document->network().indexOf(m_before.id), m_before);
}

int ChangeLayerCommand::id() const
{
    return ChangeLayerCommandId;
}

bool ChangeLayerCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const ChangeLayerCommand *>(other);
    if (next->m_after.id != m_after.id || next->m_field != m_field)
        return false;
    m_after = next->m_after;
    setObsolete(m_after == m_before); // stepped back to where it started: nothing to undo
    return true;
}

} // namespace cd::ui
