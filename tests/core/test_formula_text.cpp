// The formula sheet (report/formula_text.h) against numbers worked out by hand from
// arithmetic.md: the seed NiN's first block and pool, a ceil-mode pool whose last window
// would start in the padding, a dilated conv and a grouped one.

#include "report/formula_text.h"

#include <catch2/catch.hpp>

#include <string>

namespace {

using Lines = std::vector<cd::FormulaLine>;

// The formula of the first line titled `title`; fails the test when there is none.
std::string formula(const Lines &lines, const std::string &title)
{
    for (const cd::FormulaLine &line : lines) {
        if (line.title == title)
            return line.formula;
    }
    FAIL("no line titled " << title);
    return {};
}

cd::Network seedNin()
{
    cd::Network n;
    n.input = {1, 224, 224};
    n.settings = {1, cd::DType::Float32, cd::Optimizer::SgdMomentum};
    n.append(cd::NinBlock{96, cd::Pair::square(11), cd::Pair::square(4), cd::Pair::square(0)}, "nin1");
    cd::MaxPool2d pool;
    pool.kernel = cd::Pair::square(3);
    pool.stride = cd::Pair::square(2);
    n.append(pool, "pool1");
    n.append(cd::NinBlock{256, cd::Pair::square(5), cd::Pair::square(1), cd::Pair::square(2)}, "nin2");
    n.append(pool);
    n.append(cd::NinBlock{384, cd::Pair::square(3), cd::Pair::square(1), cd::Pair::square(1)}, "nin3");
    n.append(pool);
    n.append(cd::Dropout{0.5});
    n.append(cd::NinBlock{10, cd::Pair::square(3), cd::Pair::square(1), cd::Pair::square(1)}, "nin4");
    n.append(cd::AdaptiveAvgPool2d{{1, 1}});
    n.append(cd::Flatten{});
    return n;
}

// One layer on a C×H×W input.
Lines single(cd::LayerKind kind, std::int64_t c, std::int64_t hw)
{
    cd::Network n;
    n.input = {c, hw, hw};
    n.append(std::move(kind), "layer");
    const cd::Analysis a = cd::analyze(n);
    REQUIRE(a.layers.size() == 1);
    return cd::layerFormulas(a, n, 0);
}

} // namespace

TEST_CASE("NiN's first block: size, weights, MACs, activations, receptive field", "[formula]")
{
    const cd::Network n = seedNin();
    const Lines lines = cd::layerFormulas(cd::analyze(n), n, 0);
    const std::string of = " (first conv; 1\u00d71 convs keep it)";
    // (224 − 11)/4 = 213/4 = 53.25.
    CHECK(formula(lines, "output height" + of)
          == "out = \u230a(224 + 2\u00b70 \u2212 11)/4\u230b + 1 = \u230a53.25\u230b + 1 = 54");
    CHECK(formula(lines, "output width" + of) == formula(lines, "output height" + of));
    // 96·121 = 11,616; the 1×1 convs 96·96 = 9,216 each; 96·(121 + 96 + 96) = 30,048.
    CHECK(formula(lines, "weights (conv 1, 11\u00d711 conv)")
          == "out\u00b7in\u00b7kh\u00b7kw = 96\u00b71\u00b711\u00b711 = 11,616");
    CHECK(formula(lines, "weights (conv 2, 1\u00d71 conv)")
          == "out\u00b7in\u00b7kh\u00b7kw = 96\u00b796\u00b71\u00b71 = 9,216");
    CHECK(formula(lines, "weights") == "11,616 + 9,216 + 9,216 = 30,048");
    CHECK(formula(lines, "biases") == "3\u00b7out = 3\u00b796 = 288");
    // 96·54·54 = 279,936 outputs; · 121 = 33,872,256; · 96 = 26,873,856 for each 1×1 conv.
    CHECK(formula(lines, "MACs (conv 1, 11\u00d711 conv)")
          == "96\u00b754\u00b754\u00b7(1\u00b711\u00b711) = 33,872,256");
    CHECK(formula(lines, "MACs") == "33,872,256 + 26,873,856 + 26,873,856 = 87,619,968");
    CHECK(formula(lines, "kept activations")
          == "3 conv outputs, 3\u00b7C\u00b7H\u00b7W = 3\u00b796\u00b754\u00b754 = 839,808");
    CHECK(formula(lines, "receptive field (rows)")
          == "r = r_in + (e \u2212 1)\u00b7j_in = 1 + (11 \u2212 1)\u00b71 = 11; j = j_in\u00b7s = 1\u00b74 = 4");
    // 213 = 53·4 + 1: one real row past the last window.
    CHECK(formula(lines, "rows read").find("1 real row lost (row 223)") != std::string::npos);
}

TEST_CASE("NiN's first pool: floor size, no parameters, the field grows by the jump", "[formula]")
{
    const cd::Network n = seedNin();
    const Lines lines = cd::layerFormulas(cd::analyze(n), n, 1);
    // (54 − 3)/2 = 25.5.
    CHECK(formula(lines, "output height")
          == "out = \u230a(54 + 2\u00b70 \u2212 3)/2\u230b + 1 = \u230a25.5\u230b + 1 = 26");
    CHECK(formula(lines, "parameters") == "0: maxpool2d has no weights or biases");
    CHECK(formula(lines, "MACs").rfind("0: ", 0) == 0);
    CHECK(formula(lines, "kept activations") == "C\u00b7H\u00b7W = 96\u00b726\u00b726 = 64,896");
    // r = 11 + 2·4 = 19, j = 4·2 = 8.
    CHECK(formula(lines, "receptive field (columns)")
          == "r = r_in + (e \u2212 1)\u00b7j_in = 11 + (3 \u2212 1)\u00b74 = 19; j = j_in\u00b7s = 4\u00b72 = 8");
}

TEST_CASE("a ceil-mode pool drops the window that would start in the right padding", "[formula]")
{
    cd::MaxPool2d pool;
    pool.kernel = cd::Pair::square(2);
    pool.stride = cd::Pair::square(2);
    pool.padding = cd::Pair::square(1);
    pool.ceilMode = true;
    // (5 + 2 − 2)/2 = 2.5 → ⌈2.5⌉ + 1 = 4; window 3 would start at 6 = n + p → 3 outputs.
    CHECK(formula(single(pool, 1, 5), "output height")
          == "out = \u2308(5 + 2\u00b71 \u2212 2)/2\u2309 + 1 = \u23082.5\u2309 + 1 = 4 (ceil mode); "
             "the last window would start at (4 \u2212 1)\u00b72 = 6 \u2265 n + p = 6, in the right "
             "padding \u2192 out = 3");
    pool.padding = cd::Pair::square(0);
    pool.kernel = cd::Pair::square(3);
    // (6 − 3)/2 = 1.5 → 3 outputs; the last starts at 4 < 6: kept.
    CHECK(formula(single(pool, 1, 6), "output height")
          == "out = \u2308(6 + 2\u00b70 \u2212 3)/2\u2309 + 1 = \u23081.5\u2309 + 1 = 3 (ceil mode)");
}

TEST_CASE("a dilated conv spells its effective kernel", "[formula]")
{
    cd::Conv2d conv;
    conv.outChannels = 8;
    conv.kernel = cd::Pair::square(3);
    conv.padding = cd::Pair::square(2);
    conv.dilation = cd::Pair::square(2);
    const Lines lines = single(conv, 1, 32);
    // e = 2·2 + 1 = 5; (32 + 4 − 5)/1 = 31.
    CHECK(formula(lines, "output height")
          == "e = d\u00b7(k \u2212 1) + 1 = 2\u00b7(3 \u2212 1) + 1 = 5; "
             "out = \u230a(32 + 2\u00b72 \u2212 5)/1\u230b + 1 = \u230a31\u230b + 1 = 32");
    CHECK(formula(lines, "weights") == "out\u00b7C\u00b7kh\u00b7kw = 8\u00b71\u00b73\u00b73 = 72");
    CHECK(formula(lines, "biases") == "out = 8");
    // 8·32·32 = 8,192 outputs, 9 MACs each.
    CHECK(formula(lines, "MACs")
          == "out_elements\u00b7(C/groups)\u00b7kh\u00b7kw = 8\u00b732\u00b732\u00b7(1\u00b73\u00b73) = 73,728");
    CHECK(formula(lines, "receptive field (rows)")
          == "r = r_in + (e \u2212 1)\u00b7j_in = 1 + (5 \u2212 1)\u00b71 = 5; j = j_in\u00b7s = 1\u00b71 = 1");
}

TEST_CASE("a grouped conv divides its input channels", "[formula]")
{
    cd::Conv2d conv;
    conv.outChannels = 8;
    conv.groups = 2;
    conv.bias = false;
    const Lines lines = single(conv, 4, 8);
    CHECK(formula(lines, "weights")
          == "out\u00b7(C/groups)\u00b7kh\u00b7kw = 8\u00b7(4/2)\u00b73\u00b73 = 144");
    CHECK(formula(lines, "biases") == "0 (bias off)");
}

TEST_CASE("ReLU and flatten keep nothing, and say why", "[formula]")
{
    CHECK(formula(single(cd::ReLU{}, 3, 4), "kept activations").find("in place") != std::string::npos);
    CHECK(formula(single(cd::Flatten{}, 3, 4), "kept activations").find("view") != std::string::npos);
    // 3·4·4 = 48 features.
    CHECK(formula(single(cd::Flatten{}, 3, 4), "output size") == "F = C\u00b7H\u00b7W = 3\u00b74\u00b74 = 48");
}

TEST_CASE("the network's memory sums with the seed NiN's numbers", "[formula]")
{
    const Lines lines = cd::networkFormulas(cd::analyze(seedNin()));
    // arithmetic.md §4 and §8: A = 1,696,760, P = 1,992,166, b = 4, N = 1, m = 3:
    // 4 · (3,393,520 + 5,976,498) = 37,480,072.
    CHECK(formula(lines, "training memory")
          == "b \u00d7 (2 \u00d7 N \u00d7 A + m \u00d7 P) = 4 B \u00d7 (2 \u00d7 1 \u00d7 1,696,760 + 3 "
             "\u00d7 1,992,166) = 37,480,072 B (35.7 MiB)");
    // The peak: nin1's second conv writes while its first conv's output lives,
    // 2 · 96·54·54 = 559,872.
    const std::string peak = formula(lines, "inference peak");
    CHECK(peak.find("nin1") != std::string::npos);
    CHECK(peak.substr(peak.size() - 9) == "= 559,872");
}

TEST_CASE("an invalid layer gets its error, not formulas", "[formula]")
{
    cd::Conv2d conv;
    conv.kernel = cd::Pair::square(11);
    const Lines lines = single(conv, 1, 8);
    REQUIRE(lines.size() == 1);
    CHECK(lines[0].title == "not computed");
    CHECK(lines[0].formula.find("11") != std::string::npos);
}
