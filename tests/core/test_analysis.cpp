// Whole networks through analyze() (analysis.h): error propagation, overflow, totals, memory,
// receptive fields and the network input coverage. Expected values are worked by hand.

#include "analysis.h"

#include <catch2/catch.hpp>

#include <cstdint>
#include <string>
#include <vector>

using Catch::Matchers::Contains;
using Catch::Matchers::StartsWith;
using Ints = std::vector<std::int64_t>;

namespace {

cd::Shape map(std::int64_t c, std::int64_t h, std::int64_t w)
{
    return {c, h, w, false};
}
cd::Shape flat(std::int64_t f)
{
    return {f, 1, 1, true};
}

cd::Conv2d conv(std::int64_t out, cd::Pair k, cd::Pair s = {1, 1}, cd::Pair p = {0, 0})
{
    cd::Conv2d c;
    c.outChannels = out;
    c.kernel = k;
    c.stride = s;
    c.padding = p;
    return c;
}

cd::MaxPool2d maxpool(std::int64_t k, std::int64_t s, std::int64_t p = 0)
{
    cd::MaxPool2d m;
    m.kernel = cd::Pair::square(k);
    m.stride = cd::Pair::square(s);
    m.padding = cd::Pair::square(p);
    return m;
}

cd::AvgPool2d avgpool(std::int64_t k)
{
    cd::AvgPool2d a;
    a.kernel = cd::Pair::square(k);
    return a;
}

cd::Network network(cd::InputShape input, std::vector<cd::LayerKind> layers, cd::Settings s = {})
{
    cd::Network n;
    n.input = input;
    n.settings = s;
    for (auto &l : layers)
        n.append(std::move(l));
    return n;
}

std::int64_t pow2(int e)
{
    return std::int64_t{1} << e;
}

} // namespace

TEST_CASE("the first error stops shapes: later layers are not computed", "[analysis]")
{
    // conv 3 → 8; maxpool k3 p2 breaks p ≤ k/2; conv k99 would fail too but has no input.
    const cd::Network net
        = network({3, 10, 10}, {conv(4, {3, 3}), maxpool(3, 3, 2), conv(4, {99, 99})});
    const cd::Analysis a = cd::analyze(net);
    CHECK_FALSE(a.valid());
    REQUIRE_FALSE(a.errors.empty());
    CHECK(a.errors[0].layer == 1);
    REQUIRE(a.layers.size() == 3);
    CHECK(a.layers[0].status == cd::LayerStatus::Ok);
    CHECK(a.layers[0].output == map(4, 8, 8));
    CHECK(a.layers[1].status == cd::LayerStatus::Invalid);
    CHECK_THAT(a.layers[1].error, StartsWith("maxpool2d_1"));
    CHECK(a.layers[2].status == cd::LayerStatus::NotComputed);
    // Totals, memory and coverage exist only for a valid network.
    CHECK_FALSE(a.totals.has_value());
    CHECK_FALSE(a.memory.has_value());
    CHECK_FALSE(a.inputCoverage.has_value());
}

TEST_CASE("errors name the first layer that cannot be computed", "[analysis]")
{
    struct Row
    {
        const char *what;
        cd::InputShape input;
        std::vector<cd::LayerKind> layers;
        int layer;
        const char *mentions;
    };
    // clang-format off
    auto r = GENERATE(values<Row>({
        {"linear on a map: add a flatten first", {3, 4, 4}, {cd::ReLU{}, cd::Linear{10, true}},
         1, "flatten"},
        {"conv after flatten", {3, 4, 4}, {cd::Flatten{}, conv(2, {1, 1})}, 1, ""},
        {"kernel larger than the padded input", {1, 8, 8}, {cd::ReLU{}, conv(1, {11, 11})}, 1,
         "larger than the padded input"},
        {"input height 0", {1, 0, 8}, {cd::ReLU{}}, -1, ""},
        {"input channels 0", {0, 8, 8}, {cd::ReLU{}}, -1, ""},
        {"negative input width", {1, 8, -3}, {cd::ReLU{}}, -1, ""},
        {"input C·H·W = 2^22 · 2^21 · 2^21 = 2^64", {pow2(22), pow2(21), pow2(21)}, {cd::ReLU{}},
         -1, ""},
    }));
    // clang-format on
    INFO(r.what);
    const cd::Analysis a = cd::analyze(network(r.input, r.layers));
    CHECK_FALSE(a.valid());
    REQUIRE_FALSE(a.errors.empty());
    CHECK(a.errors[0].layer == r.layer);
    CHECK_THAT(a.errors[0].message, Contains(r.mentions, Catch::CaseSensitive::No));
    if (r.layer >= 0) {
        CHECK(a.layers[r.layer].status == cd::LayerStatus::Invalid);
        CHECK_THAT(a.errors[0].message, StartsWith(a.layers[r.layer].name));
    } else {
        CHECK(a.layers[0].status == cd::LayerStatus::NotComputed);
    }
}

TEST_CASE("large but representable sizes are arithmetic, not errors", "[analysis]")
{
    // Padding 2^25 on a 1×1 input: H = 2^26 + 1, W = 1. Every count fits in 64 bits, so
    // arithmetic.md has no reason to refuse it. (Coverage past maxSpatialExtent may be left
    // out, shape.h; the counts may not.)
    const cd::Analysis a
        = cd::analyze(network({1, 1, 1}, {conv(1, {1, 1}, {1, 1}, {pow2(25), 0})}));
    INFO((a.errors.empty() ? std::string() : a.errors[0].message));
    REQUIRE(a.valid());
    CHECK(a.layers[0].output == map(1, pow2(26) + 1, 1));
    REQUIRE(a.totals.has_value());
    CHECK(a.totals->activations == 1 + pow2(26) + 1);
    CHECK(a.totals->params == 2);
    // The one real pixel is read, if coverage is reported at all for a map this tall.
    if (a.inputCoverage)
        CHECK(a.inputCoverage->unusedPixels == 0);
}

TEST_CASE("overflow is an error on the layer where it happens", "[analysis]")
{
    SECTION("linear with 2^40 outputs after flattening 16×1024×1024: 2^64 weights")
    {
        const cd::Analysis a
            = cd::analyze(network({16, 1024, 1024}, {cd::Flatten{}, cd::Linear{pow2(40), true}}));
        REQUIRE_FALSE(a.valid());
        CHECK(a.errors[0].layer == 1);
        CHECK(a.layers[0].ok());
        CHECK(a.layers[0].output == flat(16 * 1024 * 1024));
    }
    SECTION("MACs: 2^20 channels of 2^12 × 2^12, 1×1 conv from 2^20 channels = 2^64")
    {
        const cd::Analysis a = cd::analyze(
            network({pow2(20), pow2(12), pow2(12)}, {cd::ReLU{}, conv(pow2(20), {1, 1})}));
        REQUIRE_FALSE(a.valid());
        CHECK(a.errors[0].layer == 1);
    }
    SECTION("output elements: 2^40 channels of 2^12 × 2^12 = 2^64")
    {
        const cd::Analysis a
            = cd::analyze(network({1, pow2(12), pow2(12)}, {cd::ReLU{}, conv(pow2(40), {1, 1})}));
        REQUIRE_FALSE(a.valid());
        CHECK(a.errors[0].layer == 1);
    }
    SECTION("the running total of weights: 2^60 + 7·2^60 = 2^63")
    {
        // int8 + sgd keep the byte counts of layer 1 (≈ 2·2^60) inside 64 bits.
        const cd::Settings s{1, cd::DType::Int8, cd::Optimizer::Sgd};
        const cd::Analysis a = cd::analyze(network(
            {pow2(30), 1, 1},
            {cd::Flatten{}, cd::Linear{pow2(30), true}, cd::Linear{7 * pow2(30), false}}, s));
        REQUIRE_FALSE(a.valid());
        CHECK(a.errors[0].layer == 2);
    }
    SECTION("training bytes: 4 · 3 · (2^62 + …) once layer 2's weights are added")
    {
        const cd::Analysis a = cd::analyze(network(
            {1, 1, 1}, {cd::Flatten{}, cd::Linear{pow2(31), false}, cd::Linear{pow2(31), false}}));
        REQUIRE_FALSE(a.valid());
        CHECK(a.errors[0].layer == 2);
    }
}

TEST_CASE("LeNet-5 totals and memory by hand", "[analysis]")
{
    // 1×28×28 → conv6 k5 p2 → 6×28×28 → avgpool2 → 6×14×14 → conv16 k5 → 16×10×10
    // → avgpool2 → 16×5×5 → flatten 400 → 120 → 84 → 10, with ReLUs between.
    const cd::Network net = network(
        {1, 28, 28}, {conv(6, {5, 5}, {1, 1}, {2, 2}), cd::ReLU{}, avgpool(2), conv(16, {5, 5}),
                      cd::ReLU{}, avgpool(2), cd::Flatten{}, cd::Linear{120, true}, cd::ReLU{},
                      cd::Linear{84, true}, cd::ReLU{}, cd::Linear{10, true}});
    const cd::Analysis a = cd::analyze(net);
    REQUIRE(a.valid());
    REQUIRE(a.layers.size() == 12);

    // clang-format off
    const std::vector<cd::Shape> outputs{map(6, 28, 28), map(6, 28, 28), map(6, 14, 14),
                                         map(16, 10, 10), map(16, 10, 10), map(16, 5, 5),
                                         flat(400), flat(120), flat(120), flat(84), flat(84),
                                         flat(10)};
    // clang-format on
    // relu (in place) and flatten (a view) keep nothing.
    const Ints kept{4704, 0, 1176, 1600, 0, 400, 0, 120, 0, 84, 0, 10};
    const Ints weights{150, 0, 0, 2400, 0, 0, 0, 48000, 0, 10080, 0, 840};
    for (int i = 0; i < 12; ++i) {
        CAPTURE(i);
        const cd::LayerReport &l = a.layers[i];
        CHECK(l.index == i);
        CHECK(l.id == net.layers[i].id);
        CHECK(l.ok());
        CHECK(l.output == outputs[i]);
        CHECK(l.activations == kept[i]);
        CHECK(l.weights == weights[i]);
        CHECK(l.params == l.weights + l.biases);
    }
    CHECK(a.layers[3].name == "conv2d_3");
    CHECK(a.layers[3].type == cd::LayerType::Conv2d);
    CHECK(a.layers[3].input == map(6, 14, 14));

    REQUIRE(a.totals.has_value());
    CHECK(a.totals->weights == 61470);
    CHECK(a.totals->biases == 6 + 16 + 120 + 84 + 10);
    CHECK(a.totals->params == 61706);
    CHECK(a.totals->macs == 4704 * 25 + 1600 * 150 + 48000 + 10080 + 840);          // 416,520
    CHECK(a.totals->activations == 784 + 4704 + 1176 + 1600 + 400 + 120 + 84 + 10); // 8,878

    REQUIRE(a.memory.has_value());
    // T = 784, 4704, 1176, 1600, 400, 120, 84, 10: the peak pair is 4704 + 1176, ended by layer 2.
    CHECK(a.memory->peak == 5880);
    CHECK(a.memory->peakLayer == 2);
    CHECK(a.memory->trainingBytes == 4 * (2 * 8878 + 3 * 61706)); // 811,496
    CHECK(a.memory->inferenceBytes == 4 * (5880 + 61706));        // 270,344
}

TEST_CASE("memory: only the input at inference", "[analysis]")
{
    // relu, dropout and flatten add no inference tensor: the peak is the input alone.
    const cd::Analysis a
        = cd::analyze(network({3, 4, 4}, {cd::ReLU{}, cd::Dropout{0.5}, cd::Flatten{}}));
    REQUIRE(a.valid());
    REQUIRE(a.memory.has_value());
    CHECK(a.memory->peak == 48);
    CHECK(a.memory->peakLayer == -1);
    CHECK(a.memory->inferenceBytes == 4 * 48);
    CHECK(a.totals->activations == 48 + 48); // the input and dropout's output
    CHECK(a.memory->trainingBytes == 4 * 2 * 96);
}

TEST_CASE("a network without layers: the input alone", "[analysis]")
{
    const cd::Analysis a = cd::analyze(network({2, 5, 7}, {}));
    REQUIRE(a.valid());
    CHECK(a.totals->activations == 70);
    CHECK(a.totals->params == 0);
    CHECK(a.memory->inferenceBytes == 4 * 70);
    CHECK(a.inputCoverage->unusedPixels == 0);
}

TEST_CASE("receptive field through pools, adaptive pools and flatten", "[analysis]")
{
    // 1×30×20: conv k3 → r 3; maxpool 2/2 → 3 + 1·1 = 4, j 2 (rows 14, cols 9);
    // adaptive [1, 3]: rows see all 30; cols 9 → 3: widest 3, s 3 → 4 + 2·2 = 8;
    // flatten and linear: the whole input, [30, 20].
    const cd::Analysis a = cd::analyze(
        network({1, 30, 20}, {conv(2, {3, 3}), maxpool(2, 2), cd::AdaptiveAvgPool2d{{1, 3}},
                              cd::Flatten{}, cd::Linear{5, true}}));
    REQUIRE(a.valid());
    const std::vector<std::pair<std::int64_t, std::int64_t>> expected{
        {3, 3}, {4, 4}, {30, 8}, {30, 20}, {30, 20}};
    for (int i = 0; i < 5; ++i) {
        CAPTURE(i);
        CHECK(a.layers[i].receptiveRows.size == expected[i].first);
        CHECK(a.layers[i].receptiveCols.size == expected[i].second);
    }
    CHECK(a.layers[1].receptiveRows.jump == 2);
    CHECK(a.layers[2].receptiveRows.global);
    CHECK_FALSE(a.layers[2].receptiveCols.global);
}

TEST_CASE("discarded rows/cols per layer and the network input coverage", "[analysis]")
{
    struct Row
    {
        const char *what;
        cd::InputShape input;
        std::vector<cd::LayerKind> layers;
        std::vector<Ints> discardedRows; // per layer
        Ints unusedRows, unusedCols;
        std::int64_t unusedPixels;
    };
    // clang-format off
    auto r = GENERATE(values<Row>({
        // rows 10 k3 s4 → 2 windows read 0..2, 4..6; cols 12 k2 s5 → 3 read 0,1,5,6,10,11.
        {"rectangular gaps: 120 − 6·6", {1, 10, 12}, {conv(1, {3, 2}, {4, 5})},
         {{3, 7, 8, 9}}, {3, 7, 8, 9}, {2, 3, 4, 7, 8, 9}, 84},
        // conv k3: 11 → 9 reads all; pool 2/2: 9 → 4 drops 8; so conv output 8 is unused,
        // and input 10 is read only by conv output 8: unused.
        {"backward through two layers", {1, 11, 11}, {conv(1, {3, 3}), maxpool(2, 2)},
         {{}, {8}}, {10}, {10}, 121 - 100},
        {"flatten and linear use every position they get", {1, 11, 11},
         {conv(1, {3, 3}), maxpool(2, 2), cd::Flatten{}, cd::Linear{3, true}},
         {{}, {8}, {}, {}}, {10}, {10}, 21},
        // adaptive 10 → 4: [0,3) [2,5) [5,8) [7,10); conv k1 s3 on 4 reads outputs 0 and 3.
        {"adaptive windows of unused outputs", {1, 10, 10},
         {cd::AdaptiveAvgPool2d{{4, 4}}, conv(1, {1, 1}, {3, 3})}, {{}, {1, 2}}, {3, 4, 5, 6},
         {3, 4, 5, 6}, 100 - 36},
        {"padding absorbs the remainder", {1, 8, 8}, {conv(1, {3, 3}, {2, 2}, {1, 1})}, {{}}, {},
         {}, 0},
    }));
    // clang-format on
    INFO(r.what);
    const cd::Analysis a = cd::analyze(network(r.input, r.layers));
    REQUIRE(a.valid());
    for (std::size_t i = 0; i < r.discardedRows.size(); ++i) {
        CAPTURE(i);
        CHECK(a.layers[i].discardedRows == r.discardedRows[i]);
    }
    REQUIRE(a.inputCoverage.has_value());
    CHECK(a.inputCoverage->unusedRows == r.unusedRows);
    CHECK(a.inputCoverage->unusedCols == r.unusedCols);
    CHECK(a.inputCoverage->unusedPixels == r.unusedPixels);
}

TEST_CASE("kernel 1 with dilation 2^40 is analysed like kernel 1 (issue 9: std::bad_alloc)",
          "[analysis][bounds]")
{
    cd::Conv2d c = conv(4, {1, 1}, {2, 2});
    c.dilation = {pow2(40), pow2(40)};
    const cd::Analysis a = cd::analyze(network({3, 9, 9}, {c}));
    REQUIRE(a.valid());
    CHECK(a.layers[0].output == map(4, 5, 5));
    CHECK(a.layers[0].coverageKnown);
    CHECK(a.layers[0].discardedRows == Ints{1, 3, 5, 7});
    CHECK(a.layers[0].discardedCols == Ints{1, 3, 5, 7});
    CHECK(a.layers[0].receptiveRows.size == 1);
    REQUIRE(a.inputCoverage.has_value());
    CHECK(a.inputCoverage->unusedRows == Ints{1, 3, 5, 7});
}
