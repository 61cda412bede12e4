// Summaries of ascending indices (index_summary.h), each expectation spelled out by hand.

#include "index_summary.h"

#include <catch2/catch.hpp>

namespace {

using Indices = std::vector<std::int64_t>;

// first, first + step, … : `count` values.
Indices progression(std::int64_t first, std::int64_t step, int count)
{
    Indices values;
    for (int i = 0; i < count; ++i)
        values.push_back(first + step * i);
    return values;
}

std::string rows(const Indices &values)
{
    return cd::indexSummary("row", "rows", values);
}

} // namespace

TEST_CASE("indexSummary lists few runs whole", "[index_summary]")
{
    CHECK(rows({}).empty());
    CHECK(rows({7}) == "row 7");
    CHECK(cd::indexSummary("col", "cols", {4}) == "col 4");
    CHECK(rows({0, 1, 2, 3}) == "rows 0\u20133");
    CHECK(rows({2, 5, 8}) == "rows 2, 5, 8");
    CHECK(rows({0, 1, 2, 3, 7, 9, 10}) == "rows 0\u20133, 7, 9\u201310");
    // Four single values are still few: no pattern is named for them.
    CHECK(rows({1, 3, 5, 7}) == "rows 1, 3, 5, 7");
}

TEST_CASE("indexSummary names an evenly spaced list by its ends and step", "[index_summary]")
{
    // NiN's pool1 with kernel 2, stride 3 on 54 rows: windows read 0–1, 3–4, …, 51–52, and
    // rows 2, 5, …, 53 are left: 2 + 3·17 = 53, so 18 of them.
    CHECK(rows(progression(2, 3, 18)) == "rows 2, 5, \u2026, 53 (18 rows, every 3rd)");
    CHECK(rows(progression(1, 2, 6)) == "rows 1, 3, \u2026, 11 (6 rows, every 2nd)");
    CHECK(rows(progression(0, 21, 5)) == "rows 0, 21, \u2026, 84 (5 rows, every 21st)");
}

TEST_CASE("indexSummary keeps one or two values after the even part", "[index_summary]")
{
    Indices one = progression(2, 3, 17); // 2 … 50
    one.push_back(52);
    CHECK(rows(one) == "rows 2, 5, \u2026, 50 (17 rows, every 3rd) and 52");
    Indices two = one;
    two.push_back(53);
    CHECK(rows(two) == "rows 2, 5, \u2026, 50 (17 rows, every 3rd), 52 and 53");
}

TEST_CASE("indexSummary counts a list with no pattern", "[index_summary]")
{
    // Runs 0–3, 7, 9–12, 20, 30: 4 + 1 + 4 + 1 + 1 = 11 rows in 5 runs.
    CHECK(rows({0, 1, 2, 3, 7, 9, 10, 11, 12, 20, 30})
          == "rows 0\u20133, 7, 9\u201312, \u2026, 30 (11 rows in 5 runs)");
    // Even for a while, then three more values: too many to add with "and".
    Indices uneven = progression(0, 2, 5); // 0 2 4 6 8
    uneven.insert(uneven.end(), {9, 11, 20});
    CHECK(rows(uneven) == "rows 0, 2, 4, \u2026, 20 (8 rows in 7 runs)");
}

TEST_CASE("ordinalText", "[index_summary]")
{
    CHECK(cd::ordinalText(2) == "2nd");
    CHECK(cd::ordinalText(3) == "3rd");
    CHECK(cd::ordinalText(4) == "4th");
    CHECK(cd::ordinalText(11) == "11th");
    CHECK(cd::ordinalText(12) == "12th");
    CHECK(cd::ordinalText(13) == "13th");
    CHECK(cd::ordinalText(21) == "21st");
    CHECK(cd::ordinalText(102) == "102nd");
    CHECK(cd::ordinalText(111) == "111th");
}
