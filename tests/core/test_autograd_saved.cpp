// What one layer's backward saves (autograd_saved.h), row by row of arithmetic.md §8's table,
// worked out by hand at batch sizes above 1 and in float64 as well as float32: bytes are
// elements · N · b, except max pooling's indices (8 bytes whatever the dtype), batch norm's
// statistics (2·C·b, not × N) and dropout-1's zero scalar (b).

#include "autograd_saved.h"

#include <catch2/catch.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace {

using cd::SavedKind;
using cd::SavedRule;
using cd::SavedStorage;

struct Expected
{
    SavedStorage storage;
    std::int64_t bytes;
    SavedKind kind;
};

struct Row
{
    std::string what;
    cd::LayerKind kind;
    cd::Shape input;
    cd::Shape output;
    cd::Settings settings;
    SavedRule rule;
    std::vector<Expected> tensors;
    bool outputIsInput = false;
    bool hasParameters = false;
};

cd::Shape map(std::int64_t c, std::int64_t h, std::int64_t w)
{
    return {c, h, w, false};
}

cd::Shape flat(std::int64_t f)
{
    return {f, 1, 1, true};
}

cd::Settings at(std::int64_t batch, cd::DType dtype)
{
    return {batch, dtype, cd::Optimizer::Sgd};
}

cd::Conv2d conv(cd::Pair kernel, cd::PaddingMode mode, cd::Pair dilation = cd::Pair::square(1))
{
    cd::Conv2d c;
    c.outChannels = 4;
    c.kernel = kernel;
    c.paddingMode = mode;
    c.dilation = dilation;
    return c;
}

constexpr auto F32 = cd::DType::Float32;
constexpr auto F64 = cd::DType::Float64;
constexpr auto BF16 = cd::DType::BFloat16;
constexpr auto In = SavedStorage::Input;
constexpr auto Out = SavedStorage::Output;
constexpr auto Own = SavedStorage::Own;
constexpr auto Act = SavedKind::Activations;

// clang-format off
const std::vector<Row> &rows()
{
    static const std::vector<Row> table = {
        {"conv2d keeps its input: 3·8·8 · N 2 · 4 B", conv(cd::Pair::square(3), cd::PaddingMode::Explicit),
         map(3, 8, 8), map(4, 6, 6), at(2, F32), SavedRule::Input, {{In, 1536, Act}}, false, true},
        {"conv2d \"same\" with an odd kernel keeps its input", conv(cd::Pair::square(3), cd::PaddingMode::Same),
         map(2, 5, 7), map(4, 5, 7), at(3, F64), SavedRule::Input, {{In, 2 * 35 * 3 * 8, Act}}, false, true},
        {"conv2d \"same\" k 4: a copy padded by one row and one column, 2·6·8 · 3 · 8 B",
         conv(cd::Pair::square(4), cd::PaddingMode::Same),
         map(2, 5, 7), map(4, 5, 7), at(3, F64), SavedRule::PaddedInputCopy, {{Own, 2304, Act}}, false, true},
        {"conv2d \"same\" k 3×4: one more column only, 2·5·8 · 2 · 4 B",
         conv({3, 4}, cd::PaddingMode::Same),
         map(2, 5, 7), map(4, 5, 7), at(2, F32), SavedRule::PaddedInputCopy, {{Own, 640, Act}}, false, true},
        {"conv2d \"same\" k 2 dilation 2: total 2 is even, no copy",
         conv(cd::Pair::square(2), cd::PaddingMode::Same, cd::Pair::square(2)),
         map(2, 5, 7), map(4, 5, 7), at(1, F32), SavedRule::Input, {{In, 280, Act}}, false, true},
        {"conv2d \"same\" k 2 dilation 3: total 3 is odd",
         conv(cd::Pair::square(2), cd::PaddingMode::Same, cd::Pair::square(3)),
         map(2, 5, 7), map(4, 5, 7), at(1, F32), SavedRule::PaddedInputCopy, {{Own, 2 * 6 * 8 * 4, Act}}, false, true},
        {"nin_block: its input and three ReLU outputs, the last one the block's output",
         cd::NinBlock{4, cd::Pair::square(3), cd::Pair::square(1), cd::Pair::square(0)},
         map(3, 8, 8), map(4, 6, 6), at(2, F32), SavedRule::InputAndReLUOutputs,
         {{In, 1536, Act}, {Own, 1152, Act}, {Own, 1152, Act}, {Out, 1152, Act}}, false, true},
        {"maxpool2d in float64: input 4·6·6 · 2 · 8 B, indices 4·3·3 · 2 · 8 B",
         cd::MaxPool2d{}, map(4, 6, 6), map(4, 3, 3), at(2, F64), SavedRule::InputAndIndices,
         {{In, 2304, Act}, {Own, 576, SavedKind::Indices}}},
        {"maxpool2d in float32: the indices stay 8 bytes each",
         cd::MaxPool2d{}, map(4, 6, 6), map(4, 3, 3), at(2, F32), SavedRule::InputAndIndices,
         {{In, 1152, Act}, {Own, 576, SavedKind::Indices}}},
        {"adaptive_maxpool2d in bfloat16: input 2 B per element, indices 8",
         cd::AdaptiveMaxPool2d{{2, 2}}, map(4, 6, 6), map(4, 2, 2), at(3, BF16), SavedRule::InputAndIndices,
         {{In, 4 * 36 * 3 * 2, Act}, {Own, 4 * 4 * 3 * 8, SavedKind::Indices}}},
        {"avgpool2d keeps its input", cd::AvgPool2d{}, map(4, 6, 6), map(4, 3, 3), at(5, F32),
         SavedRule::Input, {{In, 4 * 36 * 5 * 4, Act}}},
        {"adaptive_avgpool2d to 1×1 keeps its input too", cd::AdaptiveAvgPool2d{{1, 1}},
         map(10, 5, 5), map(10, 1, 1), at(2, F64), SavedRule::Input, {{In, 250 * 2 * 8, Act}}},
        {"batchnorm2d: input, and 2·C statistics not × N", cd::BatchNorm2d{}, map(5, 4, 4),
         map(5, 4, 4), at(3, F64), SavedRule::InputAndStatistics,
         {{In, 5 * 16 * 3 * 8, Act}, {Own, 2 * 5 * 8, SavedKind::Statistics}}, false, true},
        {"relu keeps its output", cd::ReLU{}, map(4, 3, 3), map(4, 3, 3), at(4, F32),
         SavedRule::Output, {{Out, 36 * 4 * 4, Act}}},
        {"sigmoid keeps its output", cd::Sigmoid{}, flat(10), flat(10), at(2, F64),
         SavedRule::Output, {{Out, 10 * 2 * 8, Act}}},
        {"tanh keeps its output", cd::Tanh{}, map(4, 3, 3), map(4, 3, 3), at(1, F32),
         SavedRule::Output, {{Out, 144, Act}}},
        {"dropout 0.5: a mask of the input in the network's dtype", cd::Dropout{0.5}, map(4, 3, 3),
         map(4, 3, 3), at(2, F64), SavedRule::Mask, {{Own, 36 * 2 * 8, SavedKind::Masks}}},
        {"dropout 1: one zero scalar, b bytes, not × N", cd::Dropout{1.0}, map(4, 3, 3),
         map(4, 3, 3), at(7, F64), SavedRule::ZeroScalar, {{Own, 8, SavedKind::Masks}}},
        {"dropout 0: nothing, and its output is its input's tensor", cd::Dropout{0.0}, map(4, 3, 3),
         map(4, 3, 3), at(2, F32), SavedRule::Nothing, {}, true},
        {"flatten: a view that keeps nothing", cd::Flatten{}, map(4, 3, 3), flat(36), at(2, F32),
         SavedRule::Nothing, {}, true},
        {"add keeps nothing", cd::Add{}, map(4, 3, 3), map(4, 3, 3), at(2, F32), SavedRule::Nothing, {}},
        {"concat keeps nothing", cd::Concat{}, map(4, 3, 3), map(8, 3, 3), at(2, F32), SavedRule::Nothing, {}},
        {"linear keeps its input: F 36 · N 3 · 8 B", cd::Linear{10, true}, flat(36), flat(10),
         at(3, F64), SavedRule::Input, {{In, 864, Act}}, false, true},
    };
    return table;
}
// clang-format on

} // namespace

TEST_CASE("each layer type saves what arithmetic.md §8's table says", "[autograd]")
{
    const auto index = GENERATE(range(std::size_t{0}, rows().size()));
    const Row &row = rows()[index];
    INFO(row.what);
    const cd::SavedSpec spec = cd::savedSpec(row.kind, row.input, row.output, row.settings);
    CHECK(spec.rule == row.rule);
    CHECK(spec.outputIsInput == row.outputIsInput);
    CHECK(spec.hasParameters == row.hasParameters);
    REQUIRE(spec.tensors.size() == row.tensors.size());
    for (std::size_t i = 0; i < row.tensors.size(); ++i) {
        INFO("tensor " << i);
        CHECK(spec.tensors[i].storage == row.tensors[i].storage);
        CHECK_FALSE(spec.tensors[i].bytes.overflowed());
        CHECK(spec.tensors[i].bytes.value() == row.tensors[i].bytes);
        CHECK(spec.tensors[i].kind == row.tensors[i].kind);
    }
}

TEST_CASE("a saved tensor too large for 64 bits says so instead of wrapping", "[autograd]")
{
    const std::int64_t huge = std::int64_t{1} << 40;
    const cd::SavedSpec spec
        = cd::savedSpec(cd::ReLU{}, {huge, 1, 1, true}, {huge, 1, 1, true},
                        {std::int64_t{1} << 30, cd::DType::Float64, cd::Optimizer::Sgd});
    REQUIRE(spec.tensors.size() == 1);
    CHECK(spec.tensors.front().bytes.overflowed());
}
