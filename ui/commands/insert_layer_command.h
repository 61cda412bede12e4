#pragma once

// Inserts one layer (a new one, or a duplicate) and selects it; undo removes it again.

#include "layer.h"

#include <QUndoCommand>

namespace cd::ui {

class Document;

class InsertLayerCommand : public QUndoCommand
{
public:
    InsertLayerCommand(Document *document, int index, Layer layer, const QString &text);

    void redo() override;
    void undo() override;

private:
    Document *m_document;
    int m_index;
    Layer m_layer;
};

} // namespace cd::ui
