// The cell texts every table shares (report/cells.h) and CSV's field quoting (csv_table.h).

#include "report/cells.h"
#include "report/csv_table.h"

#include <catch2/catch.hpp>

TEST_CASE("discardedText names rows and columns in the singular or plural")
{
    cd::LayerReport layer;
    CHECK(cd::discardedText(layer).empty());
    layer.discardedRows = {223};
    layer.discardedCols = {223};
    CHECK(cd::discardedText(layer) == "row 223, col 223");
    layer.discardedCols.clear();
    layer.discardedRows = {17, 18, 19};
    CHECK(cd::discardedText(layer) == "rows 17-19");
    layer.coverageKnown = false;
    CHECK(cd::discardedText(layer).rfind("not analysed", 0) == 0);
}

TEST_CASE("discardedSummary summarises each list and joins rows and columns")
{
    cd::LayerReport layer;
    CHECK(cd::discardedSummary(layer, "\n").empty());
    layer.discardedRows = {2, 5, 8, 11, 14, 17};
    layer.discardedCols = {4};
    CHECK(cd::discardedSummary(layer, "\n") == "rows 2, 5, \u2026, 17 (6 rows, every 3rd)\ncol 4");
    layer.discardedRows.clear();
    CHECK(cd::discardedSummary(layer, "\n") == "col 4");
    layer.coverageKnown = false;
    CHECK(cd::discardedSummary(layer, "\n").rfind("not analysed", 0) == 0);
}

TEST_CASE("CSV text fields follow RFC 4180 and never start a spreadsheet formula")
{
    CHECK(cd::csvTextField("conv1") == "conv1");
    CHECK(cd::csvTextField("conv, \"first\"") == "\"conv, \"\"first\"\"\"");
    CHECK(cd::csvTextField("a\nb") == "\"a\nb\"");
    CHECK(cd::csvTextField("=SUM(A1)") == "'=SUM(A1)");
    CHECK(cd::csvTextField("+1") == "'+1");
    CHECK(cd::csvTextField("-1") == "'-1");
    CHECK(cd::csvTextField("@x") == "'@x");
    CHECK(cd::csvTextField("=a,b") == "\"'=a,b\"");
}

// Issue 9: a spreadsheet also runs a formula after a leading tab or carriage return, and control
// bytes in a name reached the file raw (an escape sequence reaches the terminal that cats it).
TEST_CASE("CSV defuses a leading tab or CR and shows control characters", "[csv]")
{
    CHECK(cd::csvTextField("\t=1+1") == "'\t=1+1");
    CHECK(cd::csvTextField("\r=1+1") == "\"'\r=1+1\"");
    CHECK(cd::csvTextField("a\tb") == "a\tb"); // inside a field a tab is only a tab
    CHECK(cd::csvTextField(std::string("a\0b", 3)) == "a\u2400b");
    CHECK(cd::csvTextField("\x1b[31mred") == "\u241b[31mred");
    CHECK(cd::csvTextField("del\x7f") == "del\u2421");
    CHECK(cd::csvTextField("c1 \xc2\x9b"
                           "2J")
          == "c1 \ufffd2J"); // U+009B, a terminal's CSI
}
