// One convolution's counts (counts.h, arithmetic.md §2–3): weights out·(C/groups)·kh·kw,
// biases out if bias, MACs out_elements·(C/groups)·kh·kw, activations = output elements.

#include "counts.h"

#include <catch2/catch.hpp>

#include <cstdint>

TEST_CASE("countConv: weights, biases, MACs, activations", "[counts]")
{
    struct Row
    {
        const char *what;
        cd::Shape output;
        std::int64_t inPerGroup;
        cd::Pair kernel;
        bool bias;
        std::int64_t weights, biases, macs, activations;
    };
    // clang-format off
    auto r = GENERATE(values<Row>({
        {"NiN block 1, first conv: 96·1·121; 96·54·54 = 279936 outputs",
         {96, 54, 54}, 1, {11, 11}, true, 11616, 96, 279936 * 121, 279936},
        {"NiN block 1, 1×1 conv: 96·96", {96, 54, 54}, 96, {1, 1}, true, 9216, 96,
         279936 * 96, 279936},
        {"grouped: 16 out, 8 in / 4 groups = 2 per group, 3×3", {16, 5, 5}, 2, {3, 3}, true,
         16 * 2 * 9, 16, 400 * 18, 400},
        {"no bias", {16, 5, 5}, 2, {3, 3}, false, 288, 0, 7200, 400},
        {"rectangular 3×1 kernel", {4, 10, 10}, 3, {3, 1}, true, 4 * 3 * 3, 4, 400 * 9, 400},
    }));
    // clang-format on
    INFO(r.what);
    const cd::ConvCounts c = cd::countConv(r.output, r.inPerGroup, r.kernel, r.bias);
    CHECK(c.output == r.output);
    CHECK(c.weights.value() == r.weights);
    CHECK(c.biases.value() == r.biases);
    CHECK(c.macs.value() == r.macs);
    CHECK(c.activations.value() == r.activations);
    CHECK_FALSE(c.macs.overflowed());
}

TEST_CASE("countConv labels name the kernel", "[counts]")
{
    CHECK(cd::countConv({96, 54, 54}, 1, {11, 11}, true).label == "11\u00d711 conv");
    CHECK(cd::countConv({96, 54, 54}, 96, {1, 1}, true).label == "1\u00d71 conv");
}

TEST_CASE("countConv: MACs overflow while weights still fit", "[counts]")
{
    // 2^20 channels of 2^12 × 2^12 from 2^20 inputs: weights 2^40, MACs 2^44 · 2^20 = 2^64.
    const std::int64_t c = std::int64_t{1} << 20, hw = std::int64_t{1} << 12;
    const cd::ConvCounts counts = cd::countConv({c, hw, hw}, c, {1, 1}, true);
    CHECK_FALSE(counts.weights.overflowed());
    CHECK(counts.weights.value() == std::int64_t{1} << 40);
    CHECK(counts.macs.overflowed());
}
