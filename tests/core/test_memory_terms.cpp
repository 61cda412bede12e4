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
