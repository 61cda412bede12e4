#pragma once

// Watches the document's file on disk and asks when another program changes or deletes it.
// It compares what is on disk with what the designer itself last read or wrote (by content,
// so our own saves and mere touches ask nothing), and guards Save against overwriting a
// change the user chose to keep.

#include <QByteArray>
#include <QObject>
#include <QString>

class QFileSystemWatcher;
class QTimer;
class QWidget;

namespace cd::ui {

class Document;

class ExternalChangeWatcher : public QObject
{
    Q_OBJECT

public:
    // Dialogs are parented to `window`, which also owns the watcher.
    ExternalChangeWatcher(Document *document, QWidget *window);

    // After our own save: the file's bytes on disk are the document's.
    void noteSaved();

    enum class SaveDecision { Overwrite, SaveAs, Cancel };
    // Before saving over `filePath`: Overwrite unless it is the document's file and another
    // program changed it since it was opened or saved; then the user decides.
    SaveDecision confirmOverwrite(const QString &filePath);

    // The file checked on disk, and whether a check is waiting for the watcher's burst to end.
    QString filePath() const { return m_path; }
    bool isCheckPending() const;

Q_SIGNALS:
    // The user chose to reload `filePath`; the window reads it (and shows the reader's message
    // and keeps the document when the file is bad).
    void reloadRequested(const QString &filePath);

private:
    void watch(const QString &filePath);
    void rewatch();
    void check();
    // A digest of the file's bytes; empty when the file is gone.
    QByteArray diskState() const;

    Document *m_document;
    QWidget *m_window;
    QFileSystemWatcher *m_watcher;
    QTimer *m_checkTimer;
    QString m_path;
    QByteArray m_known;    // the disk state the document was read from or saved as
    QByteArray m_answered; // the disk state the user was last asked about
    bool m_asking = false;
};

} // namespace cd::ui
