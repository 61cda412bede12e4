#include "external_change_watcher.h"

#include "document.h"
#include "external_change_questions.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QTimer>
#include <QUndoStack>
#include <QWidget>

namespace cd::ui {

namespace {

// Editors write a file in several steps (truncate, write, rename): one check after the
// burst sees the end result.
constexpr int checkDelayMs = 100;

bool samePath(const QString &a, const QString &b)
{
    return QFileInfo(a).absoluteFilePath() == QFileInfo(b).absoluteFilePath();
}

} // namespace

ExternalChangeWatcher::ExternalChangeWatcher(Document *document, QWidget *window)
    : QObject(window)
    , m_document(document)
    , m_window(window)
    , m_watcher(new QFileSystemWatcher(this))
    , m_checkTimer(new QTimer(this))
{
    m_checkTimer->setSingleShot(true);
    m_checkTimer->setInterval(checkDelayMs);
    connect(m_checkTimer, &QTimer::timeout, this, &ExternalChangeWatcher::check);
    // An atomic replace (ours or another editor's) renames a new file over the old one, and
    // the watcher drops the old one's path: the folder's change says the file is back.
    const auto scheduleCheck = [this] {
        m_checkTimer->start();
    };
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, scheduleCheck);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, scheduleCheck);
    connect(document, &Document::filePathChanged, this, &ExternalChangeWatcher::watch);
    watch(document->filePath());
}

bool ExternalChangeWatcher::isCheckPending() const
{
    return m_checkTimer->isActive();
}

void ExternalChangeWatcher::watch(const QString &filePath)
{
    const QStringList watched = m_watcher->files() + m_watcher->directories();
    if (!watched.isEmpty())
        m_watcher->removePaths(watched);
    m_checkTimer->stop();
    m_path = filePath;
    m_known = m_answered = diskState();
    rewatch();
}

void ExternalChangeWatcher::rewatch()
{
    if (m_path.isEmpty())
        return;
    if (!m_watcher->files().contains(m_path) && QFileInfo::exists(m_path))
        m_watcher->addPath(m_path);
    const QString folder = QFileInfo(m_path).absolutePath();
    if (!m_watcher->directories().contains(folder) && QFileInfo::exists(folder))
        m_watcher->addPath(folder);
}

void ExternalChangeWatcher::noteSaved()
{
    m_known = m_answered = diskState();
    rewatch();
}

QByteArray ExternalChangeWatcher::diskState() const
{
    if (m_path.isEmpty() || !QFileInfo::exists(m_path))
        return {};
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return "unreadable: " + file.errorString().toUtf8();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result();
}

void ExternalChangeWatcher::check()
{
    if (m_path.isEmpty())
        return;
    rewatch();
    // A question is open: its answer comes first, then one more look.
    if (m_asking) {
        m_checkTimer->start();
        return;
    }
    const QByteArray state = diskState();
    if (state == m_answered)
        return;
    m_answered = state;
    if (state == m_known) // changed back, or our own save
        return;
    const QString path = m_path;
    m_asking = true;
    if (state.isEmpty()) {
        askAboutExternalChange(m_window, ExternalChange::Deleted, path, m_document->isModified());
        // The document is now the only copy: modified, so that closing asks and Save
        // writes the file again.
        m_document->undoStack()->resetClean();
    } else if (askAboutExternalChange(m_window, ExternalChange::Changed, path,
                                      m_document->isModified())
               == ExternalChangeAnswer::Reload) {
        Q_EMIT reloadRequested(path);
    }
    m_asking = false;
}

ExternalChangeWatcher::SaveDecision ExternalChangeWatcher::confirmOverwrite(const QString &filePath)
{
    if (m_path.isEmpty() || !samePath(filePath, m_path))
        return SaveDecision::Overwrite;
    const QByteArray state = diskState();
    if (state.isEmpty() || state == m_known)
        return SaveDecision::Overwrite;
    switch (askAboutExternalChange(m_window, ExternalChange::BeforeSaving, m_path,
                                   m_document->isModified())) {
    case ExternalChangeAnswer::Overwrite: return SaveDecision::Overwrite;
    case ExternalChangeAnswer::SaveAs: return SaveDecision::SaveAs;
    default: return SaveDecision::Cancel;
    }
}

} // namespace cd::ui
