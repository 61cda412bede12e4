#include "recovery_writer.h"

#include "document.h"

#include <QCoreApplication>
#include <QLockFile>
#include <QTimer>

namespace cd::ui {

RecoveryWriter::RecoveryWriter(Document *document, const QString &directory, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_timer(new QTimer(this))
    , m_store(directory)
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(defaultDelayMs);
    connect(m_timer, &QTimer::timeout, this, &RecoveryWriter::flush);
    connect(document, &Document::changed, this, &RecoveryWriter::scheduleWrite);
    connect(document, &Document::filePathChanged, this, &RecoveryWriter::scheduleWrite);
    connect(document, &Document::modifiedChanged, this, &RecoveryWriter::scheduleWrite);
}

RecoveryWriter::~RecoveryWriter() = default;

void RecoveryWriter::setDirectory(const QString &directory)
{
    const bool hadFile = !m_key.isEmpty();
    removeFile();
    m_lock.reset();
    m_key.clear();
    m_store = RecoveryStore(directory);
    if (hadFile && m_document->isModified())
        writeNow();
}

void RecoveryWriter::setDelay(int milliseconds)
{
    m_timer->setInterval(milliseconds);
}

QString RecoveryWriter::filePath() const
{
    return m_key.isEmpty() ? QString() : m_store.entryPath(m_key);
}

bool RecoveryWriter::isWritePending() const
{
    return m_timer->isActive();
}

void RecoveryWriter::scheduleWrite()
{
    // Back to clean (saved, or undone to the saved state): nothing is at risk any more.
    if (!m_document->isModified()) {
        m_timer->stop();
        removeFile();
        return;
    }
    m_timer->start();
}

void RecoveryWriter::flush()
{
    m_timer->stop();
    if (m_document->isModified())
        writeNow();
    else
        removeFile();
}

void RecoveryWriter::discard()
{
    m_timer->stop();
    removeFile();
}

void RecoveryWriter::writeNow()
{
    if (m_key.isEmpty()) {
        QString error;
        std::optional<RecoveryStore::Claim> claim
            = m_store.claim(QCoreApplication::applicationPid(), &error);
        if (!claim) {
            Q_EMIT failed(tr("Unsaved changes are not backed up: %1").arg(error));
            return;
        }
        m_key = claim->key;
        m_lock = std::move(claim->lock);
    }
    const std::string error = m_store.write(
        m_key, {m_document->network(), m_document->filePath(), QDateTime::currentDateTimeUtc()});
    if (!error.empty())
        Q_EMIT failed(
            tr("Unsaved changes are not backed up: %1").arg(QString::fromStdString(error)));
}

void RecoveryWriter::removeFile()
{
    if (!m_key.isEmpty() && !m_store.remove(m_key))
        Q_EMIT failed(tr("Cannot remove the recovery file %1").arg(filePath()));
}

} // namespace cd::ui
