// CheckedInt and the floor/ceil helpers (checked.h). Overflow must be reported, never
// wrapped (arithmetic.md: "use 64-bit integers and checked arithmetic").

#include "checked.h"

#include <catch2/catch.hpp>

#include <cstdint>
#include <limits>

using cd::CheckedInt;

namespace {
constexpr std::int64_t kMax = std::numeric_limits<std::int64_t>::max();
constexpr std::int64_t kMin = std::numeric_limits<std::int64_t>::min();
constexpr std::int64_t pow2(int e)
{
    return std::int64_t{1} << e;
}
} // namespace

TEST_CASE("CheckedInt: results that fit are exact", "[checked]")
{
    CHECK((CheckedInt(2) + 3).value() == 5);
    CHECK((CheckedInt(2) - 3).value() == -1);
    CHECK((CheckedInt(96) * 313).value() == 30048); // NiN block 1's weights
    CHECK((CheckedInt(pow2(32)) * (pow2(31) - 1)).value() == kMax - pow2(32) + 1);
    CHECK((CheckedInt(kMax - 1) + 1).value() == kMax);
    CHECK((CheckedInt(kMin + 1) - 1).value() == kMin);
    CHECK_FALSE((CheckedInt(kMax - 1) + 1).overflowed());
    CHECK_FALSE(CheckedInt().overflowed());
    CHECK(CheckedInt().value() == 0);
}

TEST_CASE("CheckedInt: overflow is flagged, not wrapped", "[checked]")
{
    struct Row
    {
        const char *what;
        CheckedInt result;
    };
    // clang-format off
    auto row = GENERATE(values<Row>({
        {"max + 1", CheckedInt(kMax) + 1},
        {"min - 1", CheckedInt(kMin) - 1},
        {"max * 2", CheckedInt(kMax) * 2},
        {"2^32 * 2^31 = 2^63", CheckedInt(pow2(32)) * pow2(31)},
        {"min * -1", CheckedInt(kMin) * -1},
        // 16×1024×1024 features into a linear with 2^40 outputs: 2^64 weights.
        {"2^24 * 2^40", CheckedInt(16) * 1024 * 1024 * pow2(40)},
    }));
    // clang-format on
    INFO(row.what);
    CHECK(row.result.overflowed());
}

TEST_CASE("CheckedInt: overflow is sticky through later operations", "[checked]")
{
    const CheckedInt bad = CheckedInt(kMax) + 1;
    REQUIRE(bad.overflowed());
    SECTION("+")
    {
        CHECK((bad + 0).overflowed());
        CHECK((CheckedInt(0) + bad).overflowed());
    }
    SECTION("-")
    {
        CHECK((bad - kMax).overflowed());
    }
    SECTION("* 0 does not clear it")
    {
        CHECK((bad * 0).overflowed());
    }
    SECTION("+= and *=")
    {
        CheckedInt sum = 1;
        sum += bad;
        CHECK(sum.overflowed());
        CheckedInt product = 1;
        product *= bad;
        CHECK(product.overflowed());
    }
    SECTION("+= accumulates until it overflows")
    {
        CheckedInt sum = kMax - 10;
        sum += 10;
        CHECK_FALSE(sum.overflowed());
        sum += 1;
        CHECK(sum.overflowed());
    }
}

TEST_CASE("floorDiv and ceilDiv are the mathematical ones (C++ / truncates)", "[checked]")
{
    struct Row
    {
        std::int64_t a, b, floor, ceil;
    };
    // clang-format off
    auto r = GENERATE(values<Row>({
        {7, 2, 3, 4},
        {6, 2, 3, 3},
        {0, 5, 0, 0},
        {-1, 2, -1, 0}, // ceil-mode pools: n + 2p − e may be negative
        {-3, 2, -2, -1},
        {-4, 2, -2, -2},
        {-2, 3, -1, 0},
        {213, 4, 53, 54}, // NiN layer 1: (224 − 11) / 4
    }));
    // clang-format on
    CAPTURE(r.a, r.b);
    CHECK(cd::floorDiv(r.a, r.b) == r.floor);
    CHECK(cd::ceilDiv(r.a, r.b) == r.ceil);
}
