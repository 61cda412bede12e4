// Which positions windows read (coverage.h, arithmetic.md §5): read counts per padded position,
// real pixels no tap reads, and the backward walk of the network input coverage.
// Window i reads the padded positions i·s + j·d, 0 ≤ j < k; real pixel x sits at x + p.

#include "coverage.h"

#include <catch2/catch.hpp>

#include <limits>
#include <string>
#include <variant>
#include <vector>

namespace {

using Ints = std::vector<std::int64_t>;

struct Slide
{
    std::int64_t n, k, s, p, d;
    bool ceil = false;
    bool pool = false;
};

cd::Window1D windows(const Slide &r)
{
    cd::WindowSpec w;
    w.kernel = r.k;
    w.stride = r.s;
    w.padBefore = r.p;
    w.padAfter = r.p;
    w.dilation = r.d;
    w.ceilMode = r.ceil;
    w.isPool = r.pool || r.ceil;
    const auto result = cd::slideWindows(r.n, w, "height");
    if (const auto *message = std::get_if<std::string>(&result))
        FAIL("unexpected error: " << *message);
    return std::get<cd::Window1D>(result);
}

template<typename Array>
Ints toInts(const Array &a)
{
    return Ints(a.data(), a.data() + a.size());
}

cd::PositionMask mask(std::initializer_list<int> bits)
{
    cd::PositionMask m(static_cast<Eigen::Index>(bits.size()));
    Eigen::Index i = 0;
    for (int b : bits)
        m(i++) = b != 0;
    return m;
}

cd::PositionMask allUsed(std::int64_t n)
{
    return cd::PositionMask::Constant(n, true);
}

Ints indices(std::int64_t from, std::int64_t to) // [from, to]
{
    Ints r;
    for (std::int64_t i = from; i <= to; ++i)
        r.push_back(i);
    return r;
}

} // namespace

TEST_CASE("read counts per padded position, 1-D", "[coverage]")
{
    struct Row
    {
        const char *what;
        Slide in;
        Ints counts;
    };
    // clang-format off
    auto r = GENERATE(values<Row>({
        {"k3 s1", {5, 3, 1, 0, 1}, {1, 2, 3, 2, 1}},
        {"k3 s1 p1: padded 7, out 5", {5, 3, 1, 1, 1}, {1, 2, 3, 3, 3, 2, 1}},
        {"k3 s2: overlaps at 2 and 4", {7, 3, 2, 0, 1}, {1, 1, 2, 1, 2, 1, 1}},
        {"k2 s5: gaps", {20, 2, 5, 0, 1},
         {1, 1, 0, 0, 0, 1, 1, 0, 0, 0, 1, 1, 0, 0, 0, 1, 1, 0, 0, 0}},
        {"k2 d3: taps {i, i+3}, out 4", {7, 2, 1, 0, 3}, {1, 1, 1, 2, 1, 1, 1}},
        {"k5 s4 p1: remainder 3", {14, 5, 4, 1, 1},
         {1, 1, 1, 1, 2, 1, 1, 1, 2, 1, 1, 1, 1, 0, 0, 0}},
        {"ceil: the last window hangs one cell past the input", {5, 2, 2, 0, 1, true},
         {1, 1, 1, 1, 1, 1}},
        // padded 8, ceil(5/2) + 1 = 4 windows (start 6 < 7): the last reads 6, 7 and 8.
        {"ceil with padding: hangs past the right padding", {6, 3, 2, 1, 1, true},
         {1, 1, 2, 1, 2, 1, 2, 1, 1}},
    }));
    // clang-format on
    INFO(r.what);
    const cd::Window1D w = windows(r.in);
    const cd::ReadCounts counts = cd::readCounts(w);
    CHECK(toInts(counts) == r.counts);
    CHECK(counts.size() == w.extent());
    CHECK(counts.sum() == w.output * w.kernel); // every tap of every window, once
}

TEST_CASE("discarded real positions: no tap of any window reads them", "[coverage]")
{
    struct Row
    {
        const char *what;
        Slide in;
        Ints discarded;
    };
    // clang-format off
    auto r = GENERATE(values<Row>({
        {"224 k11 s4 → 54: remainder 213 mod 4 = 1 loses row 223", {224, 11, 4, 0, 1}, {223}},
        {"54 k3 s2: remainder 1", {54, 3, 2, 0, 1}, {53}},
        {"padding absorbs the remainder: 8 k3 s2 p1, r = 1 ≤ p", {8, 3, 2, 1, 1}, {}},
        {"padding absorbs the remainder: 224 k11 s4 p2, r = 1 ≤ p", {224, 11, 4, 2, 1}, {}},
        {"remainder beyond the padding: 14 k5 s4 p1, r = 3 → 2 real lost", {14, 5, 4, 1, 1},
         {12, 13}},
        {"stride > kernel: 20 k2 s5", {20, 2, 5, 0, 1}, {2, 3, 4, 7, 8, 9, 12, 13, 14, 17, 18, 19}},
        {"stride > kernel, padding eats a window: 10 k1 s3 p1 reads real 2, 5, 8",
         {10, 1, 3, 1, 1}, {0, 1, 3, 4, 6, 7, 9}},
        {"dilation 2 stride 1 reads everything", {10, 3, 1, 0, 2}, {}},
        {"dilation 2 stride 2 reads the even positions only", {10, 2, 2, 0, 2}, {1, 3, 5, 7, 9}},
        {"dilation 3 stride 3: taps 0,3,6 and 3,6,9", {12, 3, 3, 0, 3}, {1, 2, 4, 5, 7, 8, 10, 11}},
        {"dilated pool with padding: even padded taps = odd real pixels",
         {9, 3, 2, 1, 2, false, true}, {0, 2, 4, 6, 8}},
        {"floor mode 5 k2 s2 loses the last pixel", {5, 2, 2, 0, 1}, {4}},
        {"ceil mode reads it: the extra window starts at 4", {5, 2, 2, 0, 1, true}, {}},
        {"ceil mode, kernel larger than the input", {2, 4, 3, 0, 1, true}, {}},
        // ceil(7/3) + 1 = 4, but window 3 would start at 9 ≥ 8: 3 windows, taps 0, 3, 6.
        {"ceil mode still has gaps: 8 k1 s3", {8, 1, 3, 0, 1, true}, {1, 2, 4, 5, 7}},
    }));
    // clang-format on
    INFO(r.what);
    CHECK(cd::discardedPositions(windows(r.in)) == r.discarded);
}

TEST_CASE("'same' padding with an even kernel: the odd cell on the right loses nothing",
          "[coverage]")
{
    cd::WindowSpec w;
    w.kernel = 4;
    w.padBefore = 1;
    w.padAfter = 2;
    const auto win = std::get<cd::Window1D>(cd::slideWindows(10, w, "width"));
    CHECK(cd::discardedPositions(win).empty());
    // Padded 0 is read once (window 0); padded 12 once (window 9); the middle 4 times.
    const Ints counts = toInts(cd::readCounts(win));
    REQUIRE(counts.size() == 13);
    CHECK(counts.front() == 1);
    CHECK(counts[6] == 4);
    CHECK(counts.back() == 1);
}

TEST_CASE("read counts, 2-D: a row window times a column window", "[coverage]")
{
    const cd::Window1D rows = windows({3, 2, 1, 0, 1}); // 1 2 1
    const cd::Window1D cols = windows({4, 3, 1, 0, 1}); // 1 2 2 1
    const cd::ReadCounts2D counts = cd::readCounts2D(rows, cols);
    REQUIRE(counts.rows() == 3);
    REQUIRE(counts.cols() == 4);
    const Ints rowCounts{1, 2, 1};
    const Ints colCounts{1, 2, 2, 1};
    for (int i = 0; i < 3; ++i)
        for (int j = 0; j < 4; ++j) {
            CAPTURE(i, j);
            CHECK(counts(i, j) == rowCounts[i] * colCounts[j]);
        }
    SECTION("gaps in one dimension zero whole columns")
    {
        const cd::ReadCounts2D gapped = cd::readCounts2D(rows, windows({20, 2, 5, 0, 1}));
        REQUIRE(gapped.cols() == 20);
        CHECK(gapped.col(2).sum() == 0);
        CHECK(gapped.col(5).sum() == 4); // 1 + 2 + 1
    }
}

TEST_CASE("backward: real inputs some tap of a used window reads", "[coverage]")
{
    struct Row
    {
        const char *what;
        Slide in;
        Ints usedOutputs; // indices
        Ints unusedInputs;
    };
    // clang-format off
    auto r = GENERATE(values<Row>({
        {"all outputs used: same as discarded", {20, 2, 5, 0, 1}, {0, 1, 2, 3},
         {2, 3, 4, 7, 8, 9, 12, 13, 14, 17, 18, 19}},
        {"11 k3: outputs 0..7 of 9 used → inputs 0..9", {11, 3, 1, 0, 1}, indices(0, 7), {10}},
        {"5 k3 p1: output 0 reads padded 0..2 = real 0, 1", {5, 3, 1, 1, 1}, {0}, {2, 3, 4}},
        {"20 k2 s5: outputs 1 and 3", {20, 2, 5, 0, 1}, {1, 3},
         {0, 1, 2, 3, 4, 7, 8, 9, 10, 11, 12, 13, 14, 17, 18, 19}},
        {"seed NiN layer 1: outputs 0..52 of 54 used", {224, 11, 4, 0, 1}, indices(0, 52),
         indices(219, 223)},
        {"ceil mode, every output used", {5, 2, 2, 0, 1, true}, {0, 1, 2}, {}},
        {"no output used", {5, 3, 1, 0, 1}, {}, {0, 1, 2, 3, 4}},
    }));
    // clang-format on
    INFO(r.what);
    const cd::Window1D w = windows(r.in);
    cd::PositionMask used = cd::PositionMask::Constant(w.output, false);
    for (auto i : r.usedOutputs)
        used(i) = true;
    const cd::PositionMask inputs = cd::usedInputs(w, used);
    CHECK(inputs.size() == r.in.n);
    CHECK(cd::unusedPositions(inputs) == r.unusedInputs);
}

TEST_CASE("backward through adaptive windows", "[coverage]")
{
    const cd::AdaptiveWindows1D a{10, 4}; // [0,3) [2,5) [5,8) [7,10)
    struct Row
    {
        Ints usedOutputs;
        Ints unusedInputs;
    };
    // clang-format off
    auto r = GENERATE(values<Row>({
        {{0, 1, 2, 3}, {}}, // adaptive pools read every input pixel
        {{0}, indices(3, 9)},
        {{3}, indices(0, 6)},
        {{1, 2}, {0, 1, 8, 9}},
        {{}, indices(0, 9)},
    }));
    // clang-format on
    cd::PositionMask used = cd::PositionMask::Constant(4, false);
    for (auto i : r.usedOutputs)
        used(i) = true;
    const cd::PositionMask inputs = cd::usedInputs(a, used);
    CHECK(inputs.size() == 10);
    CHECK(cd::unusedPositions(inputs) == r.unusedInputs);
    SECTION("output larger than the input still covers it")
    {
        CHECK(cd::unusedPositions(cd::usedInputs(cd::AdaptiveWindows1D{3, 5}, allUsed(5))).empty());
    }
}

TEST_CASE("unusedPositions lists the false entries in order", "[coverage]")
{
    CHECK(cd::unusedPositions(mask({1, 0, 1, 0, 0})) == Ints{1, 3, 4});
    CHECK(cd::unusedPositions(mask({1, 1})).empty());
    CHECK(cd::unusedPositions(cd::PositionMask(0)).empty());
}

// Issue 9: kernel 1 with dilation 2^40 is a 1-wide window, yet the tap counts were sized by
// the dilation (extent + d cells): std::bad_alloc, and the CLI and GUI aborted.
TEST_CASE("a huge dilation with kernel 1 costs what a 1-wide window costs", "[coverage][bounds]")
{
    const std::int64_t d = std::int64_t{1} << 40;
    SECTION("stride 1 reads every position")
    {
        const cd::Window1D w = windows({8, 1, 1, 0, d});
        CHECK(toInts(cd::readCounts(w)) == Ints(8, 1));
        CHECK(cd::discardedPositions(w).empty());
        CHECK((cd::usedInputs(w, allUsed(w.output)) == allUsed(8)).all());
    }
    SECTION("stride 3 with padding 1 reads every third padded position")
    {
        const cd::Window1D w = windows({7, 1, 3, 1, d});
        CHECK(toInts(cd::readCounts(w)) == Ints{1, 0, 0, 1, 0, 0, 1, 0, 0});
        CHECK(cd::discardedPositions(w) == Ints{0, 1, 3, 4, 6});
    }
    SECTION("dilation 2^63 − 1: with k = 1 the dilated kernel is still 1")
    {
        const cd::Window1D w = windows({5, 1, 2, 0, std::numeric_limits<std::int64_t>::max()});
        CHECK(cd::discardedPositions(w) == Ints{1, 3});
    }
}
