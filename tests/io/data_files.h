#pragma once

// The network files the io tests read: the PyTorch-measured cases and the bundled examples.

#include <QDir>
#include <QFile>
#include <QString>
#include <QStringList>

#include <catch2/catch.hpp>

namespace cd::io::test {

inline QStringList networkFiles()
{
    QStringList files;
    for (const char *dir : {CONVDESIGNER_TEST_DATA, CONVDESIGNER_EXAMPLES}) {
        const QDir directory(QString::fromUtf8(dir));
        const QStringList names
            = directory.entryList({QStringLiteral("*.cnn.json")}, QDir::Files, QDir::Name);
        for (const QString &name : names)
            files << directory.filePath(name);
    }
    return files;
}

inline QString dataFile(const char *name)
{
    return QDir(QString::fromUtf8(CONVDESIGNER_TEST_DATA)).filePath(QString::fromUtf8(name));
}

inline QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

} // namespace cd::io::test
