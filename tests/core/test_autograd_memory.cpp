// The graph pass of arithmetic.md §8 (autograd_memory.h), through analyze(): which layers have
// a backward, which outputs are one tensor, and that a tensor saved by two layers counts once,
// credited to the first. Every figure is worked out by hand in the comments.

#include "analysis.h"

#include <catch2/catch.hpp>

#include <cstdint>
#include <vector>

using Ints = std::vector<std::int64_t>;

namespace {

cd::Conv2d conv1x1(std::int64_t out)
{
    cd::Conv2d c;
    c.outChannels = out;
    c.kernel = cd::Pair::square(1);
    return c;
}

cd::Network network(cd::InputShape input, std::int64_t batch, cd::DType dtype)
{
    cd::Network n;
    n.input = input;
    n.settings = {batch, dtype, cd::Optimizer::SgdMomentum};
    return n;
}

cd::Analysis analyzed(const cd::Network &n)
{
    cd::Analysis a = cd::analyze(n);
    INFO((a.errors.empty() ? std::string() : a.errors.front().message));
    REQUIRE(a.valid());
    REQUIRE(a.autograd.has_value());
    return a;
}

Ints savedBytes(const cd::Analysis &a)
{
    Ints bytes;
    for (const cd::LayerReport &l : a.layers)
        bytes.push_back(l.saved ? l.saved->bytes.total() : -1);
    return bytes;
}

} // namespace

TEST_CASE("a tensor saved by two layers counts once, at the first", "[autograd]")
{
    SECTION("a ReLU's output, saved by the ReLU and by the next conv")
    {
        // batch 2, float32: conv a keeps the input 1·16 · 2 · 4 = 128 B; the ReLU its output
        // 2·16 · 8 = 256 B; conv b reads that same tensor: nothing new.
        cd::Network n = network({1, 4, 4}, 2, cd::DType::Float32);
        n.append(conv1x1(2), "a");
        n.append(cd::ReLU{}, "r");
        n.append(conv1x1(3), "b");
        const cd::Analysis a = analyzed(n);
        CHECK(savedBytes(a) == Ints{128, 256, 0});
        CHECK(a.layers[2].saved->inputSavedBy == 1);
        CHECK(a.layers[1].saved->inputSavedBy == -1);
        CHECK(a.totals->savedBytes == 384);
    }
    SECTION("one output read by two convolutions (float64)")
    {
        // conv a keeps the input 16 · 8 = 128 B; b keeps a's output 2·16 · 8 = 256 B; c reads
        // the same tensor; add keeps nothing.
        cd::Network n = network({1, 4, 4}, 1, cd::DType::Float64);
        const cd::LayerId a = n.append(conv1x1(2), "a");
        const cd::LayerId b = n.add(conv1x1(2), {a}, "b");
        const cd::LayerId c = n.add(conv1x1(2), {a}, "c");
        n.add(cd::Add{}, {b, c}, "sum");
        const cd::Analysis r = analyzed(n);
        CHECK(savedBytes(r) == Ints{128, 256, 0, 0});
        CHECK(r.layers[2].saved->inputSavedBy == 1);
        CHECK(r.totals->savedBytes == 384);
    }
    SECTION("the network input, read by two convolutions")
    {
        cd::Network n = network({1, 4, 4}, 1, cd::DType::Float32);
        const cd::LayerId a = n.append(conv1x1(2), "a");
        const cd::LayerId b = n.add(conv1x1(2), {cd::Network::inputId}, "b");
        n.add(cd::Concat{}, {a, b}, "cat");
        const cd::Analysis r = analyzed(n);
        CHECK(savedBytes(r) == Ints{64, 0, 0});
        CHECK(r.layers[1].saved->inputSavedBy == 0);
    }
}

TEST_CASE("a layer with no parameter before it has no backward", "[autograd]")
{
    SECTION("max pool and ReLU on the network input keep nothing; the conv keeps their result")
    {
        // maxpool 2 on 2×4×4 gives 2×2×2; the conv keeps that ReLU output: 8 · 4 = 32 B.
        cd::Network n = network({2, 4, 4}, 1, cd::DType::Float32);
        n.append(cd::MaxPool2d{});
        n.append(cd::ReLU{});
        n.append(conv1x1(3));
        const cd::Analysis a = analyzed(n);
        CHECK(savedBytes(a) == Ints{0, 0, 32});
        CHECK_FALSE(a.layers[0].saved->hasBackward);
        CHECK_FALSE(a.layers[1].saved->hasBackward);
        CHECK(a.layers[2].saved->hasBackward);
    }
    SECTION("a join needs a gradient when one of its inputs does")
    {
        // sigmoid on the input: no backward. The conv keeps the input (4 · 4 = 16 B); the
        // ReLU after the concat keeps its 2×2×2 output (32 B).
        cd::Network n = network({1, 2, 2}, 1, cd::DType::Float32);
        const cd::LayerId s = n.append(cd::Sigmoid{}, "s");
        const cd::LayerId c = n.add(conv1x1(1), {cd::Network::inputId}, "c");
        n.add(cd::Concat{}, {s, c}, "cat");
        n.append(cd::ReLU{}, "r");
        const cd::Analysis a = analyzed(n);
        CHECK(savedBytes(a) == Ints{0, 16, 0, 32});
        CHECK_FALSE(a.layers[0].saved->hasBackward);
        CHECK(a.layers[2].saved->hasBackward);
    }
}

TEST_CASE("flatten and dropout with p = 0 pass their input's tensor on", "[autograd]")
{
    cd::Network n = network({1, 2, 2}, 1, cd::DType::Float32);
    n.append(conv1x1(2)); // keeps the input: 16 B
    n.append(cd::ReLU{}); // keeps 2·2·2 · 4 = 32 B
    SECTION("linear after flatten keeps the tensor flatten read, the ReLU's")
    {
        n.append(cd::Flatten{});
        n.append(cd::Linear{3, true});
        const cd::Analysis a = analyzed(n);
        CHECK(savedBytes(a) == Ints{16, 32, 0, 0});
        CHECK(a.layers[3].saved->inputSavedBy == 1);
    }
    SECTION("dropout 0 is the identity")
    {
        n.append(cd::Dropout{0.0});
        n.append(conv1x1(1));
        CHECK(savedBytes(analyzed(n)) == Ints{16, 32, 0, 0});
    }
    SECTION("dropout 0.5 keeps a mask and makes a new tensor, which the conv keeps")
    {
        n.append(cd::Dropout{0.5});
        n.append(conv1x1(1));
        const cd::Analysis a = analyzed(n);
        CHECK(savedBytes(a) == Ints{16, 32, 32, 32});
        CHECK(a.layers[2].saved->bytes.masks == 32);
        CHECK(a.autograd->saved->masks == 32);
    }
}

TEST_CASE("batch and dtype scale everything but batch norm's statistics and max pool's indices",
          "[autograd]")
{
    const auto build = [](std::int64_t batch, cd::DType dtype) {
        cd::Network n = network({1, 4, 4}, batch, dtype);
        n.append(conv1x1(2));
        n.append(cd::BatchNorm2d{});
        n.append(cd::ReLU{});
        n.append(cd::MaxPool2d{});
        n.append(cd::Dropout{0.5});
        n.append(cd::Flatten{});
        n.append(cd::Linear{3, true});
        return analyzed(n);
    };
    const cd::Analysis one = build(1, cd::DType::Float32);
    // conv: input 16 · 4 = 64; batch norm: its input 32 · 4 = 128 and 2·2 · 4 = 16 of
    // statistics; ReLU: 128; max pool: its input is the ReLU's, indices 8 · 8 = 64; dropout:
    // mask 8 · 4 = 32; linear: the dropout's output, 32.
    CHECK(savedBytes(one) == Ints{64, 144, 128, 64, 32, 0, 32});
    const cd::SavedBytes kinds{
        .activations = 64 + 128 + 128 + 32, .indices = 64, .masks = 32, .statistics = 16};
    CHECK(one.autograd->saved == kinds);

    const cd::Analysis six = build(3, cd::DType::Float64);
    const cd::SavedBytes scaled{.activations = 6 * kinds.activations,
                                .indices = 3 * kinds.indices,
                                .masks = 6 * kinds.masks,
                                .statistics = 2 * kinds.statistics};
    CHECK(six.autograd->saved == scaled);
    CHECK(six.totals->savedBytes == scaled.total());
}

TEST_CASE("batch norm on one value per channel leaves no figure, and says why", "[autograd]")
{
    cd::Network n = network({3, 1, 1}, 1, cd::DType::Float32);
    n.append(cd::BatchNorm2d{});
    const cd::Analysis a = analyzed(n);
    CHECK_FALSE(a.layers[0].saved.has_value());
    CHECK_FALSE(a.totals->savedBytes.has_value());
    CHECK_FALSE(a.autograd->saved.has_value());
    CHECK_FALSE(a.autograd->trainingBytes.has_value());
    CHECK(a.autograd->note
          == "batchnorm2d_0: batch norm needs more than one value per channel in training "
             "(batch 1, 1\u00d71 map)");

    SECTION("two samples are enough: input 3 · 2 · 4 = 24 B, statistics 2·3 · 4 = 24 B")
    {
        n.settings.batch = 2;
        const cd::Analysis two = analyzed(n);
        CHECK(two.totals->savedBytes == 48);
        CHECK(two.autograd->note.empty());
    }
}

TEST_CASE("float16 and int8 are not measured; the rules still give a figure", "[autograd]")
{
    const auto dtype = GENERATE(cd::DType::Float32, cd::DType::Float64, cd::DType::BFloat16,
                                cd::DType::Float16, cd::DType::Int8);
    cd::Network n = network({1, 4, 4}, 1, dtype);
    n.append(conv1x1(2));
    const cd::Analysis a = analyzed(n);
    const bool measured = dtype != cd::DType::Float16 && dtype != cd::DType::Int8;
    CHECK(a.autograd->measured == measured);
    CHECK(a.autograd->note.empty() == measured);
    CHECK(a.totals->savedBytes == 16 * cd::bytesPerElement(dtype));
}

TEST_CASE("autograd's training memory is the saved bytes plus b · m · P", "[autograd]")
{
    // P = 2·1 + 2 = 4 parameters, m = 3 (sgd_momentum), b = 4: 48 B; saved: the input, 64 B.
    cd::Network n = network({1, 4, 4}, 1, cd::DType::Float32);
    n.append(conv1x1(2));
    const cd::Analysis a = analyzed(n);
    CHECK(a.autograd->parameterBytes == 48);
    CHECK(a.autograd->parameterBytes == a.memory->trainingParameterBytes);
    CHECK(a.autograd->trainingBytes == 64 + 48);
}

TEST_CASE("saved bytes past 2^63 − 1 leave no figure instead of wrapping", "[autograd]")
{
    // int8 and 1×1 max pools: each pool's int64 indices cost 8 B per element where the
    // lecture model counts 2 · 1 B. With E = 2^59 elements per map the lecture model needs
    // 2 · (4 · E) + 3 · 2 B < 2^63, autograd E + (E + 8E) + (E + 8E) = 19 · E > 2^63.
    cd::Network n = network({1, std::int64_t{1} << 30, std::int64_t{1} << 29}, 1, cd::DType::Int8);
    cd::MaxPool2d pool;
    pool.kernel = cd::Pair::square(1);
    n.append(conv1x1(1));
    n.append(pool);
    n.append(pool);
    const cd::Analysis a = analyzed(n);
    CHECK(a.memory->trainingBytes == (std::int64_t{1} << 62) + 6);
    CHECK_FALSE(a.totals->savedBytes.has_value());
    CHECK_FALSE(a.layers[0].saved.has_value());
    CHECK(a.autograd->note.find("exceed 2^63") != std::string::npos);
}
