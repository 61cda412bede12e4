// The coverage budget (coverage_budget.h) on its own, and analyze() on the files of issue 9
// that asked for hours of work or a report of hundreds of megabytes: what does not fit is
// "not analysed", the rest of the report stays exact.

#include "analysis.h"
#include "coverage_budget.h"

#include <catch2/catch.hpp>

#include <cstdint>
#include <limits>
#include <vector>

using Ints = std::vector<std::int64_t>;

namespace {

constexpr std::int64_t pow2(int n)
{
    return std::int64_t{1} << n;
}

cd::Conv2d conv1x1(std::int64_t stride)
{
    cd::Conv2d c;
    c.outChannels = 1;
    c.kernel = {1, 1};
    c.stride = {stride, stride};
    return c;
}

cd::Network chain(cd::InputShape input, int convs, std::int64_t stride = 1)
{
    cd::Network n;
    n.input = input;
    for (int i = 0; i < convs; ++i)
        n.append(conv1x1(stride));
    return n;
}

} // namespace

TEST_CASE("the budget gives work until it is spent and refuses what does not fit whole",
          "[coverage_budget]")
{
    cd::CoverageBudget budget;
    CHECK(budget.spendWork(cd::maxCoverageWork - 10));
    CHECK_FALSE(budget.spendWork(11));
    CHECK(budget.workLeft() == 10); // a refusal takes nothing
    CHECK(budget.spendWork(10));
    CHECK(budget.workLeft() == 0);
    CHECK(budget.spendWork(0));
    CHECK_FALSE(cd::CoverageBudget().spendWork(cd::CheckedInt(pow2(62)) * 4)); // overflowed
}

TEST_CASE("the budget counts the indices and the runs of kept lists", "[coverage_budget]")
{
    cd::CoverageBudget budget;
    const Ints twoRuns{0, 1, 2, 5};
    CHECK(budget.keepLists({&twoRuns, &twoRuns}));

    Ints alternate; // one run per index
    for (std::int64_t i = 0; i < cd::maxCoverageRuns - 4; ++i)
        alternate.push_back(2 * i);
    CHECK(budget.keepLists({&alternate}));
    const Ints oneMore{7};
    CHECK_FALSE(budget.keepLists({&oneMore, &oneMore})); // 2 runs, 0 left: refused whole

    cd::CoverageBudget fresh;
    Ints contiguous(static_cast<std::size_t>(cd::maxCoverageIndices + 1));
    for (std::size_t i = 0; i < contiguous.size(); ++i)
        contiguous[i] = static_cast<std::int64_t>(i);
    CHECK_FALSE(fresh.keepLists({&contiguous})); // one run, but too many indices
}

TEST_CASE("a 16,777,216² input through a 1×1 stride-2 conv is not analysed: too large",
          "[coverage_budget][analysis]")
{
    // Issue 9: a 190-byte file whose report listed 2^23 discarded rows and columns (298 MB).
    const cd::Analysis a = cd::analyze(chain({1, pow2(24), pow2(24)}, 1, 2));
    REQUIRE(a.valid());
    CHECK(a.layers[0].output == cd::Shape{1, pow2(23), pow2(23), false});
    CHECK_FALSE(a.layers[0].coverageKnown);
    CHECK(a.layers[0].discardedRows.empty());
    CHECK_FALSE(a.inputCoverage.has_value());
}

TEST_CASE("a list of more runs than the budget keeps is not analysed, its work though it fits",
          "[coverage_budget][analysis]")
{
    // 2^20 rows, stride 2: 2^19 discarded rows, each its own run.
    const cd::Analysis a = cd::analyze(chain({1, pow2(20), 1}, 1, 2));
    REQUIRE(a.valid());
    CHECK_FALSE(a.layers[0].coverageKnown);
    CHECK_FALSE(a.inputCoverage.has_value());
}

TEST_CASE("a 1×16,000,000×1 input through many 1×1 convs: the budget runs out, nothing hangs",
          "[coverage_budget][analysis]")
{
    // Issue 9: this took hours, a walk of 16 million positions for each layer.
    const cd::Analysis a = cd::analyze(chain({1, 16'000'000, 1}, 400));
    REQUIRE(a.valid());
    CHECK(a.layers[0].coverageKnown); // the first layers fit
    CHECK(a.layers[0].discardedRows.empty());
    CHECK_FALSE(a.layers.back().coverageKnown);
    CHECK_FALSE(a.inputCoverage.has_value());
    CHECK(a.totals->params == 800);
}

TEST_CASE("a large but ordinary network keeps all of its coverage", "[coverage_budget][analysis]")
{
    // A 4096² image through a ResNet-style 1×1 stride-2 shortcut and a few 3×3 convs: 2048
    // alternate rows discarded, well inside the budget.
    cd::Network n = chain({3, 4096, 4096}, 1, 2);
    for (int i = 0; i < 20; ++i) {
        cd::Conv2d c;
        c.outChannels = 8;
        c.kernel = {3, 3};
        c.padding = {1, 1};
        n.append(c);
    }
    const cd::Analysis a = cd::analyze(n);
    REQUIRE(a.valid());
    for (const cd::LayerReport &layer : a.layers)
        CHECK(layer.coverageKnown);
    CHECK(a.layers[0].discardedRows.size() == 2048);
    REQUIRE(a.inputCoverage.has_value());
    CHECK(a.inputCoverage->unusedRows.size() == 2048);
}
