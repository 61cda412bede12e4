#pragma once

// Changes the network's name, input shape or settings. Consecutive changes of the same field
// merge into one undo step.

#include "document.h"

#include <QUndoCommand>

namespace cd::ui {

class ChangeHeaderCommand : public QUndoCommand
{
public:
    ChangeHeaderCommand(Document *document, Document::Header after, QString field,
                        const QString &text);

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    Document *m_document;
    Document::Header m_before;
    Document::Header m_after;
    QString m_field;
};

} // namespace cd::ui
