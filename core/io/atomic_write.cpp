// Atomic file writing with every step checked (see atomic_write.h).

#include "atomic_write.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace cd::io {

namespace {

// QSaveFile refuses an existing file it may not write with "Existing file … is not
// writable", which hides why (a read-only filesystem, permissions). Opening the file for
// appending, without writing, asks the system.
QString openFailure(const QString &path, const QString &saveFileReason)
{
    QFile existing(path);
    if (!existing.exists()
        || existing.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::ExistingOnly))
        return saveFileReason;
    return existing.errorString();
}

} // namespace

std::string writeFileAtomically(const QString &path, QByteArrayView bytes)
{
    const auto failed = [&](const QString &reason) {
        return QDir::toNativeSeparators(path).toStdString()
               + ": cannot save: " + reason.toStdString();
    };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failed(openFailure(path, file.errorString()));

    // write() only fills Qt's buffer; the disk's answer (a full filesystem) comes at flush().
    // Qt 6.4's commit() ignores a failed flush and renames the short temporary file over the
    // old one, so nothing reaches commit() until the write and the flush have both succeeded.
    const qint64 written = file.write(bytes.data(), bytes.size());
    const bool complete
        = written == bytes.size() && file.flush() && file.error() == QFileDevice::NoError;
    if (!complete) {
        QString reason = file.errorString();
        if (file.error() == QFileDevice::NoError) // a short write with no error of its own
            reason = QStringLiteral("only %1 of %2 bytes were written")
                         .arg(qMax<qint64>(written, 0))
                         .arg(bytes.size());
        file.cancelWriting();
        return failed(reason);
    }
    if (!file.commit())
        return failed(file.errorString());
    return {};
}

} // namespace cd::io
