// The visualiser's model (layer_grid.h) against core and against the PyTorch-measured cases:
// cell kinds, read counts, taps and the windows reading a cell.

#include "analysis.h"
#include "io/network_reader.h"
#include "layer_grid.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using cd::CellKind;

namespace {

std::vector<std::int64_t> integers(const QJsonValue &value)
{
    std::vector<std::int64_t> out;
    for (const QJsonValue &v : value.toArray())
        out.push_back(v.toInteger());
    return out;
}

bool contains(const std::vector<std::int64_t> &list, std::int64_t value)
{
    return std::find(list.begin(), list.end(), value) != list.end();
}

// Every check below, for one axis of one layer.
void checkAxis(const cd::GridAxis &axis, const std::vector<std::int64_t> &expectedDiscarded)
{
    const cd::Window1D &w = axis.window();
    std::int64_t totalReads = 0;
    for (std::int64_t p = 0; p < axis.extent(); ++p) {
        CAPTURE(p);
        const std::int64_t real = axis.realPosition(p);
        if (p >= w.paddedInput())
            CHECK(axis.kind(p) == CellKind::Implicit);
        else if (real < 0)
            CHECK(axis.kind(p) == CellKind::Padding);
        else
            CHECK((axis.kind(p) == CellKind::Discarded) == contains(expectedDiscarded, real));
        totalReads += axis.readCount(p);

        // windowsReading is the inverse of taps.
        for (const std::int64_t i : axis.windowsReading(p)) {
            const auto taps = axis.taps(i);
            CHECK(std::find(taps.begin(), taps.end(), p) != taps.end());
        }
        CHECK(static_cast<std::int64_t>(axis.windowsReading(p).size()) == axis.readCount(p));
    }
    // Every tap of every window lands on the drawn grid exactly once.
    CHECK(totalReads == w.output * w.kernel);
    for (std::int64_t i = 0; i < w.output; ++i) {
        const auto taps = axis.taps(i);
        REQUIRE(static_cast<std::int64_t>(taps.size()) == w.kernel);
        for (std::size_t j = 1; j < taps.size(); ++j)
            CHECK(taps[j] - taps[j - 1] == w.dilation); // dilated taps are spaced apart
        CHECK(taps.front() == i * w.stride);
    }
}

} // namespace

TEST_CASE("combining a row and a column: implicit then padding then discarded win")
{
    CHECK(cd::combineKinds(CellKind::Read, CellKind::Read) == CellKind::Read);
    CHECK(cd::combineKinds(CellKind::Read, CellKind::Discarded) == CellKind::Discarded);
    CHECK(cd::combineKinds(CellKind::Discarded, CellKind::Padding) == CellKind::Padding);
    CHECK(cd::combineKinds(CellKind::Padding, CellKind::Implicit) == CellKind::Implicit);
    CHECK(cd::combineKinds(CellKind::Implicit, CellKind::Read) == CellKind::Implicit);
}

TEST_CASE("NiN's first conv: row 223 is discarded and interior rows are read up to 3 times")
{
    const auto r = cd::slideWindows(224, {11, 4, 0, 0, 1, false, false}, "height");
    const cd::LayerGrid grid(std::get<cd::Window1D>(r), std::get<cd::Window1D>(r));
    CHECK(grid.kind(223, 0) == CellKind::Discarded);
    CHECK(grid.kind(0, 223) == CellKind::Discarded);
    CHECK(grid.kind(222, 222) == CellKind::Read);
    CHECK(grid.rows.readCount(0) == 1);  // only window 0
    CHECK(grid.rows.readCount(8) == 3);  // windows 0, 1 and 2 (spans 0-10, 4-14, 8-18)
    CHECK(grid.readCount(8, 8) == 9);
    CHECK(grid.maxReadCount() == 9);
    CHECK(grid.windowCount() == 54 * 54);
    CHECK(grid.rows.windowsReading(8) == std::vector<std::int64_t>{0, 1, 2});
    CHECK(grid.rows.windowsReading(223).empty());
}

TEST_CASE("the grid model agrees with the PyTorch-measured discarded rows and columns")
{
    const QDir data(QStringLiteral(CONVDESIGNER_TEST_DATA));
    const QStringList expectedFiles = data.entryList({QStringLiteral("*.expected.json")});
    REQUIRE(expectedFiles.size() >= 40);
    int windowedLayers = 0;
    for (const QString &expectedName : expectedFiles) {
        QFile file(data.filePath(expectedName));
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QJsonObject expected = QJsonDocument::fromJson(file.readAll()).object();
        if (!expected.value(QStringLiteral("valid")).toBool())
            continue;
        const QString networkName = QString(expectedName).replace(
            QStringLiteral(".expected.json"), QStringLiteral(".cnn.json"));
        const cd::io::ReadResult read = cd::io::readNetworkFile(data.filePath(networkName));
        REQUIRE(read.network);
        const cd::Analysis analysis = cd::analyze(*read.network);
        for (const QJsonValue &layerValue : expected.value(QStringLiteral("layers")).toArray()) {
            const QJsonObject layer = layerValue.toObject();
            const auto &report = analysis.layers.at(
                static_cast<std::size_t>(layer.value(QStringLiteral("index")).toInt()));
            const auto *windows = std::get_if<cd::Windows>(&report.spatial);
            if (windows == nullptr || !layer.contains(QStringLiteral("discarded_rows")))
                continue;
            INFO(networkName.toStdString() << " layer " << report.index);
            const cd::LayerGrid grid(windows->rows, windows->cols);
            checkAxis(grid.rows, integers(layer.value(QStringLiteral("discarded_rows"))));
            checkAxis(grid.cols, integers(layer.value(QStringLiteral("discarded_cols"))));
            ++windowedLayers;
        }
    }
    // Dilation, stride > kernel and ceil-mode cases are among them.
    CHECK(windowedLayers >= 100);
}

TEST_CASE("a grid axis never allocates more than its extent", "[layer_grid][bounds]")
{
    SECTION("kernel 1 with dilation 2^40 (issue 9): one cell per position")
    {
        cd::Window1D w;
        w.input = 6;
        w.dilation = std::int64_t{1} << 40;
        w.output = 6;
        const cd::GridAxis axis(w);
        CHECK(axis.maxReadCount() == 1);
        CHECK(axis.taps(5) == std::vector<std::int64_t>{5});
        CHECK(axis.windowsReading(3) == std::vector<std::int64_t>{3});
    }
    SECTION("past maxSpatialExtent the axis holds no counts and lists nothing")
    {
        cd::Window1D w;
        w.input = std::int64_t{1} << 40;
        w.kernel = std::int64_t{1} << 39;
        w.output = (std::int64_t{1} << 39) + 1;
        const cd::GridAxis axis(w);
        CHECK(axis.maxReadCount() == 0);
        CHECK(axis.readCount(0) == 0);
        CHECK(axis.taps(0).empty());
        CHECK(axis.windowsReading(std::int64_t{1} << 39).empty());
    }
}
