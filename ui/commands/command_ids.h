#pragma once

// QUndoCommand::id() values: commands with the same id may merge.

namespace cd::ui {

enum CommandId {
    ChangeLayerCommandId = 1,
    ChangeHeaderCommandId,
};

} // namespace cd::ui
