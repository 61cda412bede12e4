// UsedRegion (used_region.h): the used positions of one tensor in the input-coverage walk. A
// union stays a cheap product of rows × columns only when that is exact; otherwise it must
// become a grid with exactly the cells of both parts, or the coverage of branching networks
// would count pixels that no branch reads. Cell counts are worked out by hand.

#include "used_region.h"

#include <catch2/catch.hpp>

#include <cstdint>
#include <initializer_list>
#include <string>
#include <variant>

namespace {

cd::PositionMask mask(std::initializer_list<int> flags)
{
    cd::PositionMask m(static_cast<Eigen::Index>(flags.size()));
    Eigen::Index i = 0;
    for (int flag : flags)
        m[i++] = flag != 0;
    return m;
}

bool same(const cd::PositionMask &a, const cd::PositionMask &b)
{
    return a.size() == b.size() && (a == b).all();
}

cd::UsedRegion product(std::initializer_list<int> rows, std::initializer_list<int> cols)
{
    return cd::UsedRegion::product(mask(rows), mask(cols));
}

cd::Window1D window(std::int64_t input, std::int64_t kernel, std::int64_t stride)
{
    const cd::WindowSpec spec{.kernel = kernel, .stride = stride};
    auto result = cd::slideWindows(input, spec, "height");
    REQUIRE(std::holds_alternative<cd::Window1D>(result));
    return std::get<cd::Window1D>(result);
}

} // namespace

TEST_CASE("unite keeps a product when the union is one, else makes an exact grid", "[used_region]")
{
    struct Row
    {
        const char *what;
        cd::UsedRegion a, b;
        bool product; // the union is still a product
        std::int64_t cells;
        cd::PositionMask usedRows, usedCols;
    };
    // clang-format off
    auto r = GENERATE(values<Row>({
        // Equal rows {0, 2}: cols {0} ∪ {1} = {0, 1}; 2·2 = 4 cells.
        {"equal rows", product({1, 0, 1}, {1, 0, 0}), product({1, 0, 1}, {0, 1, 0}),
         true, 4, mask({1, 0, 1}), mask({1, 1, 0})},
        // Equal cols {1}: rows {0} ∪ {2}; 2·1 = 2.
        {"equal columns", product({1, 0, 0}, {0, 1, 0}), product({0, 0, 1}, {0, 1, 0}),
         true, 2, mask({1, 0, 1}), mask({0, 1, 0})},
        // {0,1}×{0,1} contains {0}×{1}: the larger, 4 cells.
        {"this contains the other", product({1, 1, 0}, {1, 1, 0}), product({1, 0, 0}, {0, 1, 0}),
         true, 4, mask({1, 1, 0}), mask({1, 1, 0})},
        {"the other contains this", product({0, 1, 0}, {0, 0, 1}), product({1, 1, 1}, {0, 1, 1}),
         true, 6, mask({1, 1, 1}), mask({0, 1, 1})},
        // A row {0} × all 3 cols and all 3 rows × col {0}: an L of 3 + 3 − 1 = 5 cells, though
        // every row and every column holds a used cell (a product would say 9).
        {"a cross is no product", product({1, 0, 0}, {1, 1, 1}), product({1, 1, 1}, {1, 0, 0}),
         false, 5, mask({1, 1, 1}), mask({1, 1, 1})},
        // (0,0) and (2,2): 2 cells, not the 4 of {0,2}×{0,2}.
        {"two disjoint corners", product({1, 0, 0}, {1, 0, 0}), product({0, 0, 1}, {0, 0, 1}),
         false, 2, mask({1, 0, 1}), mask({1, 0, 1})},
        // Rows: a ⊇ b; cols: b ⊇ a; neither contains the other: {0,1}×{0} ∪ {0}×{0,1} = 3.
        {"containment in one dimension each way", product({1, 1, 0}, {1, 0, 0}),
         product({1, 0, 0}, {1, 1, 0}), false, 3, mask({1, 1, 0}), mask({1, 1, 0})},
        // An empty part (rows but no columns) adds nothing, whichever side it is on.
        {"empty other", product({1, 1, 0}, {0, 1, 0}), product({1, 1, 1}, {0, 0, 0}),
         true, 2, mask({1, 1, 0}), mask({0, 1, 0})},
        {"empty this", product({0, 0, 0}, {1, 1, 1}), product({0, 0, 1}, {1, 0, 1}),
         true, 2, mask({0, 0, 1}), mask({1, 0, 1})},
    }));
    // clang-format on
    INFO(r.what);
    cd::UsedRegion u = r.a;
    REQUIRE(u.unite(r.b));
    CHECK(u.isProduct() == r.product);
    CHECK(u.height() == 3);
    CHECK(u.width() == 3);
    CHECK(u.usedCount() == r.cells);
    CHECK(same(u.usedRows(), r.usedRows));
    CHECK(same(u.usedCols(), r.usedCols));
    CHECK_FALSE(u.isEmpty());

    SECTION("the other order gives the same cells")
    {
        cd::UsedRegion v = r.b;
        REQUIRE(v.unite(r.a));
        CHECK(v.usedCount() == r.cells);
        CHECK(same(v.usedRows(), r.usedRows));
        CHECK(same(v.usedCols(), r.usedCols));
    }
}

TEST_CASE("a grid unites with a product cell by cell", "[used_region]")
{
    // The cross {0}×all ∪ all×{0} (5 cells) and then {1,2}×{1,2} (4, disjoint): 9 = all.
    cd::UsedRegion u = product({1, 0, 0}, {1, 1, 1});
    REQUIRE(u.unite(product({1, 1, 1}, {1, 0, 0})));
    REQUIRE_FALSE(u.isProduct());
    REQUIRE(u.unite(product({0, 1, 1}, {0, 1, 1})));
    CHECK(u.usedCount() == 9);
    // And a product already inside the grid adds nothing.
    cd::UsedRegion v = product({1, 0, 0}, {1, 1, 1});
    REQUIRE(v.unite(product({1, 1, 1}, {1, 0, 0})));
    REQUIRE(v.unite(product({1, 0, 0}, {0, 1, 0})));
    CHECK(v.usedCount() == 5);
}

TEST_CASE("a product without used columns has no used rows", "[used_region]")
{
    // Rows {0, 1} are marked but no column is: no pixel is used, so no row is either (§7:
    // when nothing reaches the output, every row and every column is unused).
    const cd::UsedRegion noCols = product({1, 1, 0}, {0, 0, 0, 0});
    CHECK(noCols.isEmpty());
    CHECK(noCols.usedCount() == 0);
    CHECK(same(noCols.usedRows(), mask({0, 0, 0})));
    CHECK(same(noCols.usedCols(), mask({0, 0, 0, 0})));

    const cd::UsedRegion noRows = product({0, 0, 0}, {1, 0, 1, 0});
    CHECK(noRows.isEmpty());
    CHECK(same(noRows.usedRows(), mask({0, 0, 0})));
    CHECK(same(noRows.usedCols(), mask({0, 0, 0, 0})));

    const cd::UsedRegion all = cd::UsedRegion::everything(2, 5);
    CHECK(all.usedCount() == 10);
    CHECK(same(all.usedRows(), mask({1, 1})));
}

TEST_CASE("mapped takes a grid back through a stride-2 window", "[used_region]")
{
    // Output 2×2 with (0,0) and (1,1) used. The window: kernel 3, stride 2 on 5 positions:
    // output 0 reads 0..2, output 1 reads 2..4. So (0,0) uses rows/cols 0..2 (9 cells) and
    // (1,1) uses 2..4 (9 cells); they share (2,2): 17 of 25, though every row and column is
    // used. A product would claim all 25.
    cd::UsedRegion diagonal = product({1, 0}, {1, 0});
    REQUIRE(diagonal.unite(product({0, 1}, {0, 1})));
    REQUIRE_FALSE(diagonal.isProduct());
    REQUIRE(diagonal.usedCount() == 2);

    const cd::Window1D w = window(5, 3, 2);
    REQUIRE(w.output == 2);
    const auto through = [&w](const cd::PositionMask &m) {
        return cd::usedInputs(w, m);
    };
    const cd::UsedRegion input = diagonal.mapped(through, through);
    CHECK(input.height() == 5);
    CHECK(input.width() == 5);
    CHECK_FALSE(input.isProduct());
    CHECK(input.usedCount() == 17);
    CHECK(same(input.usedRows(), mask({1, 1, 1, 1, 1})));
    CHECK(same(input.usedCols(), mask({1, 1, 1, 1, 1})));

    SECTION("rows and columns map separately: a 2×3 grid through different windows")
    {
        // Output 2×3 with (0,2) and (1,0) used. Rows: kernel 1 stride 2 on 3 (output 0 → 0,
        // output 1 → 2); cols: kernel 2 stride 2 on 6 (output j → 2j, 2j+1).
        // (0,2) → row 0 × cols 4,5; (1,0) → row 2 × cols 0,1: 4 cells of 3×6.
        cd::UsedRegion corners = product({1, 0}, {0, 0, 1});
        REQUIRE(corners.unite(product({0, 1}, {1, 0, 0})));
        const cd::Window1D rows = window(3, 1, 2);
        const cd::Window1D cols = window(6, 2, 2);
        const cd::UsedRegion mappedCorners = corners.mapped(
            [&rows](const cd::PositionMask &m) { return cd::usedInputs(rows, m); },
            [&cols](const cd::PositionMask &m) { return cd::usedInputs(cols, m); });
        CHECK(mappedCorners.height() == 3);
        CHECK(mappedCorners.width() == 6);
        CHECK(mappedCorners.usedCount() == 4);
        CHECK(same(mappedCorners.usedRows(), mask({1, 0, 1})));
        CHECK(same(mappedCorners.usedCols(), mask({1, 1, 0, 0, 1, 1})));
    }

    SECTION("a product maps to the product of the mapped rows and columns")
    {
        // rows {1} → 2..4; cols {0} → 0..2: 3·3 = 9.
        const cd::UsedRegion p = product({0, 1}, {1, 0}).mapped(through, through);
        CHECK(p.isProduct());
        CHECK(p.usedCount() == 9);
        CHECK(same(p.usedRows(), mask({0, 0, 1, 1, 1})));
        CHECK(same(p.usedCols(), mask({1, 1, 1, 0, 0})));
    }
}
