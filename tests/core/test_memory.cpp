// Memory with its terms (memory.h, arithmetic.md §4):
//   training  = b · (2·N·A + m·P)
//   inference = b · (N · max(T[i−1] + T[i]) + P), the input alone when it is all of T.

#include "memory.h"

#include <catch2/catch.hpp>

#include <cstdint>
#include <utility>
#include <vector>

namespace {

// The seed NiN's inference tensors: the input, each nin_block's three conv outputs, each
// pool's output (dropout and flatten add none). Pairs: (elements, producing layer).
// clang-format off
const std::vector<std::pair<std::int64_t, int>> ninTensors = {
    {279936, 0}, {279936, 0}, {279936, 0}, {64896, 1},  {173056, 2}, {173056, 2},
    {173056, 2}, {36864, 3},  {55296, 4},  {55296, 4},  {55296, 4},  {9600, 5},
    {250, 7},    {250, 7},    {250, 7},    {10, 8},
};
// clang-format on

cd::PeakPairTracker ninTracker()
{
    cd::PeakPairTracker t(224 * 224);
    for (const auto &[elements, layer] : ninTensors)
        t.add(elements, layer);
    return t;
}

} // namespace

TEST_CASE("peak pair of neighbouring tensors", "[memory]")
{
    SECTION("only the input: the input alone")
    {
        const cd::PeakPairTracker t(1000);
        CHECK(t.peak().value() == 1000);
        CHECK(t.peakLayer() == -1);
    }
    SECTION("the largest neighbouring sum, remembered with the layer that ends it")
    {
        cd::PeakPairTracker t(100);
        t.add(50, 0); // 150
        CHECK(t.peak().value() == 150);
        CHECK(t.peakLayer() == 0);
        t.add(300, 1); // 350
        t.add(10, 2);  // 310: not a new peak
        CHECK(t.peak().value() == 350);
        CHECK(t.peakLayer() == 1);
    }
    SECTION("input + first output")
    {
        cd::PeakPairTracker t(1000);
        t.add(900, 0);
        t.add(10, 1);
        CHECK(t.peak().value() == 1900);
        CHECK(t.peakLayer() == 0);
    }
    SECTION("seed NiN: two 96×54×54 conv outputs inside block 1")
    {
        const cd::PeakPairTracker t = ninTracker();
        CHECK(t.peak().value() == 2 * 279936);
        CHECK(t.peakLayer() == 0);
    }
}

TEST_CASE("estimateMemory: every term", "[memory]")
{
    struct Row
    {
        const char *what;
        cd::Settings settings;
        std::int64_t activations, params;
        std::vector<std::int64_t> tensors; // T: the input, then outputs
        std::int64_t b, m, peak;
        std::int64_t trainAct, trainParam, inferAct, inferParam;
    };
    // clang-format off
    auto r = GENERATE(values<Row>({
        {"float16 adam batch 2: b 2, m 4", {2, cd::DType::Float16, cd::Optimizer::Adam}, 1000, 500,
         {100, 200, 100}, 2, 4, 300, 2 * 2 * 2 * 1000, 2 * 4 * 500, 2 * 2 * 300, 2 * 500},
        {"int8 sgd batch 64, input only", {64, cd::DType::Int8, cd::Optimizer::Sgd}, 10, 7, {6},
         1, 2, 6, 2 * 64 * 10, 2 * 7, 64 * 6, 7},
        {"float64 sgd_momentum, no parameters", {1, cd::DType::Float64, cd::Optimizer::SgdMomentum},
         5, 0, {5}, 8, 3, 5, 8 * 2 * 5, 0, 8 * 5, 0},
        {"bfloat16", {3, cd::DType::BFloat16, cd::Optimizer::SgdMomentum}, 40, 9, {10, 20, 5}, 2,
         3, 30, 2 * 2 * 3 * 40, 2 * 3 * 9, 2 * 3 * 30, 2 * 9},
    }));
    // clang-format on
    INFO(r.what);
    cd::PeakPairTracker t(r.tensors.front());
    for (std::size_t i = 1; i < r.tensors.size(); ++i)
        t.add(r.tensors[i], static_cast<int>(i - 1));
    const auto est = cd::estimateMemory(r.settings, r.activations, r.params, t);
    REQUIRE(est.has_value());
    CHECK(est->bytesPerElement == r.b);
    CHECK(est->batch == r.settings.batch);
    CHECK(est->parameterCopies == r.m);
    CHECK(est->activations == r.activations);
    CHECK(est->parameters == r.params);
    CHECK(est->peakPair == r.peak);
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
    const auto est = cd::estimateMemory(cd::Settings{}, 1696760, 1992166, ninTracker());
    REQUIRE(est.has_value());
    CHECK(est->trainingActivationBytes == 4 * 2 * 1 * 1696760); // 13,574,080
    CHECK(est->trainingParameterBytes == 4 * 3 * 1992166);      // 23,905,992
    CHECK(est->trainingBytes == 37480072);
    CHECK(est->peakPair == 559872);
    CHECK(est->peakPairLayer == 0);
    CHECK(est->inferenceActivationBytes == 4 * 559872); // 2,239,488
    CHECK(est->inferenceParameterBytes == 4 * 1992166); // 7,968,664
    CHECK(est->inferenceBytes == 10208152);
}

TEST_CASE("estimateMemory: byte counts past 2^63 − 1 give nothing", "[memory]")
{
    const std::int64_t big = std::int64_t{1} << 62;
    SECTION("parameters: 4 · 3 · 2^62")
    {
        CHECK_FALSE(cd::estimateMemory(cd::Settings{}, 1, big, cd::PeakPairTracker(1)));
    }
    SECTION("activations: 4 · 2 · 2^40 · 2^30")
    {
        cd::Settings s;
        s.batch = std::int64_t{1} << 40;
        CHECK_FALSE(cd::estimateMemory(s, std::int64_t{1} << 30, 1, cd::PeakPairTracker(1)));
    }
    SECTION("an already overflowed count")
    {
        const cd::CheckedInt overflowed = cd::CheckedInt(big) * 4;
        CHECK_FALSE(cd::estimateMemory(cd::Settings{}, overflowed, 1, cd::PeakPairTracker(1)));
    }
}
