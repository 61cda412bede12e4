#include "external_change_questions.h"

#include <QCoreApplication>
#include <QDir>
#include <QMessageBox>
#include <QPushButton>

namespace cd::ui {

namespace {

ExternalChangeHook g_answer = nullptr;

QString tr(const char *text)
{
    return QCoreApplication::translate("ExternalChange", text);
}

ExternalChangeAnswer askReload(QWidget *parent, const QString &name, bool documentModified)
{
    QMessageBox box(QMessageBox::Question, tr("File changed on disk"),
                    tr("%1 changed on disk.").arg(name), QMessageBox::NoButton, parent);
    box.setInformativeText(documentModified ? tr("Reload it? Your unsaved changes are lost.")
                                            : tr("Reload it?"));
    QPushButton *reload = box.addButton(tr("&Reload"), QMessageBox::AcceptRole);
    QPushButton *keep = box.addButton(tr("&Keep Mine"), QMessageBox::RejectRole);
    box.setDefaultButton(documentModified ? keep : reload);
    box.exec();
    return box.clickedButton() == reload ? ExternalChangeAnswer::Reload
                                         : ExternalChangeAnswer::Keep;
}

ExternalChangeAnswer askOverwrite(QWidget *parent, const QString &name)
{
    QMessageBox box(
        QMessageBox::Warning, tr("File changed on disk"),
        tr("%1 was changed by another program since you opened it. Overwrite it?").arg(name),
        QMessageBox::NoButton, parent);
    QPushButton *overwrite = box.addButton(tr("&Overwrite"), QMessageBox::DestructiveRole);
    QPushButton *saveAs = box.addButton(tr("Save &As\u2026"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(saveAs);
    box.exec();
    if (box.clickedButton() == overwrite)
        return ExternalChangeAnswer::Overwrite;
    return box.clickedButton() == saveAs ? ExternalChangeAnswer::SaveAs
                                         : ExternalChangeAnswer::Cancel;
}

} // namespace

ExternalChangeAnswer askAboutExternalChange(QWidget *parent, ExternalChange change,
                                            const QString &filePath, bool documentModified)
{
    if (g_answer != nullptr)
        return g_answer(change, filePath);
    const QString name = QDir::toNativeSeparators(filePath);
    switch (change) {
    case ExternalChange::Changed: return askReload(parent, name, documentModified);
    case ExternalChange::BeforeSaving: return askOverwrite(parent, name);
    case ExternalChange::Deleted: break;
    }
    QMessageBox::warning(parent, tr("File deleted"),
                         tr("%1 was deleted from disk. The network stays open; Save writes the "
                            "file again.")
                             .arg(name));
    return ExternalChangeAnswer::Keep;
}

void setExternalChangeAnswer(ExternalChangeHook answer)
{
    g_answer = answer;
}

} // namespace cd::ui
