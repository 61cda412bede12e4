#pragma once

// The question after a crash: restore the unsaved work a recovery file holds, or discard it.

#include "recovery_store.h"

class QWidget;

namespace cd::ui {

enum class RestoreChoice { Restore, Discard };

// What the question says: when the work was saved, whose file it is, what it holds.
QString describeRecovery(const RecoveryEntry &entry);

// Asks with Restore / Discard. Tests replace the question with a function that answers at once
// (setRestoreAnswer), since a modal dialog would wait for a person.
RestoreChoice askRestore(QWidget *parent, const RecoveryEntry &entry);

using RestoreAnswer = RestoreChoice (*)(const RecoveryEntry &entry);
// Null restores the dialog.
void setRestoreAnswer(RestoreAnswer answer);

} // namespace cd::ui
