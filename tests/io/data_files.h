#pragma once

// The network files the io tests read: the PyTorch-measured cases and the bundled examples.

#include <QDir>
#include <QFile>
#include <QString>
#include <QStringList>

#include <catch2/catch.hpp>

namespace cd::io::test {

// The cases whose expected report says the file is no readable network (v2_r_*).
inline bool isReaderErrorCase(const QString &networkPath)
{
    QString expected = networkPath;
    expected.replace(QStringLiteral(".cnn.json"), QStringLiteral(".expected.json"));
    QFile file(expected);
    return file.open(QIODevice::ReadOnly)
           && file.readAll().contains(R"("reader_error": true)");
}

// Every readable network file: the cases (less the reader-error ones) and the examples.
inline QStringList networkFiles()
{
    QStringList files;
    for (const char *dir : {CONVDESIGNER_TEST_DATA, CONVDESIGNER_EXAMPLES}) {
        const QDir directory(QString::fromUtf8(dir));
        const QStringList names
            = directory.entryList({QStringLiteral("*.cnn.json")}, QDir::Files, QDir::Name);
        for (const QString &name : names) {
            if (!isReaderErrorCase(directory.filePath(name)))
                files << directory.filePath(name);
        }
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
