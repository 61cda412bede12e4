// The arithmetic line of the visualiser (window_explanation.h), checked against the numbers a
// student works out by hand.

#include "window_explanation.h"

#include <catch2/catch.hpp>

#include <variant>

namespace {

cd::Window1D slide(std::int64_t n, cd::WindowSpec spec)
{
    auto result = cd::slideWindows(n, spec, "height");
    REQUIRE(std::holds_alternative<cd::Window1D>(result));
    return std::get<cd::Window1D>(result);
}

} // namespace

TEST_CASE("NiN's first conv: one real row past the last window")
{
    const cd::Window1D w = slide(224, {11, 4, 0, 0, 1, false, false});
    CHECK(cd::explainWindows(w, "row")
          == "(224 + 2\u00b70 \u2212 11) / 4 = 53.25 \u2192 53 full steps \u2192 54 outputs; "
             "1 cell past the last window, 0 of them padding \u2192 1 real row lost (row 223)");
}

TEST_CASE("padding absorbs the remainder: nothing real lost")
{
    // 10 + 2·1 − 3 = 9, stride 2: 4 steps, the last window reads 8..10, cell 11 (the right
    // padding) is past it.
    const cd::Window1D w = slide(10, {3, 2, 1, 1, 1, false, false});
    CHECK(cd::explainWindows(w, "row")
          == "(10 + 2\u00b71 \u2212 3) / 2 = 4.5 \u2192 4 full steps \u2192 5 outputs; "
             "1 cell past the last window, padding \u2192 nothing real lost");
}

TEST_CASE("an exact fit says nothing is past the last window")
{
    const cd::Window1D w = slide(32, {3, 1, 1, 1, 1, false, false});
    CHECK(cd::explainWindows(w, "column")
          == "(32 + 2\u00b71 \u2212 3) / 1 = 31 \u2192 31 full steps \u2192 32 outputs; "
             "the last window ends at the edge: nothing is past it");
}

TEST_CASE("stride larger than the kernel names the rows skipped between windows")
{
    // n 20, k 2, s 5: windows read 0-1, 5-6, 10-11, 15-16; 12 rows never read, none trailing.
    const cd::Window1D w = slide(20, {2, 5, 0, 0, 1, false, false});
    CHECK(cd::explainWindows(w, "row")
          == "(20 + 2\u00b70 \u2212 2) / 5 = 3.6 \u2192 3 full steps \u2192 4 outputs; "
             "3 cells past the last window, 0 of them padding \u2192 3 real rows lost "
             "(rows 17-19); 9 rows between windows never read (stride 5 > kernel 2)");
}

TEST_CASE("ceil mode's last window hangs past the padded input")
{
    // n 5, k 2, s 2: (5 − 2)/2 = 1.5 → ceil 2 steps → 3 outputs; window 2 covers 4..5.
    const cd::Window1D w = slide(5, {2, 2, 0, 0, 1, true, true});
    CHECK(cd::explainWindows(w, "row")
          == "(5 + 2\u00b70 \u2212 2) / 2 = 1.5 \u2192 ceil mode: 2 steps \u2192 3 outputs; "
             "the last window hangs 1 cell past the padded input (implicit padding)");
}

TEST_CASE("kernel 1 with dilation 2^40 explains like kernel 1 (issue 9: it aborted)")
{
    cd::WindowSpec spec;
    spec.stride = 2;
    spec.dilation = std::int64_t{1} << 40;
    const std::string text = cd::explainWindows(slide(8, spec), "row");
    CHECK(text.find("4 outputs") != std::string::npos);
    CHECK(text.find("1 real row lost (row 7)") != std::string::npos);
    CHECK(text.find("3 rows between windows never read") != std::string::npos);
}

TEST_CASE("a dimension too large to walk is explained without the gaps clause")
{
    cd::WindowSpec spec;
    spec.kernel = 3;
    spec.stride = 4;
    const std::string text = cd::explainWindows(slide(std::int64_t{1} << 40, spec), "row");
    CHECK(text.find("outputs") != std::string::npos);
    CHECK(text.find("between windows") == std::string::npos);
}

TEST_CASE("the Layer View's lines: one when both dimensions agree, else rows and columns")
{
    const cd::Window1D rows = slide(224, {11, 4, 0, 0, 1, false, false});
    CHECK(cd::windowArithmeticLines({rows, rows})
          == std::vector<std::string>{"rows and columns: " + cd::explainWindows(rows, "row")});
    // 7 wide, kernel 3, stride 2: (7 − 3)/2 = 2, exact, nothing lost.
    const cd::Window1D cols = slide(7, {3, 2, 0, 0, 1, false, false});
    const std::vector<std::string> lines = cd::windowArithmeticLines({rows, cols});
    REQUIRE(lines.size() == 2);
    CHECK(lines[0] == "rows: " + cd::explainWindows(rows, "row"));
    CHECK(lines[1]
          == "columns: (7 + 2\u00b70 \u2212 3) / 2 = 2 \u2192 2 full steps \u2192 3 "
             "outputs; the last window ends at the edge: nothing is past it");
}
