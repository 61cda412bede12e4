#include "recovery_store.h"

#include "io/atomic_write.h"
#include "io/network_reader.h"
#include "io/network_writer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QStandardPaths>

#include <algorithm>

namespace cd::ui {

namespace {

const QString formatName = QStringLiteral("convdesigner-recovery");
const QString suffix = QStringLiteral(".cnn-recovery");
constexpr int formatVersion = 1;

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

RecoveryFile failure(const QString &path, const QString &reason)
{
    return {path, std::nullopt, nativePath(path) + QStringLiteral(": ") + reason};
}

// A lock that lasts as long as its process: Qt's default treats a lock older than 30 s as
// stale even while its owner lives.
std::unique_ptr<QLockFile> lockFor(const QString &path)
{
    auto lock = std::make_unique<QLockFile>(path);
    lock->setStaleLockTime(0);
    return lock;
}

} // namespace

QByteArray encodeRecovery(const RecoveryEntry &entry)
{
    QJsonObject header;
    header.insert(QStringLiteral("format"), formatName);
    header.insert(QStringLiteral("version"), formatVersion);
    header.insert(QStringLiteral("file"), entry.originalPath.isEmpty()
                                              ? QJsonValue(QJsonValue::Null)
                                              : QJsonValue(entry.originalPath));
    header.insert(QStringLiteral("savedAt"), entry.savedAt.toUTC().toString(Qt::ISODateWithMs));
    // Compact JSON has no line breaks, so the first '\n' ends the header.
    return QJsonDocument(header).toJson(QJsonDocument::Compact) + '\n'
           + io::writeNetwork(entry.network);
}

RecoveryFile decodeRecovery(QByteArrayView bytes, const QString &path)
{
    const qsizetype newline = bytes.indexOf('\n');
    if (newline < 0)
        return failure(path, QStringLiteral("no header line: not a recovery file"));
    QJsonParseError parseError;
    const QJsonDocument document
        = QJsonDocument::fromJson(bytes.first(newline).toByteArray(), &parseError);
    if (!document.isObject())
        return failure(path, QStringLiteral("header: %1").arg(parseError.errorString()));
    const QJsonObject header = document.object();
    if (header.value(QStringLiteral("format")).toString() != formatName)
        return failure(path, QStringLiteral("header: format is not \"%1\"").arg(formatName));
    if (header.value(QStringLiteral("version")).toInt() != formatVersion)
        return failure(path, QStringLiteral("header: version is not %1").arg(formatVersion));
    const QJsonValue file = header.value(QStringLiteral("file"));
    if (!file.isNull() && !file.isString())
        return failure(path, QStringLiteral("header: file is neither a path nor null"));
    const QDateTime savedAt = QDateTime::fromString(
        header.value(QStringLiteral("savedAt")).toString(), Qt::ISODateWithMs);
    if (!savedAt.isValid())
        return failure(path, QStringLiteral("header: savedAt is no ISO 8601 time"));

    io::ReadResult read = io::readNetwork(bytes.sliced(newline + 1));
    if (!read.network)
        return failure(path, QStringLiteral("network: ") + QString::fromStdString(read.error));
    return {path, RecoveryEntry{std::move(*read.network), file.toString(), savedAt}, {}};
}

RecoveryStore::RecoveryStore(QString directory)
    : m_directory(std::move(directory))
{}

QString RecoveryStore::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
           + QStringLiteral("/recovery");
}

QString RecoveryStore::entryPath(const QString &key) const
{
    return m_directory + QLatin1Char('/') + key + suffix;
}

QString RecoveryStore::lockPath(const QString &key) const
{
    return m_directory + QLatin1Char('/') + key + QStringLiteral(".lock");
}

std::optional<RecoveryStore::Claim> RecoveryStore::claim(qint64 pid, QString *error) const
{
    if (!QDir().mkpath(m_directory)) {
        *error = QStringLiteral("%1: cannot create the folder").arg(nativePath(m_directory));
        return std::nullopt;
    }
    // An orphan of an earlier process that had this pid keeps its key until it is offered.
    for (int n = 1; n <= 100; ++n) {
        const QString key = n == 1 ? QString::number(pid) : QStringLiteral("%1-%2").arg(pid).arg(n);
        if (QFileInfo::exists(entryPath(key)))
            continue;
        std::unique_ptr<QLockFile> lock = lockFor(lockPath(key));
        if (lock->tryLock(0))
            return Claim{key, std::move(lock)};
        if (lock->error() != QLockFile::LockFailedError) {
            *error = QStringLiteral("%1: cannot lock").arg(nativePath(lockPath(key)));
            return std::nullopt;
        }
    }
    *error = QStringLiteral("%1: no free recovery file name").arg(nativePath(m_directory));
    return std::nullopt;
}

std::string RecoveryStore::write(const QString &key, const RecoveryEntry &entry) const
{
    return io::writeFileAtomically(entryPath(key), encodeRecovery(entry));
}

bool RecoveryStore::remove(const QString &key) const
{
    return removeFile(entryPath(key));
}

bool RecoveryStore::removeFile(const QString &path) const
{
    return QFile::remove(path) || !QFileInfo::exists(path);
}

std::vector<RecoveryFile> RecoveryStore::orphans() const
{
    std::vector<std::pair<QDateTime, RecoveryFile>> found;
    const QFileInfoList files
        = QDir(m_directory).entryInfoList({QStringLiteral("*") + suffix}, QDir::Files);
    for (const QFileInfo &info : files) {
        const QString key = info.fileName().chopped(suffix.size());
        // Taking the lock tells a dead owner (the lock is stale, or was never made) from a
        // live one; it is let go at once, as nothing writes an orphan's key.
        std::unique_ptr<QLockFile> lock = lockFor(lockPath(key));
        if (!lock->tryLock(0))
            continue;
        lock->unlock();
        QFile file(info.filePath());
        RecoveryFile read;
        if (info.size() > io::maxNetworkFileBytes)
            read = failure(info.filePath(), QStringLiteral("larger than any network file"));
        else if (!file.open(QIODevice::ReadOnly))
            read = failure(info.filePath(), QStringLiteral("cannot open: ") + file.errorString());
        else
            read = decodeRecovery(file.readAll(), info.filePath());
        const QDateTime when = read.entry ? read.entry->savedAt : info.lastModified();
        found.emplace_back(when, std::move(read));
    }
    // A designer killed with nothing unsaved leaves only its lock: taking and letting go of
    // a stale one removes it.
    const QFileInfoList locks
        = QDir(m_directory).entryInfoList({QStringLiteral("*.lock")}, QDir::Files);
    for (const QFileInfo &info : locks) {
        if (!QFileInfo::exists(entryPath(info.completeBaseName()))) {
            std::unique_ptr<QLockFile> lock = lockFor(info.filePath());
            if (lock->tryLock(0))
                lock->unlock();
        }
    }
    std::stable_sort(found.begin(), found.end(),
                     [](const auto &a, const auto &b) { return a.first > b.first; });
    std::vector<RecoveryFile> result;
    for (auto &[when, file] : found)
        result.push_back(std::move(file));
    return result;
}

QString RecoveryStore::moveAside(const QString &path) const
{
    QString target = path + QStringLiteral(".unreadable");
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = path + QStringLiteral(".unreadable-%1").arg(n);
    return QFile::rename(path, target) ? target : QString();
}

} // namespace cd::ui
