// Layer names and blocks from PyTorch's node names.

#include "onnx/onnx_names.h"

#include <catch2/catch.hpp>

using namespace cd::onnximport;

TEST_CASE("module scopes are full dotted paths", "[onnx][names]")
{
    using V = std::vector<std::string>;
    CHECK(moduleScopes("/features/features.0/Conv") == V{"features", "features.0"});
    CHECK(moduleScopes("/b3/b3.0/conv1/Conv") == V{"b3", "b3.0", "b3.0.conv1"});
    CHECK(moduleScopes("/Concat") == V{});
    CHECK(moduleScopes("Conv_0") == V{});
    CHECK(opPart("/b3/b3.0/Relu_1") == "relu_1");
}

TEST_CASE("leaf modules name layers, containers add the op, blocks come from module paths",
          "[onnx][names]")
{
    const std::vector<std::string> all{"/features/features.0/Conv", "/b3/b3.0/conv1/Conv",
                                       "/b3/b3.0/Add", "/b3/b3.0/Relu", "/b3/b3.0/Relu",
                                       "", "/head/Gemm"};
    std::vector<NamedNode> layers;
    for (const auto &name : all)
        layers.push_back({name, "relu_5"});
    const LayerNaming naming = nameLayers(layers, all);
    CHECK(naming.names
          == std::vector<std::string>{"features.0", "b3.0.conv1", "b3.0.add", "b3.0.relu",
                                      "b3.0.relu_2", "relu_5", "head"});
    // features holds only leaves: no nested module below features.0, so the block is the
    // outer scope; b3.0 holds conv1, so the residual unit is the block.
    CHECK(naming.blocks
          == std::vector<std::string>{"features", "b3.0", "b3.0", "b3.0", "b3.0", "", ""});
}

TEST_CASE("a block interrupted by its parent's own op falls back to the parent", "[onnx][names]")
{
    // DenseNet: the concat of block 1 sits between the convs of 1.net.
    const std::vector<std::string> all{"/1/1.net/1.net.0/Conv", "/1/Concat",
                                       "/1/1.net/1.net.1/Conv", "/1/Concat_1"};
    std::vector<NamedNode> layers;
    for (const auto &name : all)
        layers.push_back({name, "x"});
    const LayerNaming naming = nameLayers(layers, all);
    CHECK(naming.blocks == std::vector<std::string>{"1", "1", "1", "1"});
}

TEST_CASE("names in messages are quoted and cannot garble a terminal", "[onnx][names]")
{
    CHECK(quotedName("a\nb'") == "'a\\x0Ab\\x27'");
    CHECK(quotedName(std::string(300, 'a')).size() == 200 + 5);
}

TEST_CASE("names from hostile node names are printable and unique", "[onnx][names]")
{
    const std::vector<std::string> all{"/a\nb/Conv", "/a\xff" "b/Conv", "input"};
    std::vector<NamedNode> layers;
    for (const auto &name : all)
        layers.push_back({name, "x"});
    const LayerNaming naming = nameLayers(layers, all);
    CHECK(naming.names == std::vector<std::string>{"a_b", "a_b_2", "input_2"});
}
