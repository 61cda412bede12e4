// The seed discussion (shared/seed/nin-discussion.txt): a student's hand table for d2l's NiN on
// 1×224×224. The analysis must reproduce it term by term, and where arithmetic.md deliberately
// differs from the student, the SECTION says why.

#include "analysis.h"

#include <catch2/catch.hpp>

#include <cstdint>
#include <vector>

using Ints = std::vector<std::int64_t>;

namespace {

cd::NinBlock nin(std::int64_t out, std::int64_t k, std::int64_t s, std::int64_t p)
{
    return {out, cd::Pair::square(k), cd::Pair::square(s), cd::Pair::square(p)};
}

cd::MaxPool2d maxpool3s2()
{
    cd::MaxPool2d m;
    m.kernel = cd::Pair::square(3);
    m.stride = cd::Pair::square(2);
    return m;
}

cd::Network seedNin(cd::LayerKind lastPool = cd::AdaptiveAvgPool2d{{1, 1}})
{
    cd::Network n;
    n.name = "NiN (Fashion-MNIST, 224x224)";
    n.input = {1, 224, 224};
    n.settings = {1, cd::DType::Float32, cd::Optimizer::SgdMomentum};
    n.append(nin(96, 11, 4, 0), "nin1");
    n.append(maxpool3s2());
    n.append(nin(256, 5, 1, 2), "nin2");
    n.append(maxpool3s2());
    n.append(nin(384, 3, 1, 1), "nin3");
    n.append(maxpool3s2());
    n.append(cd::Dropout{0.5});
    n.append(nin(10, 3, 1, 1), "nin4");
    n.append(lastPool);
    n.append(cd::Flatten{});
    return n;
}

cd::Shape map(std::int64_t c, std::int64_t hw)
{
    return {c, hw, hw, false};
}

} // namespace

TEST_CASE("seed NiN reproduces the student's hand table", "[seed][nin]")
{
    const cd::Analysis a = cd::analyze(seedNin());
    REQUIRE(a.valid());
    REQUIRE(a.layers.size() == 10);
    REQUIRE(a.totals.has_value());
    REQUIRE(a.memory.has_value());
    REQUIRE(a.inputCoverage.has_value());

    SECTION("output shapes: 54, 26, 26, 12, 12, 5, 5, 5, 1, then 10 flat features")
    {
        // clang-format off
        const std::vector<cd::Shape> outputs{map(96, 54), map(96, 26), map(256, 26),
                                             map(256, 12), map(384, 12), map(384, 5),
                                             map(384, 5), map(10, 5), map(10, 1),
                                             cd::Shape{10, 1, 1, true}};
        // clang-format on
        for (int i = 0; i < 10; ++i) {
            CAPTURE(i);
            CHECK(a.layers[i].output == outputs[i]);
        }
    }

    SECTION("activations per layer exactly as the student wrote them")
    {
        // The student lists nin block 1 as three conv rows of 96*54*54 each.
        // clang-format off
        const Ints student{3 * (96 * 54 * 54), 96 * 26 * 26, 3 * (256 * 26 * 26),
                           256 * 12 * 12,      3 * (384 * 12 * 12), 384 * 5 * 5,
                           384 * 5 * 5, // dropout's output is kept for training
                           3 * (10 * 5 * 5),   10};
        // clang-format on
        for (int i = 0; i < 9; ++i) {
            CAPTURE(i);
            CHECK(a.layers[i].activations == student[i]);
        }
    }

    SECTION("differs from the student: flatten keeps nothing, it is a view (student: 10)")
    {
        CHECK(a.layers[9].activations == 0);
    }

    SECTION("the input counts once: INPUT 224 * 224")
    {
        std::int64_t layers = 0;
        for (const auto &l : a.layers)
            layers += l.activations;
        CHECK(a.totals->activations - layers == 224 * 224);
        CHECK(a.totals->activations == 1696760);
    }

    SECTION("weights per layer exactly as the student wrote them")
    {
        // clang-format off
        const Ints student{(11 * 11 * 1) * 96 + (1 * 1 * 96) * 96 + (1 * 1 * 96) * 96, 0,
                           256 * (256 + 256 + (5 * 5 * 96)), 0,
                           384 * (384 + 384 + (3 * 3 * 256)), 0, 0,
                           10 * (10 + 10 + (3 * 3 * 384)), 0, 0};
        // clang-format on
        for (int i = 0; i < 10; ++i) {
            CAPTURE(i);
            CHECK(a.layers[i].weights == student[i]);
        }
        CHECK(a.totals->weights == 1989928);
    }

    SECTION("differs from the student: each nin_block also has 3·o biases (student omits them)")
    {
        const Ints biases{3 * 96, 0, 3 * 256, 0, 3 * 384, 0, 0, 3 * 10, 0, 0};
        for (int i = 0; i < 10; ++i) {
            CAPTURE(i);
            CHECK(a.layers[i].biases == biases[i]);
            CHECK(a.layers[i].params == a.layers[i].weights + biases[i]);
        }
        CHECK(a.totals->biases == 2238);
        CHECK(a.totals->params == 1992166);
    }

    SECTION("what the student's table sums to, and why the spec's totals differ")
    {
        // clang-format off
        const std::int64_t studentActivs = 224 * 224 + 3 * (96 * 54 * 54) + 96 * 26 * 26
                                           + 3 * (256 * 26 * 26) + 256 * 12 * 12
                                           + 3 * (384 * 12 * 12) + 384 * 5 * 5 + 384 * 5 * 5
                                           + 3 * (10 * 5 * 5) + 10 + 10;
        // clang-format on
        // clang-format off
        const std::int64_t studentParams = 11 * 11 * 96 + 96 * 96 + 96 * 96
                                           + 256 * (256 + 256 + 5 * 5 * 96)
                                           + 384 * (384 + 384 + 3 * 3 * 256)
                                           + 10 * (10 + 10 + 3 * 3 * 384);
        // clang-format on
        CHECK(studentActivs - a.totals->activations == 10); // flatten's view
        CHECK(a.totals->params - studentParams == 2238);    // the biases
    }

    SECTION("training: 2 × activations (values + gradients) + 3 × params (sgd_momentum)")
    {
        CHECK(a.memory->bytesPerElement == 4);
        CHECK(a.memory->parameterCopies == 3);
        CHECK(a.memory->trainingActivationBytes == 4 * 2 * 1 * 1696760);
        CHECK(a.memory->trainingParameterBytes == 4 * 3 * 1992166);
        CHECK(a.memory->trainingBytes == 37480072);
    }

    SECTION("inference: the largest two consecutive tensors + params; dropout adds none")
    {
        // The student's "largest two consecutive ACTIVS": two 96×54×54 conv outputs in block 1.
        CHECK(a.memory->peak == 2 * (96 * 54 * 54));
        CHECK(a.memory->peakLayer == 0);
        CHECK(a.memory->inferenceActivationBytes == 4 * 1 * 559872);
        CHECK(a.memory->inferenceParameterBytes == 4 * 1992166);
        CHECK(a.memory->inferenceBytes == 10208152);
    }

    SECTION("what autograd keeps instead (arithmetic.md §8's worked example)")
    {
        // nin1: input 200,704 + 3 ReLUs · 1,119,744; each pool: its indices (its input is the
        // block's output, already kept); dropout: its mask; nin4: the dropout's output and 3
        // ReLUs · 1,000; the adaptive pool's input is nin4's output; flatten keeps nothing.
        const Ints saved{3559936, 519168, 2336256, 294912, 811008, 76800, 38400, 41400, 0, 0};
        for (int i = 0; i < 10; ++i) {
            CAPTURE(i);
            REQUIRE(a.layers[i].saved.has_value());
            CHECK(a.layers[i].saved->bytes.total() == saved[i]);
        }
        CHECK(a.totals->savedBytes == 7677880);
        // Indices 519,168 + 294,912 + 76,800; one mask; the rest activations.
        CHECK(a.autograd->saved->indices == 890880);
        CHECK(a.autograd->saved->masks == 38400);
        CHECK(a.autograd->saved->activations == 7677880 - 890880 - 38400);
        // No gradients are alive between the passes: 7,677,880 + 4 · 3 · 1,992,166 B.
        CHECK(a.autograd->trainingBytes == 31583872);
        CHECK(a.autograd->measured);
    }

    SECTION("differs from the student: d2l's last pool is AdaptiveAvgPool2d (student: "
            "AdaptiveMaxPool); the counts are the same either way")
    {
        CHECK(a.layers[8].type == cd::LayerType::AdaptiveAvgPool2d);
        const cd::Analysis asStudent = cd::analyze(seedNin(cd::AdaptiveMaxPool2d{{1, 1}}));
        REQUIRE(asStudent.valid());
        CHECK(asStudent.totals->activations == a.totals->activations);
        CHECK(asStudent.totals->params == a.totals->params);
        CHECK(asStudent.memory->trainingBytes == a.memory->trainingBytes);
        CHECK(asStudent.memory->inferenceBytes == a.memory->inferenceBytes);
    }

    SECTION("MACs (not in the student's table): the three convs of each block")
    {
        // clang-format off
        const Ints macs{279936 * 121 + 2 * 279936 * 96, 0, 173056 * 2400 + 2 * 173056 * 256, 0,
                        55296 * 2304 + 2 * 55296 * 384,  0, 0,
                        250 * 3456 + 2 * 250 * 10,      0, 0};
        // clang-format on
        for (int i = 0; i < 10; ++i) {
            CAPTURE(i);
            CHECK(a.layers[i].macs == macs[i]);
        }
        CHECK(a.layers[0].macs == 87619968); // network-format.md's example
        CHECK(a.totals->macs == 762297352);
    }

    SECTION("the student's question: floor division drops the trailing row/col, not random ones")
    {
        // (224 − 11) mod 4 = 1: row and col 223; each maxpool 3/2 has remainder 1 too.
        const std::vector<Ints> discarded{{223}, {53}, {}, {25}, {}, {11}, {}, {}, {}, {}};
        for (int i = 0; i < 10; ++i) {
            CAPTURE(i);
            CHECK(a.layers[i].discardedRows == discarded[i]);
            CHECK(a.layers[i].discardedCols == discarded[i]);
        }
    }

    SECTION("input coverage: layer 1's output 53 is unused, so inputs 219..223 are too")
    {
        const Ints unused{219, 220, 221, 222, 223};
        CHECK(a.inputCoverage->unusedRows == unused);
        CHECK(a.inputCoverage->unusedCols == unused);
        CHECK(a.inputCoverage->unusedPixels == 224 * 224 - 219 * 219); // 2215
    }

    SECTION("receptive fields: nin blocks count their first conv; adaptive 1 sees it all")
    {
        const Ints r{11, 19, 51, 67, 99, 131, 131, 195, 224, 224};
        for (int i = 0; i < 10; ++i) {
            CAPTURE(i);
            CHECK(a.layers[i].receptiveRows.size == r[i]);
            CHECK(a.layers[i].receptiveCols.size == r[i]);
        }
    }
}
