// The PyTorch-measured cases in tests/data and tests/data-autograd (see their README.md and
// shared/tools/check_cases.py): every NAME.cnn.json is read, analysed, and compared with
// NAME.expected.json for the keys that file contains. The numbers come from the data files,
// never from this code.

#include "analysis.h"
#include "io/network_reader.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <cstdint>
#include <limits>
#include <string>
#include <vector>

using Ints = std::vector<std::int64_t>;

namespace {

constexpr std::int64_t notAnInteger = std::numeric_limits<std::int64_t>::min();

// Case names with both NAME.cnn.json and NAME.expected.json in `dataDir`, sorted.
QStringList caseNames(const QString &dataDir)
{
    const QDir dir(dataDir);
    QStringList names;
    const QString suffix = QStringLiteral(".cnn.json");
    for (const QString &file :
         dir.entryList({QStringLiteral("*.cnn.json")}, QDir::Files, QDir::Name)) {
        const QString name = file.chopped(suffix.size());
        if (dir.exists(name + QStringLiteral(".expected.json")))
            names.append(name);
    }
    return names;
}

QJsonObject readExpected(const QString &dataDir, const QString &name)
{
    QFile file(dataDir + QStringLiteral("/") + name + QStringLiteral(".expected.json"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    INFO(error.errorString().toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(doc.isObject());
    return doc.object();
}

// An expected integer; notAnInteger (and a failed check) when the JSON holds anything else.
std::int64_t integer(const QJsonValue &v)
{
    const std::int64_t i = v.toInteger(notAnInteger);
    CHECK(i != notAnInteger);
    return i;
}

Ints integers(const QJsonValue &v)
{
    CHECK(v.isArray());
    Ints out;
    for (const QJsonValue &x : v.toArray())
        out.push_back(integer(x));
    return out;
}

Ints sorted(Ints v)
{
    std::sort(v.begin(), v.end());
    return v;
}

Ints outputOf(const cd::LayerReport &l)
{
    if (l.output.flat)
        return {l.output.channels};
    return {l.output.channels, l.output.height, l.output.width};
}

void checkLayer(const cd::Analysis &a, const QJsonObject &expected)
{
    const std::int64_t index = integer(expected.value(QStringLiteral("index")));
    REQUIRE(index >= 0);
    REQUIRE(index < static_cast<std::int64_t>(a.layers.size()));
    const cd::LayerReport &l = a.layers[static_cast<std::size_t>(index)];
    INFO("layer " << index << " (" << l.name << "): " << l.error);
    if (expected.value(QStringLiteral("output")).isNull()) {
        // Reads a failed or not computed layer (version 2): no output.
        CHECK_FALSE(l.ok());
        return;
    }
    REQUIRE(l.ok());
    for (auto it = expected.begin(); it != expected.end(); ++it) {
        const std::string key = it.key().toStdString();
        INFO("layers[" << index << "]." << key);
        if (key == "index")
            continue;
        else if (key == "output")
            CHECK(outputOf(l) == integers(it.value()));
        else if (key == "weights")
            CHECK(l.weights == integer(it.value()));
        else if (key == "biases")
            CHECK(l.biases == integer(it.value()));
        else if (key == "params")
            CHECK(l.params == integer(it.value()));
        else if (key == "discarded_rows")
            CHECK(sorted(l.discardedRows) == integers(it.value()));
        else if (key == "discarded_cols")
            CHECK(sorted(l.discardedCols) == integers(it.value()));
        else if (key == "receptive_field")
            CHECK(Ints{l.receptiveRows.size, l.receptiveCols.size} == integers(it.value()));
        else if (key == "saved_bytes")
            CHECK((l.saved ? l.saved->bytes.total() : notAnInteger) == integer(it.value()));
        else
            FAIL("unhandled key in the expected file: " << key);
    }
}

void checkTotals(const cd::Analysis &a, const QJsonObject &expected)
{
    REQUIRE(a.totals.has_value());
    REQUIRE(a.memory.has_value());
    for (auto it = expected.begin(); it != expected.end(); ++it) {
        const std::string key = it.key().toStdString();
        INFO("totals." << key);
        const std::int64_t want = integer(it.value());
        if (key == "weights")
            CHECK(a.totals->weights == want);
        else if (key == "biases")
            CHECK(a.totals->biases == want);
        else if (key == "params")
            CHECK(a.totals->params == want);
        else if (key == "macs")
            CHECK(a.totals->macs == want);
        else if (key == "activations")
            CHECK(a.totals->activations == want);
        else if (key == "training_bytes")
            CHECK(a.memory->trainingBytes == want);
        else if (key == "inference_bytes")
            CHECK(a.memory->inferenceBytes == want);
        else if (key == "saved_bytes")
            CHECK(a.totals->savedBytes.value_or(notAnInteger) == want);
        else
            FAIL("unhandled key in the expected file: " << key);
    }
}

void checkCoverage(const cd::Analysis &a, const QJsonObject &expected)
{
    REQUIRE(a.inputCoverage.has_value());
    for (auto it = expected.begin(); it != expected.end(); ++it) {
        const std::string key = it.key().toStdString();
        INFO("input_coverage." << key);
        if (key == "unused_rows")
            CHECK(sorted(a.inputCoverage->unusedRows) == integers(it.value()));
        else if (key == "unused_cols")
            CHECK(sorted(a.inputCoverage->unusedCols) == integers(it.value()));
        else if (key == "unused_pixels")
            CHECK(a.inputCoverage->unusedPixels == integer(it.value()));
        else
            FAIL("unhandled key in the expected file: " << key);
    }
}

void checkCase(const QString &dataDir, const QString &name)
{
    const cd::io::ReadResult read = cd::io::readNetworkFile(dataDir + QStringLiteral("/") + name
                                                            + QStringLiteral(".cnn.json"));
    const QJsonObject expected = readExpected(dataDir, name);
    INFO(read.error);
    if (expected.value(QStringLiteral("reader_error")).toBool()) {
        // Not a readable network: one message naming the layer, and no network.
        CHECK_FALSE(read.network.has_value());
        CHECK(read.error.find("layers[") != std::string::npos);
        return;
    }
    REQUIRE(read.network.has_value());
    const cd::Analysis a = cd::analyze(*read.network);

    const bool valid = expected.value(QStringLiteral("valid")).toBool();
    REQUIRE(expected.value(QStringLiteral("valid")).isBool());
    INFO("first error: " << (a.errors.empty() ? std::string("none") : a.errors[0].message));
    REQUIRE(a.valid() == valid);
    if (valid) {
        CHECK(a.errors.empty());
        CHECK(a.layers.size() == read.network->layers.size());
    } else {
        const QJsonArray errors = expected.value(QStringLiteral("errors")).toArray();
        REQUIRE_FALSE(errors.isEmpty());
        REQUIRE_FALSE(a.errors.empty());
        INFO("errors[0].layer");
        CHECK(a.errors[0].layer == integer(errors[0].toObject().value(QStringLiteral("layer"))));
    }

    for (const QJsonValue &layer : expected.value(QStringLiteral("layers")).toArray())
        checkLayer(a, layer.toObject());
    if (expected.contains(QStringLiteral("totals")))
        checkTotals(a, expected.value(QStringLiteral("totals")).toObject());
    if (expected.contains(QStringLiteral("input_coverage")))
        checkCoverage(a, expected.value(QStringLiteral("input_coverage")).toObject());
}

// Every case in `dataDir`; `atLeast` guards against a wrong path or an emptied folder passing
// vacuously.
void checkCases(const QString &dataDir, int atLeast)
{
    const QStringList names = caseNames(dataDir);
    REQUIRE(names.size() >= atLeast);
    for (const QString &name : names) {
        DYNAMIC_SECTION(name.toStdString())
        {
            checkCase(dataDir, name);
        }
    }
}

} // namespace

TEST_CASE("PyTorch-measured cases in tests/data", "[cases]")
{
    checkCases(QString::fromUtf8(CONVDESIGNER_TEST_DATA), 180);
}

// arithmetic.md §8: the bytes autograd saves per layer and in total, at several batch sizes
// and dtypes.
TEST_CASE("PyTorch-measured autograd cases in tests/data-autograd", "[cases][autograd]")
{
    checkCases(QString::fromUtf8(CONVDESIGNER_TEST_DATA_AUTOGRAD), 130);
}
