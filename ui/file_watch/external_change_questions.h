#pragma once

// The questions asked when the open file changes on disk behind the designer's back.

#include <QString>

class QWidget;

namespace cd::ui {

enum class ExternalChange {
    Changed,      // another program wrote the file: Reload or Keep
    Deleted,      // the file is gone: only told, the document stays open and modified
    BeforeSaving, // Save would overwrite another program's change: Overwrite, SaveAs or Cancel
};

enum class ExternalChangeAnswer { Reload, Keep, Overwrite, SaveAs, Cancel };

// Asks with a modal message box. Tests replace it with a function that answers at once
// (setExternalChangeAnswer), since a modal dialog would wait for a person.
ExternalChangeAnswer askAboutExternalChange(QWidget *parent, ExternalChange change,
                                            const QString &filePath, bool documentModified);

using ExternalChangeHook = ExternalChangeAnswer (*)(ExternalChange change, const QString &filePath);
// Null restores the message boxes.
void setExternalChangeAnswer(ExternalChangeHook answer);

} // namespace cd::ui
