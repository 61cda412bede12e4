// Every crasher, slow input and broken promise the fuzzers found (scripts/fuzz.sh), kept under
// tests/data/fuzz-regressions/ and replayed through the fuzz targets' own checks, so that the
// normal suite (with the sanitizers in CI) sees a regression before any fuzzing does.

#include "../../fuzz/network_checks.h"

#include <QDir>
#include <QFile>

#include <catch2/catch.hpp>

TEST_CASE("every fuzz finding is read, written, analysed and reported without a fault", "[fuzz]")
{
    const QDir directory(QStringLiteral(CONVDESIGNER_TEST_DATA "/fuzz-regressions"));
    const QStringList names = directory.entryList(QDir::Files, QDir::Name);
    REQUIRE_FALSE(names.isEmpty());
    for (const QString &name : names) {
        if (name == QStringLiteral("README.md"))
            continue;
        QFile file(directory.filePath(name));
        REQUIRE(file.open(QIODevice::ReadOnly));
        CAPTURE(name.toStdString());
        // A finding of either target: both checks hold for any bytes.
        const QByteArray bytes = file.readAll();
        CHECK(cd::fuzz::checkNetworkBytes(bytes) == "");
        CHECK(cd::fuzz::checkBuiltNetwork(bytes) == "");
    }
}
