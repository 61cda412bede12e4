#pragma once

// Replaces one layer's settings or name. Consecutive changes of the same field of the same
// layer (the steps of a spin box) merge into one undo step.

#include "layer.h"

#include <QUndoCommand>

namespace cd::ui {

class Document;

class ChangeLayerCommand : public QUndoCommand
{
public:
    // `field` names what changed ("kernel", "name"); changes of one field merge.
    ChangeLayerCommand(Document *document, Layer after, QString field, const QString &text);

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    Document *m_document;
    Layer m_before;
    Layer m_after;
    QString m_field;
};

} // namespace cd::ui
