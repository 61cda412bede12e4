// The reader's side of version 2 (network-format.md §3): how `inputs` names resolve to ids,
// and the exact message for each file that is not a network (v2 keys or types in a version-1
// file, unknown or later names, names that are not unique, split blocks, ill-typed inputs).
// Counts of inputs are the analysis's business, so a file with an empty list must read.

#include "analysis.h"
#include "io/network_reader.h"
#include "reader_cases.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace cd;
using cd::io::readNetwork;
using namespace cd::io::test;

namespace {

// A file of `version` with input 1×8×8 whose layers are `layers` (the inside of the array).
QByteArray file(int version, const std::string &layers)
{
    return QByteArray(R"({"format": "convdesigner-network", "version": )")
           + QByteArray::number(version) + R"(,
"input": {"channels": 1, "height": 8, "width": 8},
"layers": [)"
           + QByteArray::fromStdString(layers) + "]}";
}


const char *conv = R"({"type": "conv2d", "out_channels": 2, "kernel": 1)";

std::string layer(const std::string &rest)
{
    return std::string(conv) + rest + "}";
}

} // namespace

TEST_CASE("version-2 keys and types in a version-1 file say they need version 2", "[reader]")
{
    const std::string needs = " need version 2 of the format (set \"version\": 2)";
    checkCase(GENERATE_COPY(values<Case>({
        {"inputs", file(1, layer("") + R"(, {"type": "relu", "inputs": ["conv2d_0"]})"),
         "layers[1] (relu): \"inputs\" and \"block\"" + needs},
        // Even inputs that equal the default: the key itself is version 2.
        {"inputs of the first layer", file(1, layer(R"(, "inputs": ["input"])")),
         "layers[0] (conv2d): \"inputs\" and \"block\"" + needs},
        {"block", file(1, layer(R"(, "block": "stem")")),
         "layers[0] (conv2d): \"inputs\" and \"block\"" + needs},
        {"sigmoid", file(1, layer("") + R"(, {"type": "sigmoid"})"),
         "layers[1] (sigmoid): this layer type needs version 2 of the format "
         "(set \"version\": 2)"},
        {"add", file(1, R"({"type": "add"})"),
         "layers[0] (add): this layer type needs version 2 of the format (set \"version\": 2)"},
    })));
}

TEST_CASE("inputs that name no earlier layer are refused with the layer and the name", "[reader]")
{
    checkCase(GENERATE(values<Case>({
        {"unknown name", file(2, layer("") + R"(, {"type": "relu", "inputs": ["conv1"]})"),
         R"(layers[1] (relu): inputs: no layer is named "conv1")"},
        // "Input" is not "input": names are case-sensitive.
        {"input in the wrong case", file(2, layer(R"(, "inputs": ["Input"])")),
         R"(layers[0] (conv2d): inputs: no layer is named "Input")"},
        {"a later layer",
         file(2, layer(R"(, "inputs": ["r"])") + R"(, {"type": "relu", "name": "r"})"),
         R"(layers[0] (conv2d): inputs: "r" is layers[1], not an earlier layer; a layer reads only layers before it)"},
        {"a later layer by its derived name",
         file(2, layer(R"(, "inputs": ["relu_1"])") + R"(, {"type": "relu"})"),
         R"(layers[0] (conv2d): inputs: "relu_1" is layers[1], not an earlier layer; a layer reads only layers before it)"},
        {"itself", file(2, layer("") + R"(, {"type": "relu", "name": "r", "inputs": ["r"]})"),
         R"(layers[1] (relu): inputs: "r" is layers[1], not an earlier layer; a layer reads only layers before it)"},
    })));
}

TEST_CASE("names in a version-2 file are unique and never \"input\"", "[reader]")
{
    checkCase(GENERATE(values<Case>({
        {"two explicit names",
         file(2, layer(R"(, "name": "a")") + R"(, {"type": "relu", "name": "a"})"),
         R"(layers[1] (relu): name "a" is already the name of layers[0]; names in a version-2 file are unique)"},
        // conv2d_0, relu_1, then an explicit "relu_1".
        {"an explicit name equal to a derived one",
         file(2, layer("") + R"(, {"type": "relu"}, {"type": "relu", "name": "relu_1"})"),
         R"(layers[2] (relu): name "relu_1" is already the name of layers[1]; names in a version-2 file are unique)"},
        // The explicit name comes first: the layer to rename is layers[0], not the unnamed
        // layers[1], whose name in the file is nothing to change.
        {"an explicit name equal to a later derived one",
         file(2, layer(R"(, "name": "relu_1")") + R"(, {"type": "relu"})"),
         R"(layers[0] (conv2d): name "relu_1" is the derived name of layers[1], which has no name of its own; names in a version-2 file are unique)"},
        {"a layer named input", file(2, layer(R"(, "name": "input")")),
         R"(layers[0] (conv2d): a layer cannot be named "input": that is the network input's name)"},
    })));
}

TEST_CASE("repeated names and \"input\" are fine in a version-1 file", "[reader]")
{
    // Version 1 names are free text (§3); only version 2 resolves names.
    const Network n = networkOf(file(1, layer(R"(, "name": "input")")
                                            + R"(, {"type": "relu", "name": "x"},)"
                                              R"( {"type": "relu", "name": "x"})"));
    REQUIRE(n.layers.size() == 3);
    CHECK(n.layers[2].inputs == std::vector<LayerId>{2});
}

TEST_CASE("a block's layers must be contiguous", "[reader]")
{
    checkCase(GENERATE(values<Case>({
        {"another block between",
         file(2, layer(R"(, "block": "A")")
                     + R"(, {"type": "relu", "block": "B"},)"
                       R"( {"type": "relu", "block": "A"})"),
         R"(layers[2] (relu): block "A" is not contiguous: its layers must follow one another (it also holds layers[0]))"},
        {"a layer without a block between",
         file(2,
              layer(R"(, "block": "A")") + R"(, {"type": "relu"}, {"type": "relu", "block": "A"})"),
         R"(layers[2] (relu): block "A" is not contiguous: its layers must follow one another (it also holds layers[0]))"},
    })));
}

TEST_CASE("inputs must be an array of names", "[reader]")
{
    checkCase(GENERATE(values<Case>({
        {"a string", file(2, layer(R"(, "inputs": "input")")),
         R"(layers[0] (conv2d): inputs must be an array of layer names, got string "input")"},
        {"a number in the array", file(2, layer(R"(, "inputs": [1])")),
         "layers[0] (conv2d): inputs must be an array of layer names, got number 1"},
        {"null", file(2, layer(R"(, "inputs": null)")),
         "layers[0] (conv2d): inputs must be an array of layer names, got null"},
        {"block not a string", file(2, layer(R"(, "block": 3)")),
         "layers[0] (conv2d): block must be a string, got number 3"},
    })));
}

TEST_CASE("an empty inputs list reads; the analysis reports it", "[reader]")
{
    const Network n
        = networkOf(file(2, layer("") + R"(, {"type": "add", "name": "sum", "inputs": []})"));
    REQUIRE(n.layers.size() == 2);
    CHECK(n.layers[1].inputs.empty());
    const Analysis a = analyze(n);
    // Both the add (no inputs) and the conv (now read by nobody) fail.
    REQUIRE(a.errors.size() == 2);
    CHECK(a.errors[0].layer == 0);
    CHECK(a.errors[1].layer == 1);
    CHECK(a.layers[1].status == LayerStatus::Invalid);
}

TEST_CASE("omitted inputs chain to the layer before; names resolve to ids 1…n", "[reader]")
{
    // 0 conv2d_0 (input), 1 relu_1 (0), 2 "b" conv reads "input", 3 add reads relu_1 and b,
    // 4 relu (omitted: the add).
    const Network n = networkOf(file(
        2,
        layer("")
            + R"(, {"type": "relu"},)"
              R"( {"type": "conv2d", "name": "b", "out_channels": 2, "kernel": 1, "inputs": ["input"], "block": "B"},)"
              R"( {"type": "add", "inputs": ["relu_1", "b"], "block": "B"},)"
              R"( {"type": "relu"})"));
    REQUIRE(n.layers.size() == 5);
    for (std::size_t i = 0; i < n.layers.size(); ++i) {
        CAPTURE(i);
        CHECK(n.layers[i].id == i + 1);
    }
    CHECK(n.layers[0].inputs == std::vector<LayerId>{Network::inputId});
    CHECK(n.layers[1].inputs == std::vector<LayerId>{1});
    CHECK(n.layers[2].inputs == std::vector<LayerId>{Network::inputId});
    CHECK(n.layers[3].inputs == std::vector<LayerId>{2, 3});
    CHECK(n.layers[4].inputs == std::vector<LayerId>{4});
    CHECK(n.layers[2].block == "B");
    CHECK(n.layers[3].block == "B");
    CHECK(n.layers[4].block.empty());
    CHECK_FALSE(n.isChain());
    CHECK(n.readersOf(Network::inputId) == std::vector<LayerId>{1, 3});

    SECTION("a version-1 file is the same chain")
    {
        const Network v1 = networkOf(file(1, layer("") + R"(, {"type": "relu"})"));
        CHECK(v1.isChain());
        CHECK(v1.layers[0].inputs == std::vector<LayerId>{Network::inputId});
        CHECK(v1.layers[1].inputs == std::vector<LayerId>{1});
        // Read as version 2, the same layers give an equal network.
        CHECK(networkOf(file(2, layer("") + R"(, {"type": "relu"})")) == v1);
    }
}
