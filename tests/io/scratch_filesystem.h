#pragma once

// A tiny tmpfs mounted for one test, so that "the disk is full" and "the disk is read-only"
// are real system answers rather than mocks. Mounting needs root (CAP_SYS_ADMIN); elsewhere
// mounted() is false and the test says it was skipped.

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

#include <sys/mount.h>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <string>
#include <unistd.h>

namespace cd::io::test {

class ScratchFilesystem
{
public:
    // `options` as for mount -o: "size=64k".
    explicit ScratchFilesystem(const char *options)
    {
        if (!m_dir.isValid()) {
            m_whyNot = "no temporary directory";
            return;
        }
        if (::mount("tmpfs", m_dir.path().toLocal8Bit().constData(), "tmpfs", 0, options) != 0) {
            m_whyNot = std::string("cannot mount a tmpfs (needs root): ") + std::strerror(errno);
            return;
        }
        m_mounted = true;
    }
    ~ScratchFilesystem()
    {
        if (m_mounted)
            ::umount2(m_dir.path().toLocal8Bit().constData(), MNT_DETACH);
    }
    ScratchFilesystem(const ScratchFilesystem &) = delete;
    ScratchFilesystem &operator=(const ScratchFilesystem &) = delete;

    bool mounted() const { return m_mounted; }
    const std::string &whyNot() const { return m_whyNot; }
    QString path(const char *name) const { return m_dir.filePath(QString::fromUtf8(name)); }

    // Writes a filler file until the filesystem says it is full; true when it did.
    bool fill() const
    {
        const int fd
            = ::open(path("filler").toLocal8Bit().constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        if (fd < 0)
            return false;
        const QByteArray block(4096, 'x');
        // The filesystem is bounded, so the loop ends: at ENOSPC, or at another error.
        while (::write(fd, block.constData(), static_cast<size_t>(block.size())) >= 0) {
        }
        const bool full = errno == ENOSPC;
        ::close(fd);
        return full;
    }

    bool remountReadOnly() const
    {
        return ::mount("tmpfs", m_dir.path().toLocal8Bit().constData(), "tmpfs",
                       MS_REMOUNT | MS_RDONLY, nullptr)
               == 0;
    }

private:
    QTemporaryDir m_dir;
    bool m_mounted = false;
    std::string m_whyNot;
};

} // namespace cd::io::test
