#include "restore_dialog.h"

#include "qt_text.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

namespace cd::ui {

namespace {

RestoreAnswer g_answer = nullptr;

QString tr(const char *text)
{
    return QCoreApplication::translate("RestoreDialog", text);
}

} // namespace

QString describeRecovery(const RecoveryEntry &entry)
{
    const QString file = entry.originalPath.isEmpty()
                             ? tr("Untitled")
                             : QDir::toNativeSeparators(entry.originalPath);
    QString name = qtText(entry.network.name);
    if (name.isEmpty())
        name = tr("(no name)");
    return tr("Saved: %1\nFile: %2\nNetwork: %3, %4 layers")
        .arg(QLocale().toString(entry.savedAt.toLocalTime(), QLocale::LongFormat), file, name)
        .arg(entry.network.layers.size());
}

RestoreChoice askRestore(QWidget *parent, const RecoveryEntry &entry)
{
    if (g_answer != nullptr)
        return g_answer(entry);
    QMessageBox box(QMessageBox::Question, tr("Restore unsaved work?"),
                    tr("ConvDesigner ended without saving your changes. A copy of them was "
                       "kept."),
                    QMessageBox::NoButton, parent);
    box.setInformativeText(describeRecovery(entry));
    QPushButton *restore = box.addButton(tr("&Restore"), QMessageBox::AcceptRole);
    QPushButton *discard = box.addButton(tr("&Discard"), QMessageBox::DestructiveRole);
    box.setDefaultButton(restore);
    box.exec();
    // Only an explicit Discard deletes the work; a dialog closed otherwise restores it.
    return box.clickedButton() == discard ? RestoreChoice::Discard : RestoreChoice::Restore;
}

void setRestoreAnswer(RestoreAnswer answer)
{
    g_answer = answer;
}

} // namespace cd::ui
