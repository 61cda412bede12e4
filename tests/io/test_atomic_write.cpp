// writeFileAtomically and the network writer on real filesystems that refuse the bytes: a
// full tmpfs (ENOSPC at flush) and a read-only one (EROFS at open). In both the old file must
// survive byte for byte and the caller must hear why.

#include "scratch_filesystem.h"

#include "io/atomic_write.h"
#include "io/network_writer.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace cd;
using cd::io::test::ScratchFilesystem;

namespace {

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>");
}

bool writePlain(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.flush();
}

// Only the old file and the filler: no temporary file is left behind.
QStringList entries(const ScratchFilesystem &filesystem)
{
    return QDir(QFileInfo(filesystem.path("x")).absolutePath())
        .entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

Network smallNetwork()
{
    Network network;
    network.name = "replacement";
    network.input = {3, 32, 32};
    network.append(Conv2d{.outChannels = 8, .kernel = {3, 3}});
    network.append(ReLU{});
    return network;
}

const QByteArray oldBytes = "{\"the old file\": \"must survive\"}\n";

} // namespace

TEST_CASE("writeFileAtomically writes the bytes and replaces an old file", "[atomic]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.txt"));
    CHECK(io::writeFileAtomically(path, "first") == "");
    CHECK(contents(path) == "first");
    CHECK(io::writeFileAtomically(path, "second, longer") == "");
    CHECK(contents(path) == "second, longer");
    CHECK(io::writeFileAtomically(path, "") == "");
    CHECK(contents(path).isEmpty());
}

TEST_CASE("writeFileAtomically into a missing directory names the file and the reason", "[atomic]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing/out.txt"));
    const std::string error = io::writeFileAtomically(path, "bytes");
    CHECK(error.starts_with(QDir::toNativeSeparators(path).toStdString() + ": cannot save: "));
    CHECK(error.size() > QDir::toNativeSeparators(path).toStdString().size() + 15);
    CHECK_FALSE(QFile::exists(path));
}

TEST_CASE("on a full filesystem a save fails and the old file survives byte for byte",
          "[atomic][mount]")
{
    ScratchFilesystem filesystem("size=64k");
    if (!filesystem.mounted()) {
        WARN("skipped: " << filesystem.whyNot());
        return;
    }
    const QString path = filesystem.path("network.cnn.json");
    REQUIRE(writePlain(path, oldBytes));
    REQUIRE(filesystem.fill());
    const std::string where = QDir::toNativeSeparators(path).toStdString() + ": cannot save: ";

    SECTION("bytes that fit in Qt's buffer: the disk's refusal comes only at flush")
    {
        const std::string error = io::writeFileAtomically(path, "small");
        CHECK(error == where + "No space left on device");
    }
    SECTION("bytes larger than the filesystem")
    {
        const std::string error = io::writeFileAtomically(path, QByteArray(256 * 1024, 'y'));
        CHECK(error == where + "No space left on device");
    }
    SECTION("a network file")
    {
        const std::string error = io::saveNetworkFile(smallNetwork(), path);
        CHECK(error == where + "No space left on device");
    }
    CHECK(contents(path) == oldBytes);
    CHECK(entries(filesystem)
          == QStringList({QStringLiteral("filler"), QStringLiteral("network.cnn.json")}));
}

TEST_CASE("on a read-only filesystem a save fails and the old file survives", "[atomic][mount]")
{
    ScratchFilesystem filesystem("size=64k");
    if (!filesystem.mounted()) {
        WARN("skipped: " << filesystem.whyNot());
        return;
    }
    const QString path = filesystem.path("network.cnn.json");
    REQUIRE(writePlain(path, oldBytes));
    REQUIRE(filesystem.remountReadOnly());
    const std::string where = QDir::toNativeSeparators(path).toStdString() + ": cannot save: ";

    SECTION("any bytes")
    {
        const std::string error = io::writeFileAtomically(path, "new bytes");
        CHECK(error.starts_with(where));
        INFO(error);
        CHECK(error.find("Read-only file system") != std::string::npos);
    }
    SECTION("a network file")
    {
        const std::string error = io::saveNetworkFile(smallNetwork(), path);
        CHECK(error.starts_with(where));
        INFO(error);
        CHECK(error.find("Read-only file system") != std::string::npos);
    }
    CHECK(contents(path) == oldBytes);
}
