// One layer at a time (layer_step.h): output shape, parameters (§2), MACs (§3), the
// activations kept for training and the tensors alive at inference (§4), and the errors of §1.

#include "layer_step.h"

#include <catch2/catch.hpp>

#include <cstdint>
#include <string>
#include <variant>
#include <vector>

using Catch::Matchers::Contains;
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

cd::Conv2d grouped(std::int64_t out, std::int64_t k, std::int64_t groups, std::int64_t p = 0)
{
    cd::Conv2d c = conv(out, cd::Pair::square(k), {1, 1}, cd::Pair::square(p));
    c.groups = groups;
    return c;
}

cd::Conv2d same(cd::Pair k, cd::Pair d = {1, 1}, cd::Pair s = {1, 1})
{
    cd::Conv2d c = conv(1, k, s);
    c.paddingMode = cd::PaddingMode::Same;
    c.dilation = d;
    return c;
}

cd::NinBlock nin(std::int64_t out, cd::Pair k, cd::Pair s = {1, 1}, cd::Pair p = {0, 0})
{
    return {out, k, s, p};
}

cd::MaxPool2d maxpool(std::int64_t k, std::int64_t s, std::int64_t p = 0, bool ceil = false)
{
    cd::MaxPool2d m;
    m.kernel = cd::Pair::square(k);
    m.stride = cd::Pair::square(s);
    m.padding = cd::Pair::square(p);
    m.ceilMode = ceil;
    return m;
}

cd::LayerStep ok(const cd::LayerKind &kind, const cd::Shape &input)
{
    cd::LayerStep s = cd::stepThrough(kind, input);
    if (!s.error.empty())
        FAIL("unexpected error: " << s.error);
    return s;
}

std::string error(const cd::LayerKind &kind, const cd::Shape &input)
{
    const cd::LayerStep s = cd::stepThrough(kind, input);
    REQUIRE_FALSE(s.error.empty());
    return s.error;
}

Ints values(const std::vector<cd::CheckedInt> &v)
{
    Ints out;
    for (const auto &c : v)
        out.push_back(c.value());
    return out;
}

struct Expect
{
    cd::Shape output;
    std::int64_t weights, biases, macs, kept;
    Ints inference; // tensors alive at inference, in order
};

void checkStep(const cd::LayerStep &s, const Expect &e)
{
    CHECK(s.output == e.output);
    CHECK(s.weights.value() == e.weights);
    CHECK(s.biases.value() == e.biases);
    CHECK(s.macs.value() == e.macs);
    CHECK(s.keptActivations.value() == e.kept);
    CHECK(values(s.inferenceTensors) == e.inference);
}

} // namespace

TEST_CASE("conv2d: weights out·(C/groups)·kh·kw, biases out if bias, MACs per output",
          "[layer_step]")
{
    struct Row
    {
        const char *what;
        cd::Shape input;
        cd::Conv2d layer;
        Expect e;
    };
    cd::Conv2d noBias = conv(16, {5, 5});
    noBias.bias = false;
    cd::Conv2d dilated = conv(2, {3, 3});
    dilated.dilation = {2, 2};
    // clang-format off
    auto r = GENERATE_COPY(values<Row>({
        {"3×32×32, 16 k5: 16·3·25 weights; 16·28·28 = 12544 outputs × 75", map(3, 32, 32),
         conv(16, {5, 5}), {map(16, 28, 28), 1200, 16, 12544 * 75, 12544, {12544}}},
        {"bias off", map(3, 32, 32), noBias, {map(16, 28, 28), 1200, 0, 940800, 12544, {12544}}},
        {"groups 4: 8 in → 2 per group; 16·2·9", map(8, 10, 10), grouped(16, 3, 4, 1),
         {map(16, 10, 10), 288, 16, 1600 * 18, 1600, {1600}}},
        {"depthwise: groups = C = out = 8", map(8, 10, 10), grouped(8, 3, 8),
         {map(8, 8, 8), 72, 8, 512 * 9, 512, {512}}},
        {"rect: H (20+2−3)/2+1 = 10, W (30+4−5)/3+1 = 10", map(3, 20, 30),
         conv(4, {3, 5}, {2, 3}, {1, 2}), {map(4, 10, 10), 4 * 3 * 15, 4, 400 * 45, 400, {400}}},
        {"dilation 2: e = 5, 10 → 6", map(1, 10, 10), dilated,
         {map(2, 6, 6), 18, 2, 72 * 9, 72, {72}}},
    }));
    // clang-format on
    INFO(r.what);
    const cd::LayerStep s = ok(r.layer, r.input);
    checkStep(s, r.e);
    CHECK(std::holds_alternative<cd::Windows>(s.spatial));
}

TEST_CASE("nin_block: o·(C·kh·kw + 2o) weights, 3o biases, keeps 3·o·H·W", "[layer_step]")
{
    struct Row
    {
        const char *what;
        cd::Shape input;
        cd::NinBlock layer;
        Expect e;
    };
    // clang-format off
    auto r = GENERATE(values<Row>({
        // MACs: 279936·121 + 2·279936·96 = 33872256 + 53747712.
        {"seed NiN block 1: 96·(121 + 192) = 30048", map(1, 224, 224), nin(96, {11, 11}, {4, 4}),
         {map(96, 54, 54), 30048, 288, 87619968, 3 * 279936, {279936, 279936, 279936}}},
        {"3×32×32 → 8, k3 p1: 8·(27 + 16); MACs 8192·27 + 2·8192·8", map(3, 32, 32),
         nin(8, {3, 3}, {1, 1}, {1, 1}),
         {map(8, 32, 32), 344, 24, 352256, 24576, {8192, 8192, 8192}}},
        {"rect 3×1 kernel: 4·(2·3 + 8); 192 outputs", map(2, 8, 8), nin(4, {3, 1}),
         {map(4, 6, 8), 56, 12, 192 * 6 + 2 * 192 * 4, 576, {192, 192, 192}}},
    }));
    // clang-format on
    INFO(r.what);
    const cd::LayerStep s = ok(r.layer, r.input);
    checkStep(s, r.e);
    REQUIRE(s.convs.size() == 3);
    const std::int64_t o = r.layer.outChannels;
    CHECK(s.convs[1].weights.value() == o * o); // the two 1×1 convs
    CHECK(s.convs[2].weights.value() == o * o);
    CHECK(s.convs[0].weights.value()
          == o * r.input.channels * r.layer.kernel.height * r.layer.kernel.width);
    CHECK(s.convs[1].label == "1\u00d71 conv");
    CHECK((s.convs[0].weights + s.convs[1].weights + s.convs[2].weights).value() == r.e.weights);
}

TEST_CASE("linear: in·out weights and MACs, out biases if bias", "[layer_step]")
{
    cd::Linear l{84, true};
    checkStep(ok(l, flat(120)), {flat(84), 10080, 84, 10080, 84, {84}});
    l.bias = false;
    const cd::LayerStep s = ok(l, flat(120));
    CHECK(s.biases.value() == 0);
    CHECK(std::holds_alternative<cd::Flattening>(s.spatial));
}

TEST_CASE("pointwise layers", "[layer_step]")
{
    const cd::Shape in = map(16, 8, 8);
    SECTION("batchnorm2d: γ weights and β biases, C each; keeps its output")
    {
        const cd::LayerStep s = ok(cd::BatchNorm2d{}, in);
        checkStep(s, {in, 16, 16, 0, 1024, {1024}});
        CHECK(std::holds_alternative<cd::Pointwise>(s.spatial));
    }
    SECTION("relu keeps nothing (in place) and adds no inference tensor")
    {
        const cd::LayerStep s = ok(cd::ReLU{}, in);
        checkStep(s, {in, 0, 0, 0, 0, {}});
        CHECK(std::holds_alternative<cd::Pointwise>(s.spatial));
    }
    SECTION("dropout keeps its output for training, is the identity at inference")
    {
        checkStep(ok(cd::Dropout{0.5}, in), {in, 0, 0, 0, 1024, {}});
    }
    SECTION("relu and dropout also work on flat features")
    {
        CHECK(ok(cd::ReLU{}, flat(10)).output == flat(10));
        CHECK(ok(cd::Dropout{}, flat(10)).output == flat(10));
    }
}

TEST_CASE("flatten is a view: C·H·W features, nothing kept", "[layer_step]")
{
    const cd::LayerStep s = ok(cd::Flatten{}, map(16, 5, 5));
    checkStep(s, {flat(400), 0, 0, 0, 0, {}});
    CHECK(std::holds_alternative<cd::Flattening>(s.spatial));
}

TEST_CASE("pools: no parameters, no MACs, keep their output", "[layer_step]")
{
    struct Row
    {
        const char *what;
        cd::Shape input;
        cd::LayerKind layer;
        cd::Shape output;
    };
    cd::AvgPool2d avg;
    avg.kernel = cd::Pair::square(2); // stride defaults to the kernel
    cd::MaxPool2d defaultStride;
    defaultStride.kernel = cd::Pair::square(3);
    // clang-format off
    auto r = GENERATE_COPY(values<Row>({
        {"maxpool 3/2: 54 → 26", map(96, 54, 54), maxpool(3, 2), map(96, 26, 26)},
        {"maxpool ceil 2/2: 5 → 3", map(1, 5, 5), maxpool(2, 2, 0, true), map(1, 3, 3)},
        {"maxpool stride defaults to kernel: 10 → 3", map(2, 10, 10), defaultStride, map(2, 3, 3)},
        {"avgpool stride defaults to kernel: 8 → 4", map(3, 8, 8), avg, map(3, 4, 4)},
        {"adaptive avg to 1", map(10, 5, 5), cd::AdaptiveAvgPool2d{{1, 1}}, map(10, 1, 1)},
        {"adaptive max to 3×2", map(4, 10, 7), cd::AdaptiveMaxPool2d{{3, 2}}, map(4, 3, 2)},
        {"adaptive larger than the input", map(1, 3, 3), cd::AdaptiveAvgPool2d{{5, 5}},
         map(1, 5, 5)},
    }));
    // clang-format on
    INFO(r.what);
    const cd::LayerStep s = ok(r.layer, r.input);
    const std::int64_t n = r.output.elements().value();
    checkStep(s, {r.output, 0, 0, 0, n, {n}});
    const bool adaptive = cd::layerType(r.layer) == cd::LayerType::AdaptiveAvgPool2d
                          || cd::layerType(r.layer) == cd::LayerType::AdaptiveMaxPool2d;
    CHECK(std::holds_alternative<cd::AdaptiveWindows>(s.spatial) == adaptive);
    CHECK(std::holds_alternative<cd::Windows>(s.spatial) == !adaptive);
}

TEST_CASE("'same' padding: total d·(k−1), left total/2, the odd cell on the right", "[layer_step]")
{
    struct Row
    {
        const char *what;
        cd::Conv2d layer;
        std::int64_t top, bottom, left, right;
    };
    // clang-format off
    auto r = GENERATE(values<Row>({
        {"k4: total 3 → 1 + 2", same({4, 4}), 1, 2, 1, 2},
        {"k2: total 1 → 0 + 1", same({2, 2}), 0, 1, 0, 1},
        {"k5: total 4 → 2 + 2", same({5, 5}), 2, 2, 2, 2},
        {"k4 d2: total 6 → 3 + 3", same({4, 4}, {2, 2}), 3, 3, 3, 3},
        {"k [4, 3]: rows 1 + 2, cols 1 + 1", same({4, 3}), 1, 2, 1, 1},
    }));
    // clang-format on
    INFO(r.what);
    const cd::LayerStep s = ok(r.layer, map(1, 10, 12));
    CHECK(s.output == map(1, 10, 12)); // 'same' keeps the size
    const auto &w = std::get<cd::Windows>(s.spatial);
    CHECK(w.rows.padBefore == r.top);
    CHECK(w.rows.padAfter == r.bottom);
    CHECK(w.cols.padBefore == r.left);
    CHECK(w.cols.padAfter == r.right);
}

TEST_CASE("'valid' padding is 0 whatever the padding field says", "[layer_step]")
{
    cd::Conv2d c = conv(1, {3, 3}, {1, 1}, {5, 5});
    c.paddingMode = cd::PaddingMode::Valid;
    CHECK(ok(c, map(1, 10, 10)).output == map(1, 8, 8));
}

TEST_CASE("errors on the layer (arithmetic.md §1)", "[layer_step]")
{
    struct Row
    {
        const char *what;
        cd::Shape input;
        cd::LayerKind layer;
        const char *mentions; // "" when the message is not specified
    };
    auto field = [](auto layer, auto set) {
        set(layer);
        return cd::LayerKind(layer);
    };
    const cd::Shape m = map(8, 10, 10);
    // clang-format off
    auto r = GENERATE_COPY(values<Row>({
        {"linear on a feature map: add a flatten first", m, cd::Linear{10, true}, "flatten"},
        {"conv2d after flatten", flat(80), conv(4, {1, 1}), ""},
        {"nin_block after flatten", flat(80), nin(4, {1, 1}), ""},
        {"maxpool after flatten", flat(80), maxpool(1, 1), ""},
        {"avgpool after flatten", flat(80), cd::AvgPool2d{}, ""},
        {"adaptive pool after flatten", flat(80), cd::AdaptiveAvgPool2d{{1, 1}}, ""},
        {"batchnorm after flatten", flat(80), cd::BatchNorm2d{}, ""},
        {"groups not dividing the input channels: 6 / 4", map(6, 10, 10), grouped(8, 3, 4),
         "groups 4 must divide the input channels (6)"},
        {"groups not dividing out_channels: 6 / 4", m, grouped(6, 3, 4),
         "groups 4 must divide out_channels (6)"},
        {"'same' with stride 2", m, same({3, 3}, {1, 1}, {2, 2}), "stride"},
        {"'same' with stride 2 in one dimension", m, same({3, 3}, {1, 1}, {1, 2}), "stride"},
        {"kernel larger than the padded input", m, conv(4, {11, 11}),
         "larger than the padded input"},
        {"pool padding > kernel / 2", m, maxpool(3, 1, 2), ""},
        {"out_channels 0", m, conv(0, {3, 3}), ""},
        {"kernel 0", m, conv(4, {0, 3}), ""},
        {"stride 0", m, conv(4, {3, 3}, {1, 0}), ""},
        {"padding −1", m, conv(4, {3, 3}, {1, 1}, {-1, 0}), ""},
        {"dilation 0", m, field(conv(4, {3, 3}), [](cd::Conv2d &c) { c.dilation = {0, 1}; }), ""},
        {"groups 0", m, grouped(8, 3, 0), ""},
        {"nin_block out_channels 0", m, nin(0, {3, 3}), ""},
        {"pool kernel 0", m, maxpool(0, 1), ""},
        {"pool stride 0", m, maxpool(2, 0), ""},
        {"adaptive output 0", m, cd::AdaptiveMaxPool2d{{0, 1}}, ""},
        {"linear out_features 0", flat(80), cd::Linear{0, true}, ""},
        {"dropout p 1.5", m, cd::Dropout{1.5}, ""},
        {"dropout p −0.1", m, cd::Dropout{-0.1}, ""},
    }));
    // clang-format on
    INFO(r.what);
    const std::string message = error(r.layer, r.input);
    CHECK_THAT(message, Contains(r.mentions, Catch::CaseSensitive::No));
}

TEST_CASE("dropout p at the bounds is fine", "[layer_step]")
{
    auto p = GENERATE(0.0, 1.0);
    CHECK(ok(cd::Dropout{p}, map(1, 2, 2)).output == map(1, 2, 2));
}

TEST_CASE("linear weights overflow: 2^24 features × 2^40 outputs", "[layer_step]")
{
    const cd::LayerStep s = cd::stepThrough(cd::Linear{std::int64_t{1} << 40, true},
                                            flat(std::int64_t{16} * 1024 * 1024));
    // Either the step reports it, or the count carries the overflow flag for analyze().
    CHECK((!s.error.empty() || s.weights.overflowed()));
}
