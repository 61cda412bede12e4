// The layer table's column description (report/layer_columns.h): which outputs show which
// columns, in the order the CSV header and the documents promise.

#include "report/layer_columns.h"

#include <catch2/catch.hpp>

namespace {

std::vector<std::string> keys(cd::TableOutput output)
{
    std::vector<std::string> out;
    for (const cd::LayerColumn *column : cd::columnsFor(output))
        out.emplace_back(column->key);
    return out;
}

} // namespace

TEST_CASE("each output shows its own columns from the one description")
{
    using K = std::vector<std::string>;
    CHECK(keys(cd::TableOutput::Csv)
          == K{"index", "name", "type", "inputs", "block", "output", "weights", "biases", "params", "activations",
               "activation_bytes", "saved_bytes", "macs", "receptive_field", "jump", "discarded_rows",
               "discarded_cols", "error"});
    const K document = {"index",  "name",        "type", "inputs",          "block",    "output",
                        "weights", "biases", "activations", "saved_bytes", "macs", "receptive_field", "discarded"};
    CHECK(keys(cd::TableOutput::Document) == document);
    CHECK(keys(cd::TableOutput::Terminal) == document);
    CHECK(keys(cd::TableOutput::Gui)
          == K{"index", "name", "type", "inputs", "block", "output", "weights", "biases", "params", "activations",
               "activation_bytes", "macs", "receptive_field", "discarded"});
}

TEST_CASE("a cell value is spelled per output")
{
    const cd::cell::Spelling csv{.times = "x", .grouped = false};
    const cd::cell::Spelling terminal{.nothing = "-"};
    CHECK(cd::cell::text(cd::cell::Count{1234567}, csv) == "1234567");
    CHECK(cd::cell::text(cd::cell::Count{1234567}, terminal) == "1,234,567");
    CHECK(cd::cell::text(cd::cell::Pair{11, 7}, csv) == "11x7");
    CHECK(cd::cell::text(cd::cell::Nothing{}, terminal) == "-");
    CHECK(cd::cell::text(cd::cell::Beyond{}, csv).empty());
    CHECK(cd::cell::isNumber(cd::cell::Bytes{512}));
    CHECK_FALSE(cd::cell::isNumber(std::string("512")));
}
