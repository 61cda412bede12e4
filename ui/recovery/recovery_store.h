#pragma once

// The recovery files of unsaved work in one folder: each running designer keeps at most one,
// named by its process, beside a QLockFile that says the process still lives. A file whose
// lock is stale (the process crashed or was killed) is an orphan, offered at the next start.

#include "network.h"

#include <QDateTime>
#include <QString>

#include <memory>
#include <optional>
#include <string>
#include <vector>

class QLockFile;

namespace cd::ui {

struct RecoveryEntry
{
    Network network;
    QString originalPath; // the file the work belongs to; empty for an untitled network
    QDateTime savedAt;    // when the recovery file was written
};

// An orphan found on disk: read, or why it could not be.
struct RecoveryFile
{
    QString path;
    std::optional<RecoveryEntry> entry;
    QString error; // set when entry is not: one line naming the file and what is wrong
};

// One recovery file's bytes: a compact JSON header line (format, version, file, savedAt),
// then the network exactly as io::writeNetwork writes it, read back by io::readNetwork.
QByteArray encodeRecovery(const RecoveryEntry &entry);
// `where` starts every message ("…/1234.cnn-recovery: ").
RecoveryFile decodeRecovery(QByteArrayView bytes, const QString &path);

class RecoveryStore
{
public:
    explicit RecoveryStore(QString directory);

    // QStandardPaths' AppDataLocation + "/recovery".
    static QString defaultDirectory();

    QString directory() const { return m_directory; }
    // The recovery file of `key` (a process id, "1234-2" for a second window).
    QString entryPath(const QString &key) const;
    QString lockPath(const QString &key) const;

    // The first key of this process ("1234", then "1234-2", ...) with no recovery file yet and
    // a lock it could take, with that lock held (stale-time 0: held as long as the process
    // lives). Null when the folder cannot be made or locked; `error` then says why.
    struct Claim
    {
        QString key;
        std::unique_ptr<QLockFile> lock;
    };
    std::optional<Claim> claim(qint64 pid, QString *error) const;

    // Writes atomically (io::writeFileAtomically); "" on success, else the reason.
    std::string write(const QString &key, const RecoveryEntry &entry) const;
    // Removes the file of `key`; true when none is left.
    bool remove(const QString &key) const;

    // The files whose process is gone, newest first. A file whose lock is held by a live
    // process (this one included) is not listed. Stale locks with no file are removed.
    std::vector<RecoveryFile> orphans() const;
    // Renames an unreadable file to "….unreadable" so it is offered no more but kept for a
    // person to look at; returns the new path, or "" when even that failed (the file stays).
    QString moveAside(const QString &path) const;
    bool removeFile(const QString &path) const;

private:
    QString m_directory;
};

} // namespace cd::ui
