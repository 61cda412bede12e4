#pragma once

// One edit that changes several layers at once (wiring, paste, templates, blocks): it keeps the
// network before and after, so undo and redo restore each state exactly, whatever the edit
// moved. edits.cpp computes the new state with core's pure edits and pushes this command only
// when the edit is allowed.

#include "document.h"

#include <QUndoCommand>

#include <vector>

namespace cd::ui {

class NetworkEditCommand : public QUndoCommand
{
public:
    // `selectAfter` is selected on redo (its last id current); on undo the selection before
    // the edit comes back.
    NetworkEditCommand(Document *document, Network after, std::vector<LayerId> selectAfter,
                       const QString &text);

    void redo() override;
    void undo() override;

private:
    Document *m_document;
    Network m_before;
    Network m_after;
    std::vector<LayerId> m_selectionBefore;
    LayerId m_currentBefore;
    std::vector<LayerId> m_selectAfter;
};

} // namespace cd::ui
