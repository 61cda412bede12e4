// The terminal table (report/text_table.h): what keeps it readable and its size linear in the
// network whatever a file holds.

#include "format.h"
#include "report/text_table.h"

#include <catch2/catch.hpp>

#include <sstream>

namespace {

std::size_t widestLine(const std::string &text)
{
    std::istringstream lines(text);
    std::size_t widest = 0;
    for (std::string line; std::getline(lines, line);)
        widest = std::max(widest, cd::displayWidth(line));
    return widest;
}

} // namespace

// Issue 9: one concat of 2,000 branches has an inputs cell of 14,000 characters, and every
// row of the table was padded to it: quadratic output.
TEST_CASE("a cell wider than a terminal is elided, so no row is padded to it", "[text_table]")
{
    cd::Network net;
    net.input = {1, 4, 4};
    std::vector<cd::LayerId> branches;
    for (int i = 0; i < 2000; ++i)
        branches.push_back(
            net.add(cd::ReLU{}, {cd::Network::inputId}, "branch" + std::to_string(i)));
    net.add(cd::Concat{}, branches, "joined");
    const std::string table = cd::textReport(cd::analyze(net));
    CHECK(table.size() < 2000 * 400);
    CHECK(table.find("branch0+branch1+") != std::string::npos);
    CHECK(table.find("+branch1999") != std::string::npos);
    CHECK(table.find("\u2026") != std::string::npos); // …
    // The rows of the table (between the first two blank lines) are bounded; the peak line
    // below lists every tensor alive at the peak, which is linear already.
    const std::size_t start = table.find("\n\n") + 2;
    const std::string rows = table.substr(start, table.find("\n\n", start) - start);
    CHECK(rows.find("joined") != std::string::npos);
    CHECK(widestLine(rows) < 400);
}
