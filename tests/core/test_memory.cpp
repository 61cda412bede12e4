// Memory with its terms (memory.h, arithmetic.md §4):
//   training  = b · (2·N·A + m·P)
//   inference = b · (N · peak + P); the peak itself is tensor_lifetimes' (its own tests).

#include "memory.h"

#include <catch2/catch.hpp>

#include <cstdint>
#include <utility>
#include <vector>

namespace {

cd::TensorPeak peakOf(std::int64_t elements, int layer = -1)
{
    return cd::TensorPeak{elements, layer, 0, {}};
}

} // namespace

TEST_CASE("estimateMemory: every term", "[memory]")
{
    struct Row
    {
        const char *what;
        cd::Settings settings;
        std::int64_t activations, params;
        std::int64_t b, m, peak;
        std::int64_t trainAct, trainParam, inferAct, inferParam;
    };
    // clang-format off
    auto r = GENERATE(values<Row>({
        {"float16 adam batch 2: b 2, m 4", {2, cd::DType::Float16, cd::Optimizer::Adam}, 1000, 500,
         2, 4, 300, 2 * 2 * 2 * 1000, 2 * 4 * 500, 2 * 2 * 300, 2 * 500},
        {"int8 sgd batch 64, input only", {64, cd::DType::Int8, cd::Optimizer::Sgd}, 10, 7,
         1, 2, 6, 2 * 64 * 10, 2 * 7, 64 * 6, 7},
        {"float64 sgd_momentum, no parameters", {1, cd::DType::Float64, cd::Optimizer::SgdMomentum},
         5, 0, 8, 3, 5, 8 * 2 * 5, 0, 8 * 5, 0},
        {"bfloat16", {3, cd::DType::BFloat16, cd::Optimizer::SgdMomentum}, 40, 9, 2,
         3, 30, 2 * 2 * 3 * 40, 2 * 3 * 9, 2 * 3 * 30, 2 * 9},
    }));
    // clang-format on
    INFO(r.what);
    const auto est = cd::estimateMemory(r.settings, r.activations, r.params, peakOf(r.peak));
    REQUIRE(est.has_value());
    CHECK(est->bytesPerElement == r.b);
    CHECK(est->batch == r.settings.batch);
    CHECK(est->parameterCopies == r.m);
    CHECK(est->activations == r.activations);
    CHECK(est->parameters == r.params);
    CHECK(est->peak == r.peak);
    CHECK(est->trainingActivationBytes == r.trainAct);
    CHECK(est->trainingParameterBytes == r.trainParam);
    CHECK(est->trainingBytes == r.trainAct + r.trainParam);
    CHECK(est->inferenceActivationBytes == r.inferAct);
    CHECK(est->inferenceParameterBytes == r.inferParam);
    CHECK(est->inferenceBytes == r.inferAct + r.inferParam);
}

TEST_CASE("estimateMemory: the seed NiN", "[memory]")
{
    // A = 1,696,760 (input included), P = 1,992,166; batch 1, float32, sgd_momentum.
    // The peak: two 96×54×54 conv outputs inside block 1 (tensor_lifetimes finds it).
    const auto est = cd::estimateMemory(cd::Settings{}, 1696760, 1992166, peakOf(559872, 0));
    REQUIRE(est.has_value());
    CHECK(est->trainingActivationBytes == 4 * 2 * 1 * 1696760); // 13,574,080
    CHECK(est->trainingParameterBytes == 4 * 3 * 1992166);      // 23,905,992
    CHECK(est->trainingBytes == 37480072);
    CHECK(est->peak == 559872);
    CHECK(est->peakLayer == 0);
    CHECK(est->inferenceActivationBytes == 4 * 559872); // 2,239,488
    CHECK(est->inferenceParameterBytes == 4 * 1992166); // 7,968,664
    CHECK(est->inferenceBytes == 10208152);
}

TEST_CASE("estimateMemory: byte counts past 2^63 − 1 give nothing", "[memory]")
{
    const std::int64_t big = std::int64_t{1} << 62;
    SECTION("parameters: 4 · 3 · 2^62")
    {
        CHECK_FALSE(cd::estimateMemory(cd::Settings{}, 1, big, peakOf(1)));
    }
    SECTION("activations: 4 · 2 · 2^40 · 2^30")
    {
        cd::Settings s;
        s.batch = std::int64_t{1} << 40;
        CHECK_FALSE(cd::estimateMemory(s, std::int64_t{1} << 30, 1, peakOf(1)));
    }
    SECTION("an already overflowed count")
    {
        const cd::CheckedInt overflowed = cd::CheckedInt(big) * 4;
        CHECK_FALSE(cd::estimateMemory(cd::Settings{}, overflowed, 1, peakOf(1)));
    }
}
