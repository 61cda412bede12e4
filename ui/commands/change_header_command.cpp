#include "change_header_command.h"

#include "command_ids.h"

namespace cd::ui {

ChangeHeaderCommand::ChangeHeaderCommand(Document *document, Document::Header after,
                                         QString field, const QString &text)
    : QUndoCommand(text)
    , m_document(document)
    , m_before(document->header())
    , m_after(std::move(after))
    , m_field(std::move(field))
{}

void ChangeHeaderCommand::redo()
{
    m_document->setHeader(m_after);
}

void ChangeHeaderCommand::undo()
{
    m_document->setHeader(m_before);
}

int ChangeHeaderCommand::id() const
{
    return ChangeHeaderCommandId;
}

bool ChangeHeaderCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const ChangeHeaderCommand *>(other);
    if (next->m_field != m_field)
        return false;
    m_after = next->m_after;
    setObsolete(m_after == m_before);
    return true;
}

} // namespace cd::ui
