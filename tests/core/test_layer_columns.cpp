// The layer table's column description (report/layer_columns.h): which outputs show which
// columns, in the order the CSV header and the documents promise.

#include "report/layer_columns.h"

#include <catch2/catch.hpp>

#include <algorithm>

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
               "activation_bytes", "saved_bytes", "macs", "receptive_field", "discarded"});
}

TEST_CASE("every column says what it counts and why")
{
    for (const cd::LayerColumn &column : cd::layerColumns()) {
        INFO(column.key);
        CHECK_FALSE(column.toolTip.empty());
    }
    const auto activations = std::find_if(cd::layerColumns().begin(), cd::layerColumns().end(),
                                          [](const cd::LayerColumn &c) { return c.key == "activations"; });
    REQUIRE(activations != cd::layerColumns().end());
    // What is counted, where the rule is, and why ReLU is not in the sum (arithmetic.md §4).
    CHECK(activations->toolTip.find("backward pass") != std::string_view::npos);
    CHECK(activations->toolTip.find("\u00a74") != std::string_view::npos);
    CHECK(activations->toolTip.find("ReLU keeps none") != std::string_view::npos);
    CHECK(activations->toolTip.find("in place") != std::string_view::npos);
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
