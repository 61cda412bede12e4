#include "recovery_offer.h"

#include "document.h"
#include "main_window.h"
#include "recovery_writer.h"
#include "restore_dialog.h"

#include <QDir>
#include <QMessageBox>
#include <QUndoStack>

namespace cd::ui {

namespace {

void tellUnreadable(QWidget *parent, const QStringList &lines)
{
    auto *box = new QMessageBox(QMessageBox::Warning, QMessageBox::tr("Unreadable recovery files"),
                                QMessageBox::tr("Some unsaved work could not be read back:"),
                                QMessageBox::Ok, parent);
    box->setObjectName(QStringLiteral("unreadableRecoveryNotice"));
    box->setInformativeText(lines.join(QLatin1Char('\n')));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setModal(false);
    box->show();
}

} // namespace

void restoreInto(Document *document, const RecoveryEntry &entry)
{
    document->reset(entry.network, entry.originalPath);
    // No edit made these changes, so the undo stack has no step to be unclean at: leaving the
    // clean state by hand makes the document modified until the next save.
    document->undoStack()->resetClean();
}

RecoveryOffer offerRecovery(MainWindow *window, const RecoveryStore &store)
{
    RecoveryOffer offer;
    for (RecoveryFile &file : store.orphans()) {
        if (!file.entry) {
            const QString aside = store.moveAside(file.path);
            offer.unreadable << (aside.isEmpty()
                                     ? QMessageBox::tr("%1 (left in place)").arg(file.error)
                                     : QMessageBox::tr("%1 (moved to %2)")
                                           .arg(file.error, QDir::toNativeSeparators(aside)));
            continue;
        }
        if (askRestore(window, *file.entry) == RestoreChoice::Discard) {
            store.removeFile(file.path);
            ++offer.discarded;
            continue;
        }
        MainWindow *target = window;
        if (offer.restored > 0) {
            target = new MainWindow;
            target->setAttribute(Qt::WA_DeleteOnClose);
            target->show();
        }
        restoreInto(target->document(), *file.entry);
        // The work is in a document again, which writes its own recovery file right away.
        target->recoveryWriter()->flush();
        store.removeFile(file.path);
        ++offer.restored;
    }
    if (!offer.unreadable.isEmpty())
        tellUnreadable(window, offer.unreadable);
    return offer;
}

} // namespace cd::ui
