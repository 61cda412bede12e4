// Padding "same" resolved as arithmetic.md says: total d·(k−1), left = total / 2, right the rest.

#include "same_padding.h"

#include <catch2/catch.hpp>

TEST_CASE("samePaddingSplit puts the smaller half first", "[same_padding]")
{
    using cd::PaddingSplit;
    CHECK(cd::samePaddingSplit(5, 1) == PaddingSplit{2, 2}); // total 4
    CHECK(cd::samePaddingSplit(4, 1) == PaddingSplit{1, 2}); // total 3
    CHECK(cd::samePaddingSplit(3, 2) == PaddingSplit{2, 2}); // total 2·2 = 4
    CHECK(cd::samePaddingSplit(4, 3) == PaddingSplit{4, 5}); // total 3·3 = 9
    CHECK(cd::samePaddingSplit(1, 1) == PaddingSplit{0, 0});
    CHECK(!cd::samePaddingSplit(0, 1));
    CHECK(!cd::samePaddingSplit(3, 0));
}

TEST_CASE("samePaddingText says what each side gets", "[same_padding]")
{
    CHECK(cd::samePaddingText({5, 5}, {1, 1}) == "same: 2\u00d72");
    CHECK(cd::samePaddingText({4, 4}, {1, 1}) == "same: 1 top/left, 2 bottom/right");
    // Rows 4 → 1 and 2; columns 3 → 1 and 1.
    CHECK(cd::samePaddingText({4, 3}, {1, 1}) == "same: 1\u00d71 top/left, 2\u00d71 bottom/right");
    CHECK(cd::samePaddingText({1, 1}, {1, 1}) == "same: 0\u00d70");
    CHECK(cd::samePaddingText({0, 3}, {1, 1}).empty());
}
