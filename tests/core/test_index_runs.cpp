// Grouping ascending indices into runs (index_runs.h), with expectations worked out by hand.

#include "index_runs.h"

#include <catch2/catch.hpp>

using cd::IndexRun;

TEST_CASE("indexRuns groups consecutive indices")
{
    using Indices = std::vector<std::int64_t>;
    using Runs = std::vector<IndexRun>;
    const auto [indices, runs] = GENERATE(table<Indices, Runs>({
        {{}, {}},
        {{223}, {{223, 223}}},
        {{0}, {{0, 0}}},
        {{219, 220, 221, 222, 223}, {{219, 223}}},
        {{219, 220, 221, 223}, {{219, 221}, {223, 223}}},
        {{1, 3, 5}, {{1, 1}, {3, 3}, {5, 5}}},
        {{2, 3, 4, 7, 8, 9, 12}, {{2, 4}, {7, 9}, {12, 12}}},
        {{-2, -1, 0, 1}, {{-2, 1}}},
    }));
    CAPTURE(indices);
    CHECK(cd::indexRuns(indices) == runs);
}

TEST_CASE("runText spells one run with the given dash")
{
    CHECK(cd::runText({223, 223}) == "223");
    CHECK(cd::runText({219, 223}) == "219-223");
    CHECK(cd::runText({3, 4}, "\u2013") == "3\u20134");
}

TEST_CASE("runsText joins runs with the given separator")
{
    CHECK(cd::runsText({}).empty());
    CHECK(cd::runsText({{223, 223}}) == "223");
    CHECK(cd::runsText({{2, 4}, {7, 9}, {12, 12}}) == "2-4 7-9 12");
    CHECK(cd::runsText({{0, 1}, {5, 5}, {219, 220}}, "\u2013", ", ")
          == "0\u20131, 5, 219\u2013220");
}
