// analyze() taken apart (analysis.h): analyzeWithoutCoverage() then addCoverage() gives the
// same analysis on every stored network, coverageWorkEstimate() bounds the walk, and
// carryCoverage() keeps only figures that still describe the same layer.

#include "analysis.h"
#include "coverage_budget.h"
#include "coverage_carry.h"
#include "io/network_reader.h"
#include "report/report_json.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QString>

#include <vector>

namespace {

std::vector<QString> networkFiles()
{
    std::vector<QString> files;
    for (const char *dir : {CONVDESIGNER_TEST_DATA, CONVDESIGNER_TEST_DATA_AUTOGRAD,
                            CONVDESIGNER_EXAMPLES}) {
        const QDir d(QString::fromUtf8(dir));
        for (const QString &name : d.entryList({QStringLiteral("*.cnn.json")}, QDir::Files))
            files.push_back(d.filePath(name));
    }
    return files;
}

void checkSameCoverage(const cd::Analysis &a, const cd::Analysis &b)
{
    REQUIRE(a.layers.size() == b.layers.size());
    for (std::size_t i = 0; i < a.layers.size(); ++i) {
        INFO("layer " << i);
        CHECK(a.layers[i].coverageKnown == b.layers[i].coverageKnown);
        CHECK(a.layers[i].coveragePending == b.layers[i].coveragePending);
        CHECK(a.layers[i].discardedRows == b.layers[i].discardedRows);
        CHECK(a.layers[i].discardedCols == b.layers[i].discardedCols);
    }
    CHECK(a.inputCoverage == b.inputCoverage);
    CHECK(a.coveragePending == b.coveragePending);
}

cd::Conv2d conv(std::int64_t k, std::int64_t s)
{
    return cd::Conv2d{.outChannels = 4, .kernel = cd::Pair::square(k), .stride = cd::Pair::square(s)};
}

cd::Network chain(std::int64_t side)
{
    cd::Network n;
    n.input = {3, side, side};
    const cd::LayerId a = n.add(conv(3, 2), {cd::Network::inputId}, "a");
    const cd::LayerId b = n.add(conv(3, 1), {a}, "b");
    n.add(cd::ReLU{}, {b}, "c");
    return n;
}

} // namespace

TEST_CASE("analyze() equals analyzeWithoutCoverage() then addCoverage() on every stored network",
          "[analysis][coverage]")
{
    const std::vector<QString> files = networkFiles();
    REQUIRE(files.size() > 50); // the cases, the autograd cases and the examples
    for (const QString &file : files) {
        INFO(file.toStdString());
        const cd::io::ReadResult read = cd::io::readNetworkFile(file);
        if (!read.network)
            continue; // a case of a file the reader refuses

        const cd::Analysis whole = cd::analyze(*read.network);
        cd::Analysis split = cd::analyzeWithoutCoverage(*read.network);
        CHECK(split.coveragePending);
        CHECK_FALSE(split.inputCoverage);
        for (const cd::LayerReport &layer : split.layers) {
            if (layer.coveragePending)
                CHECK_FALSE(layer.coverageKnown);
        }
        cd::addCoverage(split);
        checkSameCoverage(whole, split);
        CHECK(cd::reportJson(whole) == cd::reportJson(split));
        CHECK(cd::coverageWorkEstimate(split) == 0); // nothing left to walk
    }
}

TEST_CASE("every computed layer waits for its coverage, a dead end too", "[analysis][coverage]")
{
    cd::Network n = chain(16);
    n.add(cd::ReLU{}, {cd::Network::inputId}, "dead"); // last: read by nobody, but allowed
    std::swap(n.layers[2], n.layers[3]); // now "c" is last and "dead" a dead end before it
    const cd::Analysis pending = cd::analyzeWithoutCoverage(n);
    REQUIRE(pending.layers.size() == 4);
    CHECK(pending.layers[2].name == "dead");
    CHECK(pending.layers[2].status == cd::LayerStatus::Invalid);
    for (const cd::LayerReport &layer : pending.layers)
        CHECK(layer.coveragePending);
}

TEST_CASE("the work estimate bounds the walk and the budget bounds the estimate",
          "[analysis][coverage]")
{
    // A 1024² chain: a's discarded walk alone covers rows and columns, padded extent plus
    // windows: (1024 + 511) × 2 = 3070; b's (511 + 509) × 2 = 2040. Far below 2^20.
    const std::int64_t small = cd::coverageWorkEstimate(cd::analyzeWithoutCoverage(chain(1024)));
    CHECK(small >= 3070 + 2040);
    CHECK(small < std::int64_t{1} << 20);

    // Two branches meet at an add: a reads every row and the even columns (kernel 2×1,
    // stride 2), b the even rows and every column; the unused pixels (odd row and odd column)
    // are no rows × columns, so the input coverage needs a 1024 × 1024 grid, 2^20 cells, and
    // the estimate counts at least that.
    cd::Network branches;
    branches.input = {3, 1024, 1024};
    const auto strided = [](cd::Pair kernel) {
        return cd::Conv2d{.outChannels = 4, .kernel = kernel, .stride = cd::Pair::square(2)};
    };
    const cd::LayerId a = branches.add(strided({2, 1}), {cd::Network::inputId}, "a");
    const cd::LayerId b = branches.add(strided({1, 2}), {cd::Network::inputId}, "b");
    branches.add(cd::Add{}, {a, b}, "join");
    cd::Analysis grid = cd::analyzeWithoutCoverage(branches);
    REQUIRE(grid.valid());
    CHECK(cd::coverageWorkEstimate(grid) >= std::int64_t{1} << 20);
    cd::addCoverage(grid);
    REQUIRE(grid.inputCoverage);
    CHECK_FALSE(grid.inputCoverage->isProduct()); // the estimate's reason holds

    // Past any budget: capped at it.
    cd::Network huge = chain(std::int64_t{1} << 24);
    CHECK(cd::coverageWorkEstimate(cd::analyzeWithoutCoverage(huge)) == cd::maxCoverageWork);
}

TEST_CASE("carried coverage keeps only what still describes the same layer",
          "[analysis][coverage]")
{
    const cd::Network before = chain(32);
    const cd::Analysis shown = cd::analyze(before);
    REQUIRE(shown.valid());
    REQUIRE(shown.inputCoverage);

    SECTION("a new batch size changes no coverage: everything is carried")
    {
        cd::Network after = before;
        after.settings.batch = 7;
        cd::Analysis pending = cd::analyzeWithoutCoverage(after);
        cd::carryCoverage(shown, pending);
        for (std::size_t i = 0; i < pending.layers.size(); ++i) {
            CHECK(pending.layers[i].coverageKnown);
            CHECK(pending.layers[i].coveragePending); // still to be replaced
            CHECK(pending.layers[i].discardedRows == shown.layers[i].discardedRows);
        }
        CHECK(pending.inputCoverage == shown.inputCoverage);
        CHECK(pending.coveragePending);
    }
    SECTION("a new kernel on a: a and b (whose input shrinks) wait, c's map is b's output")
    {
        cd::Network after = before;
        std::get<cd::Conv2d>(after.layers[0].kind).kernel = cd::Pair::square(5);
        cd::Analysis pending = cd::analyzeWithoutCoverage(after);
        cd::carryCoverage(shown, pending);
        CHECK_FALSE(pending.layers[0].coverageKnown); // same input, other windows
        CHECK_FALSE(pending.layers[1].coverageKnown); // input 15×15 → 14×14
        CHECK_FALSE(pending.layers[2].coverageKnown); // input 13×13 → 12×12
        CHECK(pending.inputCoverage == shown.inputCoverage); // the input is still 32×32
        cd::addCoverage(pending);
        checkSameCoverage(pending, cd::analyze(after));
    }
    SECTION("a taller input: nothing is carried")
    {
        cd::Network after = before;
        after.input.height = 33;
        cd::Analysis pending = cd::analyzeWithoutCoverage(after);
        cd::carryCoverage(shown, pending);
        CHECK_FALSE(pending.layers[0].coverageKnown);
        CHECK_FALSE(pending.inputCoverage);
    }
}
