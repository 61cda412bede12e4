#include "change_layer_command.h"

#include "command_ids.h"
#include "document.h"

namespace cd::ui {

namespace {

// "pool1: kernel 3 → 4" then "pool1: kernel 4 → 5" merge as "pool1: kernel 3 → 5".
QString mergedText(const QString &first, const QString &next)
{
    const QString arrow = QStringLiteral(" \u2192 ");
    const qsizetype a = first.indexOf(arrow);
    const qsizetype b = next.indexOf(arrow);
    if (a < 0 || b < 0)
        return next;
    return first.left(a) + next.mid(b);
}

} // namespace

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
    setText(mergedText(text(), next->text()));
    setObsolete(m_after == m_before); // stepped back to where it started: nothing to undo
    return true;
}

} // namespace cd::ui
