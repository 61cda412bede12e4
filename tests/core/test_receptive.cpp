// Receptive field and jump along one dimension (receptive.h, arithmetic.md §6):
// r ← r + (e − 1)·j, j ← j·s through windows; global (= the network input) after an
// adaptive pool to 1, a flatten or a linear layer.

#include "receptive.h"

#include <catch2/catch.hpp>

#include <cstdint>

namespace {

cd::Window1D window(std::int64_t k, std::int64_t s, std::int64_t d = 1)
{
    cd::Window1D w;
    w.input = 1000;
    w.kernel = k;
    w.stride = s;
    w.dilation = d;
    w.output = 1; // not used by the receptive field
    return w;
}

cd::Receptive1D rj(std::int64_t r, std::int64_t j)
{
    return {r, j, false, false};
}

} // namespace

TEST_CASE("receptive field starts at r = 1, j = 1", "[receptive]")
{
    CHECK(cd::Receptive1D{} == rj(1, 1));
}

TEST_CASE("through windows: r += (e − 1)·j, j *= s", "[receptive]")
{
    struct Row
    {
        const char *what;
        cd::Receptive1D in;
        cd::Window1D w;
        cd::Receptive1D out;
    };
    // clang-format off
    auto r = GENERATE(values<Row>({
        {"seed NiN block 1: k11 s4", rj(1, 1), window(11, 4), rj(11, 4)},
        {"then maxpool k3 s2: 11 + 2·4", rj(11, 4), window(3, 2), rj(19, 8)},
        {"then nin k5 s1: 19 + 4·8", rj(19, 8), window(5, 1), rj(51, 8)},
        {"1×1 conv adds nothing", rj(51, 8), window(1, 1), rj(51, 8)},
        {"dilation 2: e = 5", rj(1, 1), window(3, 1, 2), rj(5, 1)},
        {"dilation 2 after a jump of 2: 5 + 4·2", rj(5, 2), window(3, 1, 2), rj(13, 2)},
        {"stride > kernel", rj(1, 1), window(2, 5), rj(2, 5)},
    }));
    // clang-format on
    INFO(r.what);
    CHECK(cd::throughWindows(r.in, r.w) == r.out);
}

TEST_CASE("through adaptive pools", "[receptive]")
{
    SECTION("output 1: the whole network input")
    {
        const cd::Receptive1D out = cd::throughAdaptive(rj(195, 32), {5, 1}, 224);
        CHECK(out.global);
        CHECK(out.size == 224);
        CHECK_FALSE(out.saturated);
    }
    SECTION("larger output: e = widest window, s = max(1, floor(n/out))")
    {
        struct Row
        {
            const char *what;
            cd::Receptive1D in;
            cd::AdaptiveWindows1D a;
            cd::Receptive1D out;
        };
        // clang-format off
        auto r = GENERATE(values<Row>({
            {"10 → 4: widest 3, s 2", rj(1, 1), {10, 4}, rj(3, 2)},
            {"10 → 3: widest 4, s 3", rj(1, 1), {10, 3}, rj(4, 3)},
            {"3 → 5: widest 2, s max(1, 0) = 1", rj(1, 1), {3, 5}, rj(2, 1)},
            {"after a jump: 5 + 2·2", rj(5, 2), {10, 4}, rj(9, 4)},
            {"6 → 6: identity", rj(7, 3), {6, 6}, rj(7, 3)},
        }));
        // clang-format on
        INFO(r.what);
        CHECK(cd::throughAdaptive(r.in, r.a, 999) == r.out);
    }
}

TEST_CASE("flatten / linear: every output sees the whole input, and stays so", "[receptive]")
{
    const cd::Receptive1D whole = cd::wholeInput(rj(3, 2), 30);
    CHECK(whole.global);
    CHECK(whole.size == 30);
    // An adaptive pool to 1 followed by a conv: the conv's outputs still see everything.
    const cd::Receptive1D after = cd::throughWindows(whole, window(3, 2));
    CHECK(after.global);
    CHECK(after.size == 30);
    const cd::Receptive1D adaptive = cd::throughAdaptive(whole, {1, 1}, 30);
    CHECK(adaptive.global);
    CHECK(adaptive.size == 30);
}

TEST_CASE("deep strided chains saturate instead of overflowing", "[receptive]")
{
    // Strides of 2^40 are legal on a 1-pixel input (one window each); two give j = 2^80.
    const std::int64_t huge = std::int64_t{1} << 40;
    cd::Receptive1D r = cd::throughWindows({}, window(1, huge));
    CHECK_FALSE(r.saturated);
    CHECK(r.jump == huge);
    r = cd::throughWindows(r, window(1, huge));
    CHECK(r.saturated);
    r = cd::throughWindows(r, window(3, 1));
    CHECK(r.saturated); // stays saturated
}
