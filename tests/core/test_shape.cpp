// Output-size rules along one dimension (shape.h, arithmetic.md §1). Every expected value is
// worked out by hand in the comment beside it: out = floor((n + 2p − e) / s) + 1 with
// e = d·(k − 1) + 1, or the ceil-mode rule with its last-window correction.

#include "shape.h"

#include <catch2/catch.hpp>

#include <string>
#include <variant>

using Catch::Matchers::Contains;

namespace {

struct Slide
{
    std::int64_t n, k, s, p, d;
};

cd::WindowSpec spec(const Slide &r, bool isPool, bool ceilMode = false)
{
    cd::WindowSpec w;
    w.kernel = r.k;
    w.stride = r.s;
    w.padBefore = r.p;
    w.padAfter = r.p;
    w.dilation = r.d;
    w.isPool = isPool;
    w.ceilMode = ceilMode;
    return w;
}

// The windows, or a test failure showing the message.
cd::Window1D windows(std::int64_t n, const cd::WindowSpec &w)
{
    const auto result = cd::slideWindows(n, w, "height");
    if (const auto *message = std::get_if<std::string>(&result))
        FAIL("unexpected error: " << *message);
    return std::get<cd::Window1D>(result);
}

std::string errorOf(std::int64_t n, const cd::WindowSpec &w)
{
    const auto result = cd::slideWindows(n, w, "width");
    REQUIRE(std::holds_alternative<std::string>(result));
    return std::get<std::string>(result);
}

} // namespace

TEST_CASE("floor mode: out = floor((n + 2p − e) / s) + 1", "[shape]")
{
    struct Row
    {
        Slide in;
        std::int64_t out;
    };
    // clang-format off
    auto r = GENERATE(values<Row>({
        {{224, 11, 4, 0, 1}, 54}, // 213/4 = 53.25 → 53 + 1; the seed's first NiN block
        {{224, 11, 4, 2, 1}, 55}, // 217/4 = 54.25
        {{54, 3, 2, 0, 1}, 26},   // 51/2
        {{26, 5, 1, 2, 1}, 26},   // 'same' by hand
        {{12, 3, 2, 0, 1}, 5},    // 9/2
        {{20, 2, 5, 0, 1}, 4},    // 18/5: stride larger than kernel
        {{14, 5, 4, 1, 1}, 3},    // 11/4
        {{5, 5, 1, 0, 1}, 1},     // kernel equals input
        {{1, 1, 1, 0, 1}, 1},
        {{8, 11, 1, 2, 1}, 2},    // padded 12 ≥ 11
        {{3, 1, 1, 5, 1}, 13},    // conv padding larger than the kernel is fine
        {{10, 3, 1, 0, 2}, 6},    // dilation 2: e = 5, 5/1
        {{10, 3, 1, 2, 2}, 10},   // e = 5, 9/1
        {{10, 2, 2, 0, 2}, 4},    // e = 3, 7/2
        {{12, 3, 3, 0, 3}, 2},    // e = 7, 5/3
        {{7, 3, 3, 0, 1}, 2},     // 4/3
    }));
    // clang-format on
    const auto &in = r.in;
    CAPTURE(in.n, in.k, in.s, in.p, in.d);
    const cd::Window1D w = windows(in.n, spec(in, false));
    CHECK(w.output == r.out);
    CHECK(w.input == in.n);
    CHECK(w.padBefore == in.p);
    CHECK(w.padAfter == in.p);
    CHECK(w.effectiveKernel() == in.d * (in.k - 1) + 1);
    CHECK(w.paddedInput() == in.n + 2 * in.p);
    // In floor mode every window lies inside the padded input.
    CHECK(w.extent() == w.paddedInput());
}

TEST_CASE("floor mode: positions past the last window (the remainder)", "[shape]")
{
    struct Row
    {
        Slide in;
        std::int64_t past;
    };
    // clang-format off
    auto r = GENERATE(values<Row>({
        {{224, 11, 4, 0, 1}, 1}, // 213 mod 4
        {{14, 5, 4, 1, 1}, 3},   // 11 mod 4; the last 1 is padding
        {{20, 2, 5, 0, 1}, 3},   // last window 15..16; 17, 18, 19 left over
        {{26, 5, 1, 2, 1}, 0},
        {{8, 3, 2, 1, 1}, 1},    // 7 mod 2: only the right padding is left over
    }));
    // clang-format on
    CAPTURE(r.in.n, r.in.k, r.in.s, r.in.p);
    CHECK(windows(r.in.n, spec(r.in, false)).positionsPastLastWindow() == r.past);
}

TEST_CASE("ceil mode: ceil((n + 2p − e) / s) + 1, then the last window must start inside "
          "the input or its left padding",
          "[shape]")
{
    struct Row
    {
        Slide in;
        std::int64_t out;
        std::int64_t extent; // end of the last window; past the padding when it hangs
    };
    // clang-format off
    auto r = GENERATE(values<Row>({
        {{5, 2, 2, 0, 1}, 3, 6},    // ceil(3/2)=2 → 3; start 4 < 5 keeps it (floor: 2)
        {{54, 3, 2, 0, 1}, 27, 55}, // ceil(51/2)=26 → 27; start 52 < 54
        {{5, 2, 2, 1, 1}, 3, 7},    // ceil(5/2)=3 → 4; start 6 ≥ n+p = 6 → 3
        {{8, 3, 3, 1, 1}, 3, 10},   // ceil(7/3)=3 → 4; start 9 ≥ 9 → 3
        {{6, 2, 2, 1, 1}, 4, 8},    // 6/2 exact → 4; start 6 < 7
        {{4, 4, 4, 0, 1}, 1, 4},    // exact, one window
        {{2, 3, 2, 0, 1}, 1, 3},    // ceil(−1/2) = 0 → 1: kernel larger than the input
        {{2, 4, 3, 0, 1}, 1, 4},    // ceil(−2/3) = 0 (a floor would give −1 → 0 → invalid)
        {{5, 3, 2, 1, 2}, 2, 7},    // dilated e = 5: ceil(2/2)=1 → 2
        {{1, 3, 2, 1, 1}, 1, 3},    // 3 − 3 = 0 → 1
    }));
    // clang-format on
    const auto &in = r.in;
    CAPTURE(in.n, in.k, in.s, in.p, in.d);
    const cd::Window1D w = windows(in.n, spec(in, true, true));
    CHECK(w.output == r.out);
    CHECK(w.extent() == r.extent);
    CHECK(w.positionsPastLastWindow() >= 0);
}

TEST_CASE("ceil mode is invalid only when out < 1", "[shape]")
{
    // clang-format off
    auto in = GENERATE(values<Slide>({
        {1, 4, 3, 0, 1}, // ceil(−3/3) = −1 → 0
        {1, 5, 2, 0, 1}, // ceil(−4/2) = −2 → −1
    }));
    // clang-format on
    CAPTURE(in.n, in.k, in.s);
    CHECK_FALSE(errorOf(in.n, spec(in, true, true)).empty());
}

TEST_CASE("floor mode: a kernel larger than the padded input is invalid", "[shape]")
{
    SECTION("the spec's message")
    {
        // arithmetic.md quotes "kernel 11 is larger than the padded input 8"; the core also
        // names the dimension ("… padded input width 8 (8 + 0 padding)"), so check each part.
        const std::string message = errorOf(8, spec({8, 11, 1, 0, 1}, false));
        CHECK_THAT(message, Contains("kernel 11") && Contains("larger than the padded input")
                                && Contains(" 8"));
        CHECK_THAT(message, Contains("width")); // the dimension named by the caller
    }
    SECTION("padding counts: 8 + 2·1 = 10 < 11")
    {
        CHECK_THAT(errorOf(8, spec({8, 11, 1, 1, 1}, false)),
                   Contains("padded input") && Contains("10"));
    }
    SECTION("dilation counts: e = 5·(3 − 1) + 1 = 11 > 10")
    {
        CHECK_FALSE(errorOf(10, spec({10, 3, 1, 0, 5}, false)).empty());
    }
    SECTION("pools too")
    {
        CHECK_FALSE(errorOf(2, spec({2, 3, 2, 0, 1}, true)).empty());
    }
}

TEST_CASE("pools: padding at most half the undilated kernel", "[shape]")
{
    struct Row
    {
        Slide in;
        bool ok;
    };
    // clang-format off
    auto r = GENERATE(values<Row>({
        {{10, 3, 1, 1, 1}, true},
        {{10, 3, 1, 2, 1}, false}, // 2 > 3/2 = 1
        {{10, 2, 2, 1, 1}, true},  // 1 ≤ 2/2
        {{10, 4, 2, 2, 1}, true},
        {{10, 5, 1, 3, 1}, false},
        {{10, 3, 1, 2, 2}, false}, // dilated e = 5, but the rule uses k = 3
    }));
    // clang-format on
    CAPTURE(r.in.k, r.in.p, r.in.d);
    const auto result = cd::slideWindows(r.in.n, spec(r.in, true), "height");
    CHECK(std::holds_alternative<cd::Window1D>(result) == r.ok);
    SECTION("the rule is for pools only")
    {
        CHECK(std::holds_alternative<cd::Window1D>(
            cd::slideWindows(r.in.n, spec(r.in, false), "height")));
    }
}

TEST_CASE("asymmetric padding ('same' with an even kernel)", "[shape]")
{
    cd::WindowSpec w;
    w.kernel = 4;
    w.padBefore = 1; // total 3: left 1, right 2
    w.padAfter = 2;
    const cd::Window1D win = windows(10, w);
    CHECK(win.output == 10); // (10 + 3 − 4) / 1 + 1
    CHECK(win.paddedInput() == 13);
    CHECK(win.padBefore == 1);
    CHECK(win.padAfter == 2);
}

TEST_CASE("adaptive windows read floor(i·n/out) up to ceil((i+1)·n/out), end excluded", "[shape]")
{
    struct Row
    {
        std::int64_t n, out;
        std::vector<std::int64_t> starts, ends;
        std::int64_t widest;
    };
    // clang-format off
    auto r = GENERATE(values<Row>({
        {10, 4, {0, 2, 5, 7}, {3, 5, 8, 10}, 3},
        {10, 3, {0, 3, 6}, {4, 7, 10}, 4},
        {7, 3, {0, 2, 4}, {3, 5, 7}, 3},
        {3, 5, {0, 0, 1, 1, 2}, {1, 2, 2, 3, 3}, 2}, // output larger than input
        {5, 1, {0}, {5}, 5},
        {6, 6, {0, 1, 2, 3, 4, 5}, {1, 2, 3, 4, 5, 6}, 1},
        {5, 3, {0, 1, 3}, {2, 4, 5}, 3},             // the middle window is the widest
        {7, 5, {0, 1, 2, 4, 5}, {2, 3, 5, 6, 7}, 3},
        {4, 8, {0, 0, 1, 1, 2, 2, 3, 3}, {1, 1, 2, 2, 3, 3, 4, 4}, 1},
        {12, 8, {0, 1, 3, 4, 6, 7, 9, 10}, {2, 3, 5, 6, 8, 9, 11, 12}, 2},
    }));
    // clang-format on
    CAPTURE(r.n, r.out);
    const cd::AdaptiveWindows1D a{r.n, r.out};
    std::vector<std::int64_t> starts, ends;
    for (std::int64_t i = 0; i < r.out; ++i) {
        starts.push_back(a.windowStart(i));
        ends.push_back(a.windowEnd(i));
    }
    CHECK(starts == r.starts);
    CHECK(ends == r.ends);
    CHECK(a.widestWindow() == r.widest);
}

TEST_CASE("Shape: elements and text", "[shape]")
{
    const cd::Shape map{96, 54, 54, false};
    const cd::Shape flat{10, 1, 1, true};
    CHECK(map.elements().value() == 279936);
    CHECK(flat.elements().value() == 10);
    CHECK(cd::Shape{std::int64_t{1} << 22, std::int64_t{1} << 21, std::int64_t{1} << 21, false}
              .elements()
              .overflowed());
    CHECK(cd::shapeText(map) == "96\u00d754\u00d754");
    CHECK(cd::shapeText(map, "x") == "96x54x54");
    CHECK(cd::shapeText(flat) == "10");
}
