// The memory formulas as named terms (report/memory_terms.h), checked against NiN's terms
// worked out by hand: 4 B × (2 × 1 × 1,696,760 + 3 × 1,992,166) = 37,480,072 B.

#include "report/memory_terms.h"

#include <catch2/catch.hpp>

namespace {

cd::MemoryEstimate ninAdam()
{
    cd::MemoryEstimate m;
    m.bytesPerElement = 4;
    m.batch = 1;
    m.parameterCopies = 3;
    m.activations = 1'696'760;
    m.parameters = 1'992'166;
    m.peak = 559'872;
    m.peakLayer = 0;
    m.trainingBytes = 37'480'072;
    m.inferenceBytes = 10'208'152; // 4 × (559,872 + 1,992,166)
    return m;
}

} // namespace

TEST_CASE("trainingMemory keeps activations and parameter copies apart")
{
    const cd::MemoryFormula f = cd::trainingMemory(ninAdam());
    REQUIRE(f.terms.size() == 2);
    CHECK(f.terms[0].factors == std::vector<std::int64_t>{2, 1, 1'696'760});
    CHECK(f.terms[1].factors == std::vector<std::int64_t>{3, 1'992'166});
    CHECK(cd::formulaText(f, "x")
          == "training = 4 B x (2 x 1 x 1,696,760 + 3 x 1,992,166) = 37,480,072 B (35.7 MiB)");
}

TEST_CASE("inferenceMemory names the layer that ends the peak")
{
    const cd::MemoryFormula f = cd::inferenceMemory(ninAdam());
    REQUIRE(f.terms.size() == 2);
    CHECK(f.terms[0].peakLayer == 0);
    CHECK(cd::factorsText(f.terms[0], "x") == "1 x 559,872");
    CHECK(cd::factorsText(f.terms[1], "x") == "1,992,166");
    CHECK(cd::formulaText(f, "x") == "inference = 4 B x (1 x 559,872 + 1,992,166) = 10,208,152 B (9.74 MiB)");
}

TEST_CASE("peakText names the writer and every tensor alive at the peak")
{
    // input 4×4×4 (64) → a: 1×1 conv to 8 channels (128) → add(a, input)? The add needs equal
    // shapes, so: b: 1×1 conv to 4 channels (64) reading a, then add(b, input).
    // Alive while b writes: input 64 (read again by the add) + a 128 + b 64 = 256.
    cd::Network net;
    net.input = {4, 4, 4};
    const cd::LayerId a = net.append(cd::Conv2d{.outChannels = 8, .kernel = cd::Pair::square(1)}, "a");
    const cd::LayerId b
        = net.add(cd::Conv2d{.outChannels = 4, .kernel = cd::Pair::square(1)}, {a}, "b");
    net.add(cd::Add{}, {b, cd::Network::inputId}, "sum");
    const cd::Analysis analysis = cd::analyze(net);
    REQUIRE(analysis.valid());
    CHECK(analysis.memory->peak == 256);
    CHECK(cd::peakText(analysis) == "while layer 1 (b) writes: input 64 + a 128 + b 64");

    SECTION("a nin_block's inner tensors are named by their conv")
    {
        cd::Network nin;
        nin.input = {1, 4, 4};
        nin.append(cd::NinBlock{.outChannels = 2, .kernel = cd::Pair::square(1)}, "n");
        const cd::Analysis a2 = cd::analyze(nin);
        // input 16 + conv1 32 = 48, then conv1 32 + conv2 32 = 64 (the input is freed).
        CHECK(cd::peakText(a2) == "while layer 0 (n) writes: n conv 1 32 + n conv 2 32");
    }
    SECTION("the input alone")
    {
        cd::Network empty;
        CHECK(cd::peakText(cd::analyze(empty)) == "the input alone");
    }
}

TEST_CASE("autogradFormulaText sets autograd's figure beside the lecture model's")
{
    // input 1×4×4 → 1×1 conv to 2 channels: P = 4, m = 3, b = 4. Autograd keeps the input,
    // 16 · 4 = 64 B, plus 4 · 3 · 4 = 48 B of parameters: 112 B. The lecture model keeps
    // A = 16 + 32: 4 · (2 · 48 + 3 · 4) = 432 B, 3.86 times as much.
    cd::Network net;
    net.input = {1, 4, 4};
    net.append(cd::Conv2d{.outChannels = 2, .kernel = cd::Pair::square(1)});
    const cd::Analysis analysis = cd::analyze(net);
    REQUIRE(analysis.valid());
    CHECK(analysis.memory->trainingBytes == 432);
    CHECK(cd::autogradFormulaText(analysis, "x")
          == "autograd = 64 B + 4 B x 3 x 4 = 112 B (112 B); the lecture model's training "
             "figure is 3.86 x this");
    CHECK(cd::trainingRatioText(analysis, "x")
          == "the lecture model's training figure is 3.86 x this");

    SECTION("without a figure it says why, and there is no ratio")
    {
        cd::Network bn;
        bn.input = {3, 1, 1};
        bn.append(cd::BatchNorm2d{}, "bn");
        const cd::Analysis none = cd::analyze(bn);
        REQUIRE(none.valid());
        CHECK(cd::autogradFormulaText(none, "x")
              == "autograd = no figure: bn: batch norm needs more than one value per channel in "
                 "training (batch 1, 1\u00d71 map)");
        CHECK(cd::trainingRatioText(none, "x").empty());
    }
}

TEST_CASE("every memory term explains what it counts and why")
{
    const cd::MemoryFormula training = cd::trainingMemory(ninAdam());
    const cd::MemoryFormula inference = cd::inferenceMemory(ninAdam());
    for (const cd::MemoryFormula *formula : {&training, &inference})
        for (const cd::MemoryTerm &term : formula->terms)
            CHECK_FALSE(term.explanation.empty());
    // §4: ReLU is taken as in place, flatten as a view; the factor 2 is value and gradient.
    const std::string &kept = training.terms[0].explanation;
    CHECK(kept.find("ReLU keeps nothing in this model") != std::string::npos);
    CHECK(kept.find("in place") != std::string::npos);
    CHECK(kept.find("view") != std::string::npos);
    CHECK(kept.find("gradient") != std::string::npos);
    // Three copies: SGD with momentum's m beside value and gradient.
    CHECK(training.terms[1].explanation.find("momentum m") != std::string::npos);
    // §7: on a chain two neighbours, a residual block's input lives until its add.
    CHECK(inference.terms[0].explanation.find("two neighbouring tensors") != std::string::npos);
    CHECK(inference.terms[0].explanation.find("residual") != std::string::npos);
}
