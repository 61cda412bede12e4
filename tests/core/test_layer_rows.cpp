// The layer table's rows (report/layer_rows.h): block subtotals after a block's last layer,
// like a nin_block's rows, in the outputs that carry totals.

#include "report/layer_rows.h"

#include <catch2/catch.hpp>

namespace {

using Kind = cd::LayerTableRow::Kind;

// input 1×4×4 → conv 3×3 pad 1 to 2 channels (18 + 2 params, 2·16·9 = 288 MACs) and relu in
// block "stem"; then a 1×1 conv to 3 channels (6 + 3, 3·16·2 = 96 MACs) outside any block.
cd::Analysis blockNetwork()
{
    cd::Network net;
    net.input = {1, 4, 4};
    net.add(cd::Conv2d{.outChannels = 2, .padding = cd::Pair::square(1)}, {cd::Network::inputId},
            {}, "stem");
    net.add(cd::ReLU{}, {net.layers.back().id}, {}, "stem");
    net.append(cd::Conv2d{.outChannels = 3, .kernel = cd::Pair::square(1)});
    return cd::analyze(net);
}

std::vector<Kind> kinds(const std::vector<cd::LayerTableRow> &rows)
{
    std::vector<Kind> result;
    for (const cd::LayerTableRow &row : rows)
        result.push_back(row.kind);
    return result;
}

std::string cellText(const cd::LayerTableRow &row, cd::TableOutput output, std::string_view key)
{
    const std::vector<const cd::LayerColumn *> columns = cd::columnsFor(output);
    for (std::size_t c = 0; c < columns.size(); ++c) {
        if (columns[c]->key == key)
            return cd::cell::text(row.cells[c], cd::cell::Spelling{});
    }
    return "<no column>";
}

} // namespace

TEST_CASE("a block's subtotal follows its last layer in documents and the terminal")
{
    const cd::Analysis analysis = blockNetwork();
    REQUIRE(analysis.valid());
    const auto document = cd::layerTableRows(analysis, cd::TableOutput::Document);
    CHECK(kinds(document)
          == std::vector<Kind>{Kind::Layer, Kind::Layer, Kind::BlockTotals, Kind::Layer,
                               Kind::Totals});
    const cd::LayerTableRow &stem = document[2];
    CHECK(cellText(stem, cd::TableOutput::Document, "name") == "stem (block)");
    CHECK(cellText(stem, cd::TableOutput::Document, "weights") == "18");
    CHECK(cellText(stem, cd::TableOutput::Document, "biases") == "2");
    CHECK(cellText(stem, cd::TableOutput::Document, "macs") == "288");
    // The conv's output 2·16 is kept; the relu keeps nothing.
    CHECK(cellText(stem, cd::TableOutput::Document, "activations") == "32");
    CHECK(cellText(document[4], cd::TableOutput::Document, "weights") == "24");
    // Autograd (arithmetic.md §8): the conv keeps the input, 16 · 4 B, the relu its output,
    // 2·16 · 4 B; the last conv reads the relu's tensor, already counted.
    CHECK(cellText(stem, cd::TableOutput::Document, "saved_bytes") == "192 B");
    CHECK(cellText(document[3], cd::TableOutput::Document, "saved_bytes") == "0 B");
    CHECK(cellText(document[4], cd::TableOutput::Document, "saved_bytes") == "192 B");

    const auto terminal = cd::layerTableRows(analysis, cd::TableOutput::Terminal);
    CHECK(kinds(terminal)
          == std::vector<Kind>{Kind::Input, Kind::Layer, Kind::Layer, Kind::BlockTotals,
                               Kind::Layer, Kind::Totals});
}

TEST_CASE("the CSV keeps one row per layer, with the block named in its column")
{
    const cd::Analysis analysis = blockNetwork();
    const auto csv = cd::layerTableRows(analysis, cd::TableOutput::Csv);
    CHECK(kinds(csv) == std::vector<Kind>{Kind::Layer, Kind::Layer, Kind::Layer});
    CHECK(cellText(csv[0], cd::TableOutput::Csv, "block") == "stem");
    CHECK(cellText(csv[2], cd::TableOutput::Csv, "block").empty());
    CHECK(cellText(csv[1], cd::TableOutput::Csv, "inputs") == "conv2d_0");
    CHECK(cellText(csv[0], cd::TableOutput::Csv, "inputs") == "input");
}

TEST_CASE("a block with a failed layer has no subtotal figures")
{
    cd::Network net;
    net.input = {1, 2, 2};
    net.add(cd::Conv2d{.outChannels = 2, .kernel = cd::Pair::square(5)}, {cd::Network::inputId}, {},
            "stem"); // kernel 5 on a 2×2 map: invalid
    const auto rows = cd::layerTableRows(cd::analyze(net), cd::TableOutput::Terminal);
    REQUIRE(rows.size() == 3); // input, the conv, the block; no totals for an invalid network
    CHECK(rows[2].kind == Kind::BlockTotals);
    CHECK(rows[2].status == cd::LayerStatus::Invalid);
    CHECK(cellText(rows[2], cd::TableOutput::Terminal, "weights").empty());
}
