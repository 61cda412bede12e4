// The ONNX importer on small models built in memory, the kept PyTorch exports and hostile
// input: every refusal is one message naming the node and its op, never a partial network.

#include "onnx/onnx_reader.h"
#include "onnx_builder.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

using namespace cd;
using onnxtest::ModelBuilder;

namespace {

onnximport::ReadResult read(const ModelBuilder &m, std::optional<InputShape> input = {})
{
    return onnximport::readOnnx(m.bytes(), input);
}

// x -> Conv(2 out, 3x3, pads) -> y
ModelBuilder convModel(std::vector<std::int64_t> pads)
{
    ModelBuilder m;
    m.weight("w", {2, 1, 3, 3});
    auto &conv = m.node("/conv/Conv", "Conv", {"x", "w"}, {"y"});
    ModelBuilder::ints(conv, "kernel_shape", {3, 3});
    ModelBuilder::ints(conv, "pads", pads);
    m.output("y");
    return m;
}

std::string fileBytes(const std::string &name)
{
    std::ifstream file(std::string(CONVDESIGNER_TEST_DATA "/onnx/") + name, std::ios::binary);
    std::stringstream text;
    text << file.rdbuf();
    return text.str();
}

} // namespace

TEST_CASE("a conv with symmetric pads becomes a conv2d layer named by its module", "[onnx]")
{
    const auto result = read(convModel({1, 2, 1, 2}));
    REQUIRE(result.error.empty());
    REQUIRE(result.network);
    REQUIRE(result.network->layers.size() == 1);
    const Layer &layer = result.network->layers[0];
    CHECK(layer.name == "conv");
    const auto &conv = std::get<Conv2d>(layer.kind);
    CHECK(conv.outChannels == 2);
    CHECK(conv.padding == Pair{1, 2});
    CHECK_FALSE(conv.bias);
    CHECK(result.network->input == InputShape{1, 8, 8});
}

TEST_CASE("asymmetric conv pads: PyTorch's 'same' is held, others refused", "[onnx]")
{
    // 4x4 kernel, stride 1: PyTorch pads 1 before and 2 after.
    ModelBuilder same;
    same.weight("w", {2, 1, 4, 4});
    auto &conv = same.node("/c/Conv", "Conv", {"x", "w"}, {"y"});
    ModelBuilder::ints(conv, "pads", {1, 1, 2, 2});
    same.output("y");
    const auto held = read(same);
    REQUIRE(held.network);
    CHECK(std::get<Conv2d>(held.network->layers[0].kind).paddingMode == PaddingMode::Same);

    const auto refused = read(convModel({0, 0, 1, 1}));
    CHECK_FALSE(refused.network);
    CHECK(refused.error.find("'/conv/Conv' ('Conv')") != std::string::npos);
    CHECK(refused.error.find("asymmetric (top 0, left 0, bottom 1, right 1)") != std::string::npos);
}

TEST_CASE("a zero Pad before an AveragePool folds into the pool's padding", "[onnx][pad]")
{
    ModelBuilder m;
    m.constantInts("pads", {0, 0, 1, 2, 0, 0, 1, 2});
    m.node("/pool/Pad", "Pad", {"x", "pads"}, {"p"});
    auto &pool = m.node("/pool/AveragePool", "AveragePool", {"p"}, {"y"});
    ModelBuilder::ints(pool, "kernel_shape", {3, 3});
    ModelBuilder::ints(pool, "strides", {2, 2});
    m.output("y");
    const auto result = read(m);
    REQUIRE(result.error.empty());
    REQUIRE(result.network->layers.size() == 1);
    const auto &avg = std::get<AvgPool2d>(result.network->layers[0].kind);
    CHECK(avg.padding == Pair{1, 2});
    CHECK(avg.countIncludePad);
    CHECK(avg.effectiveStride() == Pair{2, 2});
    CHECK(result.network->layers[0].name == "pool");

    SECTION("an asymmetric Pad is refused")
    {
        ModelBuilder bad;
        bad.constantInts("pads", {0, 0, 1, 1, 0, 0, 0, 1});
        bad.node("/pool/Pad", "Pad", {"x", "pads"}, {"p"});
        auto &p = bad.node("/pool/AveragePool", "AveragePool", {"p"}, {"y"});
        ModelBuilder::ints(p, "kernel_shape", {3, 3});
        bad.output("y");
        const auto refused = read(bad);
        CHECK_FALSE(refused.network);
        CHECK(refused.error.find("'/pool/Pad' ('Pad'): pads asymmetrically") != std::string::npos);
    }
    SECTION("a Pad before anything else is refused")
    {
        ModelBuilder bad;
        bad.constantInts("pads", {0, 0, 1, 1, 0, 0, 1, 1});
        bad.node("/Pad", "Pad", {"x", "pads"}, {"p"});
        bad.node("/Relu", "Relu", {"p"}, {"y"});
        bad.output("y");
        const auto refused = read(bad);
        CHECK_FALSE(refused.network);
        CHECK(refused.error.find("folds a zero Pad only into an AveragePool") != std::string::npos);
    }
}

TEST_CASE("an unsupported op is refused with one message naming node, op and the supported ops",
          "[onnx][refuse]")
{
    ModelBuilder m;
    m.node("/rnn/LSTM", "LSTM", {"x"}, {"y"});
    m.output("y");
    const auto result = read(m);
    CHECK_FALSE(result.network);
    CHECK(result.error.rfind("node '/rnn/LSTM' ('LSTM') is not supported; ConvDesigner imports Conv", 0)
          == 0);
}

TEST_CASE("hostile ONNX input gives a clear error", "[onnx][hostile]")
{
    SECTION("truncated")
    {
        const std::string whole = convModel({0, 0, 0, 0}).bytes();
        for (std::size_t cut = 1; cut < whole.size(); cut += 7) {
            const auto result = onnximport::readOnnx(whole.substr(0, cut));
            CHECK_FALSE(result.network);
            CHECK_FALSE(result.error.empty());
        }
        CHECK(onnximport::readOnnx(whole.substr(0, whole.size() - 3)).error.find("truncated")
              != std::string::npos);
    }
    SECTION("huge dimensions")
    {
        ModelBuilder m;
        m.weight("w", {std::int64_t{1} << 62, 1, 3, 3});
        m.node("/c/Conv", "Conv", {"x", "w"}, {"y"});
        m.output("y");
        const auto result = read(m);
        CHECK_FALSE(result.network);
        CHECK(result.error.find("'/c/Conv' ('Conv'): its weight 'w' has a dimension of 4611686018427387904")
              != std::string::npos);
    }
    SECTION("a cycle")
    {
        ModelBuilder m;
        m.node("/a/Relu", "Relu", {"b"}, {"a"});
        m.node("/b/Add", "Add", {"x", "a"}, {"b"});
        m.output("b");
        const auto result = read(m);
        CHECK_FALSE(result.network);
        CHECK(result.error.find("cycle") != std::string::npos);
        CHECK(result.error.find("'/a/Relu' ('Relu')") != std::string::npos);
    }
    SECTION("a missing initializer")
    {
        ModelBuilder m;
        m.node("/c/Conv", "Conv", {"x", "w"}, {"y"});
        m.output("y");
        const auto result = read(m);
        CHECK_FALSE(result.network);
        CHECK(result.error == "node '/c/Conv' ('Conv'): reads 'w', which no node, initializer or "
                              "graph input provides");
    }
    SECTION("no ONNX model at all")
    {
        const auto json = onnximport::readOnnx("{\"format\": \"convdesigner-network\"}");
        CHECK_FALSE(json.network);
        CHECK_FALSE(json.error.empty());
        const auto empty = onnximport::readOnnx("");
        CHECK(empty.error == "not an ONNX model: it holds no graph");
        CHECK_FALSE(onnximport::looksLikeOnnx("{\"format\""));
    }
}

TEST_CASE("weights that do not fit the graph are refused", "[onnx][hostile]")
{
    ModelBuilder m({1, 3, 8, 8});
    m.weight("w", {2, 5, 3, 3}); // reads 5 channels; the input has 3
    m.node("/c/Conv", "Conv", {"x", "w"}, {"y"});
    m.output("y");
    const auto result = read(m);
    CHECK_FALSE(result.network);
    CHECK(result.error == "node '/c/Conv' ('Conv'): its weight 'w' reads 5 channels, but the "
                          "layer before gives 3");
}

TEST_CASE("a kernel_shape that contradicts the weight is refused", "[onnx][hostile]")
{
    ModelBuilder m;
    m.weight("w", {2, 1, 3, 3});
    auto &conv = m.node("/c/Conv", "Conv", {"x", "w"}, {"y"});
    ModelBuilder::ints(conv, "kernel_shape", {5, 5});
    m.output("y");
    CHECK(read(m).error
          == "node '/c/Conv' ('Conv'): its kernel_shape 5x5 differs from its weight's 3x3");
}

TEST_CASE("a graph of nothing but Identity has no layer to import", "[onnx][hostile]")
{
    ModelBuilder m;
    m.node("/Identity", "Identity", {"x"}, {"y"});
    m.output("y");
    const auto result = read(m);
    CHECK_FALSE(result.network);
    CHECK(result.error == "the graph has no layer ConvDesigner reads: its output is its input");
}

TEST_CASE("a symbolic height asks for an input size", "[onnx][input]")
{
    ModelBuilder m({1, 3, 0, 8}, "height");
    m.node("/r/Relu", "Relu", {"x"}, {"y"});
    m.output("y");
    const auto asked = read(m);
    CHECK_FALSE(asked.network);
    CHECK(asked.needsInputSize);
    CHECK(asked.fileChannels == 3);
    const auto given = read(m, InputShape{3, 32, 16});
    REQUIRE(given.network);
    CHECK(given.network->input == InputShape{3, 32, 16});
    const auto wrongChannels = read(m, InputShape{1, 32, 16});
    CHECK_FALSE(wrongChannels.network);
    CHECK(wrongChannels.error.find("has 3 channels, not the 1 given") != std::string::npos);
}

TEST_CASE("MatMul + Add of a bias is one linear layer; the view pattern is a flatten", "[onnx]")
{
    ModelBuilder m({1, 2, 3, 3});
    m.constantInts("shape", {1, -1});
    m.node("/Reshape", "Reshape", {"x", "shape"}, {"f"});
    m.weight("w", {18, 4});
    m.weight("b", {4});
    m.node("/fc/MatMul", "MatMul", {"f", "w"}, {"mm"});
    m.node("/fc/Add", "Add", {"mm", "b"}, {"y"});
    m.output("y");
    const auto result = read(m);
    REQUIRE(result.error.empty());
    REQUIRE(result.network->layers.size() == 2);
    CHECK(std::holds_alternative<Flatten>(result.network->layers[0].kind));
    CHECK(std::get<Linear>(result.network->layers[1].kind) == Linear{4, true});
}

TEST_CASE("a kept PyTorch export in training mode: residual blocks, BatchNorm, flatten view",
          "[onnx][data]")
{
    const auto result = onnximport::readOnnx(fileBytes("tiny_residual_train.onnx"));
    REQUIRE(result.error.empty());
    const Network &net = *result.network;
    CHECK(net.input == InputShape{2, 8, 8});
    CHECK_FALSE(net.isChain());
    // b3.0: conv1, bn1, relu, conv2, bn2, add, relu_1 — the residual unit is the block.
    REQUIRE(net.layers.size() >= 7);
    CHECK(net.layers[0].name == "b3.0.conv1");
    CHECK(net.layers[0].block == "b3.0");
    CHECK(net.layers[1].name == "b3.0.bn1");
    CHECK(std::get<BatchNorm2d>(net.layers[1].kind) == BatchNorm2d{1e-5, 0.1});
    CHECK(net.layers[5].name == "b3.0.add");
    CHECK(net.layers[5].inputs == std::vector<LayerId>{net.layers[4].id, Network::inputId});
    CHECK(net.layers.back().name == "fc");
}
