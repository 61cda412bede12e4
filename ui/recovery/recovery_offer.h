#pragma once

// At start-up: offers the work of designers that crashed, one recovery file at a time.

#include "recovery_store.h"

#include <QStringList>

namespace cd::ui {

class Document;
class MainWindow;

// The recovered network as a modified document: the original file path is set so that Save
// writes there (through the normal save path), and the title shows it unsaved.
void restoreInto(Document *document, const RecoveryEntry &entry);

struct RecoveryOffer
{
    int restored = 0;
    int discarded = 0;
    QStringList unreadable; // one line each: the reader's message and where the file went
};

// Asks about each orphan in `store` (askRestore). The first restored goes into `window`, any
// further one into a new window of its own. A restored or discarded file is removed, since the
// restored work gets this process's own recovery file; an unreadable one is moved aside and
// the user told in a message box that does not block.
RecoveryOffer offerRecovery(MainWindow *window, const RecoveryStore &store);

} // namespace cd::ui
