#include "network_edit_command.h"

namespace cd::ui {

NetworkEditCommand::NetworkEditCommand(Document *document, Network after,
                                       std::vector<LayerId> selectAfter, const QString &text)
    : QUndoCommand(text)
    , m_document(document)
    , m_before(document->network())
    , m_after(std::move(after))
    , m_selectionBefore(document->selection())
    , m_currentBefore(document->currentLayer())
    , m_selectAfter(std::move(selectAfter))
{}

void NetworkEditCommand::redo()
{
    const LayerId follow = m_selectAfter.empty() ? Network::inputId : m_selectAfter.back();
    m_document->replaceNetwork(m_after, {DocumentChange::Restructured, follow});
    m_document->setSelection(m_selectAfter, follow);
}

void NetworkEditCommand::undo()
{
    m_document->replaceNetwork(m_before, {DocumentChange::Restructured, m_currentBefore});
    m_document->setSelection(m_selectionBefore, m_currentBefore);
}

} // namespace cd::ui
