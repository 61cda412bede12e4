#pragma once

// Keeps this process's recovery file in step with a Document: written a moment after each
// edit while the document has unsaved changes, removed once it has none (saved, or undone back
// to clean) and on a clean exit. A crash leaves it behind, to be offered at the next start.

#include "recovery_store.h"

#include <QObject>

#include <memory>

class QLockFile;
class QTimer;

namespace cd::ui {

class Document;

class RecoveryWriter : public QObject
{
    Q_OBJECT

public:
    static constexpr int defaultDelayMs = 1500;

    explicit RecoveryWriter(Document *document, const QString &directory,
                            QObject *parent = nullptr);
    ~RecoveryWriter() override; // leaves the file: only discard() means the work is safe

    // Moves to another folder (tests use a temporary one), taking this process's file along.
    void setDirectory(const QString &directory);
    // How long after the last edit the file is written; edits within it write once.
    void setDelay(int milliseconds);
    // The recovery file; empty until the first write claimed a name.
    QString filePath() const;
    bool isWritePending() const;
    // Writes now when the document has unsaved changes, else removes the file.
    void flush();
    // A clean exit: the user answered for the unsaved changes, so the file goes.
    void discard();

Q_SIGNALS:
    // A write failed (full disk, read-only folder): the user's work is not protected.
    void failed(const QString &message);

private:
    void scheduleWrite();
    void writeNow();
    void removeFile();

    Document *m_document;
    QTimer *m_timer;
    RecoveryStore m_store;
    QString m_key;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace cd::ui
