// The d2l block templates (block_templates.h): single blocks against hand calculations and
// d2l's own examples, then d2l's GoogLeNet, ResNet-18, DenseNet and RegNetX-32 rebuilt from
// the templates and compared layer by layer with the PyTorch-checked example files, whose
// parameter totals come from PyTorch (tests/data, or the examples' commit for RegNetX-32).

#include "analysis.h"
#include "block_templates.h"
#include "io/network_reader.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

#include <functional>
#include <limits>
#include <string>
#include <vector>

using namespace cd;
using namespace cd::templates;

namespace {

Shape map(std::int64_t c, std::int64_t h, std::int64_t w)
{
    return Shape{c, h, w, false};
}

Network withInput(std::int64_t c, std::int64_t h, std::int64_t w)
{
    Network n;
    n.input = InputShape{c, h, w};
    return n;
}

std::vector<LayerType> typesOf(const Network &n)
{
    std::vector<LayerType> types;
    for (const Layer &layer : n.layers)
        types.push_back(layerType(layer.kind));
    return types;
}

std::vector<std::string> namesOf(const Network &n)
{
    std::vector<std::string> names;
    for (const Layer &layer : n.layers)
        names.push_back(layer.name);
    return names;
}

} // namespace

TEST_CASE("one block on its input: output shape and parameters by hand", "[templates]")
{
    struct Row
    {
        const char *what;
        InputShape input;
        std::function<LayerId(Network &)> build;
        Shape output;
        std::int64_t params;
    };
    // clang-format off
    auto r = GENERATE(values<Row>({
        // GoogLeNet's inception3a; channels 64 + 128 + 32 + 32 = 256. Weights + biases:
        // b1 1×1 192→64: 12288 + 64 = 12352; b2 1×1 192→96: 18432 + 96 = 18528,
        // 3×3 96→128: 110592 + 128 = 110720; b3 1×1 192→16: 3072 + 16 = 3088,
        // 5×5 16→32: 12800 + 32 = 12832; b4 1×1 192→32: 6144 + 32 = 6176. Sum 163696.
        {"inception3a", {192, 28, 28},
         [](Network &n) {
             return addInception(n, Network::inputId,
                                 {.c1 = 64, .c2 = {.reduce = 96, .out = 128},
                                  .c3 = {.reduce = 16, .out = 32}, .c4 = 32},
                                 "inception3a");
         },
         map(256, 28, 28), 163696},
        // d2l's first residual example: Residual(3) on 3×6×6 keeps the shape.
        // 3×3 3→3: 81 + 3 = 84, twice; two batchnorms 2·3 each. Sum 180.
        {"residual identity", {3, 6, 6},
         [](Network &n) { return addResidual(n, Network::inputId, {.channels = 3}, "r"); },
         map(3, 6, 6), 180},
        // ResNet-18's residual3_1 at 224: 3×3 s2 64→128: 73728 + 128 = 73856; bn 256;
        // 3×3 128→128: 147456 + 128 = 147584; bn 256; 1×1 s2 64→128: 8192 + 128 = 8320.
        // Sum 230272; (56 + 2 − 3) / 2 + 1 = 28.
        {"residual 1x1 stride 2", {64, 56, 56},
         [](Network &n) {
             return addResidual(n, Network::inputId,
                                {.channels = 128, .use1x1Conv = true, .stride = 2}, "r");
         },
         map(128, 28, 28), 230272},
        // d2l's ResNeXtBlock(32, 16, 1) on 32×96×96 keeps the shape. Bottleneck 32, groups
        // 32 / 16 = 2: 1×1 32→32: 1056; bn 64; 3×3 in 16 per group: 32·16·9 + 32 = 4640;
        // bn 64; 1×1 32→32: 1056; bn 64. Sum 6944.
        {"resnext identity", {32, 96, 96},
         [](Network &n) {
             return addResNeXt(n, Network::inputId,
                               {.channels = 32, .groupWidth = 16, .botMul = 1.0}, "x");
         },
         map(32, 96, 96), 6944},
        // Bottleneck round(64 · 0.5) = 32, groups 2: 1×1 32→32: 1056; bn 64; 3×3 s2: 4640;
        // bn 64; 1×1 32→64: 2048 + 64 = 2112; bn 128; shortcut 1×1 s2 32→64: 2112; bn 128.
        // Sum 10304; (16 + 2 − 3) / 2 + 1 = 8.
        {"resnext 1x1 stride 2", {32, 16, 16},
         [](Network &n) {
             return addResNeXt(n, Network::inputId,
                               {.channels = 64, .groupWidth = 16, .botMul = 0.5,
                                .use1x1Conv = true, .stride = 2},
                               "x");
         },
         map(64, 8, 8), 10304},
        // bn 3: 6; 3×3 3→10: 270 + 10 = 280. Sum 286.
        {"conv block", {3, 8, 8},
         [](Network &n) { return addConvBlock(n, Network::inputId, {.channels = 10}, "c"); },
         map(10, 8, 8), 286},
        // d2l's DenseBlock(2, 10) on 3×8×8 gives 3 + 2·10 = 23 channels. bn 3: 6;
        // 3×3 3→10: 280; bn 13: 26; 3×3 13→10: 1170 + 10 = 1180. Sum 1492.
        {"dense block", {3, 8, 8},
         [](Network &n) {
             return addDenseBlock(n, Network::inputId, {.convs = 2, .growth = 10}, "d");
         },
         map(23, 8, 8), 1492},
        // d2l's transition_block(10) on the dense block's 23×8×8: 10×4×4.
        // bn 23: 46; 1×1 23→10: 230 + 10 = 240. Sum 286.
        {"transition block", {23, 8, 8},
         [](Network &n) {
             return addTransitionBlock(n, Network::inputId, {.channels = 10}, "t");
         },
         map(10, 4, 4), 286},
        // Odd sizes: the 2×2 pool floors, 7 → 3.
        {"transition block, odd size", {4, 7, 7},
         [](Network &n) {
             return addTransitionBlock(n, Network::inputId, {.channels = 2}, "t");
         },
         map(2, 3, 3), 8 + 10},
    }));
    // clang-format on
    CAPTURE(r.what);
    Network n = withInput(r.input.channels, r.input.height, r.input.width);
    const LayerId out = r.build(n);
    REQUIRE_FALSE(n.layers.empty());
    CHECK(out == n.layers.back().id); // the output is the block's last layer

    const Analysis a = analyze(n);
    REQUIRE(a.valid());
    CHECK(a.layers.back().output == r.output);
    CHECK(a.totals->params == r.params);
}

TEST_CASE("inception: d2l's branch order, names and concat order", "[templates]")
{
    Network n = withInput(192, 28, 28);
    const LayerId out = addInception(n, Network::inputId, {}, "inc");
    using T = LayerType;
    CHECK(typesOf(n)
          == std::vector<T>{T::Conv2d, T::ReLU,                     // b1
                            T::Conv2d, T::ReLU, T::Conv2d, T::ReLU, // b2
                            T::Conv2d, T::ReLU, T::Conv2d, T::ReLU, // b3
                            T::MaxPool2d, T::Conv2d, T::ReLU,       // b4
                            T::Concat});
    CHECK(namesOf(n)
          == std::vector<std::string>{"inc_b1_1", "inc_b1", "inc_b2_1", "", "inc_b2_2", "inc_b2",
                                      "inc_b3_1", "", "inc_b3_2", "inc_b3", "inc_b4_1", "inc_b4_2",
                                      "inc_b4", "inc_out"});
    for (const Layer &layer : n.layers)
        CHECK(layer.block == "inc");
    // Every branch starts from the block's input; concat reads b1, b2, b3, b4 in that order.
    for (int first : {0, 2, 6, 10})
        CHECK(n.layers[first].inputs == std::vector<LayerId>{Network::inputId});
    CHECK(n.find(out)->inputs
          == std::vector<LayerId>{n.layers[1].id, n.layers[5].id, n.layers[9].id, n.layers[12].id});
}

TEST_CASE("residual: the shortcut and add as d2l's forward() computes them", "[templates]")
{
    Network n = withInput(64, 56, 56);
    const LayerId before = n.add(ReLU{}, {Network::inputId}, "before");

    SECTION("identity shortcut: add reads bn2, then the block's input")
    {
        const LayerId out = addResidual(n, before, {.channels = 64}, "res");
        CHECK(namesOf(n)
              == std::vector<std::string>{"before", "res_conv1", "res_bn1", "", "res_conv2",
                                          "res_bn2", "res_add", "res_out"});
        CHECK(n.find(out)->inputs == std::vector<LayerId>{n.layers[6].id});
        CHECK(n.layers[6].inputs == std::vector<LayerId>{n.layers[5].id, before});
    }
    SECTION("1x1 shortcut: conv3 after bn2, reading the block's input")
    {
        addResidual(n, before, {.channels = 128, .use1x1Conv = true, .stride = 2}, "res");
        CHECK(namesOf(n)
              == std::vector<std::string>{"before", "res_conv1", "res_bn1", "", "res_conv2",
                                          "res_bn2", "res_conv3", "res_add", "res_out"});
        CHECK(n.layers[6].inputs == std::vector<LayerId>{before});
        CHECK(n.layers[7].inputs == std::vector<LayerId>{n.layers[5].id, n.layers[6].id});
    }
}

TEST_CASE("resnext: bottleneck with Python's rounding, groups from the group width", "[templates]")
{
    struct Row
    {
        std::int64_t channels;
        std::int64_t groupWidth;
        double botMul;
        std::int64_t bottleneck; // int(round(channels * bot_mul))
        std::int64_t groups;     // bottleneck // groupWidth
    };
    // clang-format off
    auto r = GENERATE(values<Row>({
        {32, 16, 1.0, 32, 2},   // RegNetX-32, stage 1
        {80, 16, 1.0, 80, 5},   // RegNetX-32, stage 2
        {64, 16, 0.25, 16, 1},
        {5, 1, 0.5, 2, 2},      // round(2.5) == 2: halves go to even
        {7, 1, 0.5, 4, 4},      // round(3.5) == 4
        {48, 32, 1.0, 48, 1},   // 48 // 32 == 1: floor, as PyTorch's caller computes it
        {32, 0, 1.0, 32, 0},    // no division by zero; analyze() refuses groups 0
        {32, 16, std::numeric_limits<double>::quiet_NaN(), 0, 0}, // no undefined cast
        {32, 16, 1e300, 0, 0},
    }));
    // clang-format on
    const ResNeXt spec{.channels = r.channels, .groupWidth = r.groupWidth, .botMul = r.botMul};
    CAPTURE(r.channels, r.groupWidth, r.botMul);
    CHECK(bottleneckChannels(spec) == r.bottleneck);
    CHECK(convGroups(spec) == r.groups);
}

TEST_CASE("dense block: each concat reads what came before, then the new conv", "[templates]")
{
    Network n = withInput(3, 8, 8);
    const LayerId out = addDenseBlock(n, Network::inputId, {.convs = 2, .growth = 10}, "d");
    CHECK(namesOf(n)
          == std::vector<std::string>{"d_bn1", "", "d_conv1", "d_cat1", "d_bn2", "", "d_conv2",
                                      "d_out"});
    CHECK(n.layers[3].inputs == std::vector<LayerId>{Network::inputId, n.layers[2].id});
    CHECK(n.layers[4].inputs == std::vector<LayerId>{n.layers[3].id});
    CHECK(n.find(out)->inputs == std::vector<LayerId>{n.layers[3].id, n.layers[6].id});

    SECTION("no convs: nothing added, the input passes through")
    {
        const std::size_t before = n.layers.size();
        CHECK(addDenseBlock(n, out, {.convs = 0}, "e") == out);
        CHECK(n.layers.size() == before);
    }
}

TEST_CASE("an empty block name gives derived names and no block", "[templates]")
{
    Network n = withInput(3, 8, 8);
    addResidual(n, Network::inputId, {.channels = 3}, "");
    for (const Layer &layer : n.layers) {
        CHECK(layer.name.empty());
        CHECK(layer.block.empty());
    }
}

TEST_CASE("unusedBlockName avoids block names and the names a template would add", "[templates]")
{
    Network n = withInput(3, 8, 8);
    CHECK(unusedBlockName(n, "residual") == "residual");

    addResidual(n, Network::inputId, {.channels = 3}, "residual");
    CHECK(unusedBlockName(n, "residual") == "residual_2");

    // A layer outside any block whose name a template would reuse: residual_2_add.
    n.add(ReLU{}, {n.layers.back().id}, "residual_2_add");
    CHECK(unusedBlockName(n, "residual") == "residual_3");
    CHECK(unusedBlockName(n, "dense") == "dense");
}

// ---------------------------------------------------------------------------------------
// d2l's networks rebuilt from the templates, with the stems and heads added by hand as d2l
// writes them, against resources/examples (which PyTorch checked layer for layer).

namespace {

Pair sq(std::int64_t v)
{
    return Pair::square(v);
}

LayerId addHead(Network &n, LayerId from)
{
    const LayerId gap = n.add(AdaptiveAvgPool2d{}, {from}, "gap", "head");
    const LayerId flat = n.add(Flatten{}, {gap}, "flatten", "head");
    return n.add(Linear{.outFeatures = 10}, {flat}, "fc", "head");
}

// d2l's b1 of ResNet and DenseNet: 7×7 conv stride 2, batchnorm, ReLU, 3×3 max pool stride 2.
LayerId addResNetStem(Network &n)
{
    LayerId x = n.add(Conv2d{.outChannels = 64, .kernel = sq(7), .stride = sq(2), .padding = sq(3)},
                      {Network::inputId}, "b1_conv", "b1");
    x = n.add(BatchNorm2d{}, {x}, "b1_bn", "b1");
    x = n.add(ReLU{}, {x}, {}, "b1");
    return n.add(MaxPool2d{.kernel = sq(3), .stride = sq(2), .padding = sq(1)}, {x}, "b1_out",
                 "b1");
}

Network googLeNet()
{
    Network n = withInput(1, 96, 96);
    const MaxPool2d pool{.kernel = sq(3), .stride = sq(2), .padding = sq(1)};
    LayerId x = n.add(Conv2d{.outChannels = 64, .kernel = sq(7), .stride = sq(2), .padding = sq(3)},
                      {Network::inputId}, "b1_conv", "b1");
    x = n.add(ReLU{}, {x}, {}, "b1");
    x = n.add(pool, {x}, "b1_out", "b1");
    x = n.add(Conv2d{.outChannels = 64, .kernel = sq(1)}, {x}, "b2_conv1", "b2");
    x = n.add(ReLU{}, {x}, {}, "b2");
    x = n.add(Conv2d{.outChannels = 192, .kernel = sq(3), .padding = sq(1)}, {x}, "b2_conv2", "b2");
    x = n.add(ReLU{}, {x}, {}, "b2");
    x = n.add(pool, {x}, "b2_out", "b2");

    // d2l's b3, b4, b5: Inception(c1, (c2), (c3), c4).
    struct Stage
    {
        const char *block;
        Inception spec;
        const char *poolAfter; // nullptr: none
    };
    // clang-format off
    const std::vector<Stage> stages = {
        {"inception3a", {64, {96, 128}, {16, 32}, 32}, nullptr},
        {"inception3b", {128, {128, 192}, {32, 96}, 64}, "pool3"},
        {"inception4a", {192, {96, 208}, {16, 48}, 64}, nullptr},
        {"inception4b", {160, {112, 224}, {24, 64}, 64}, nullptr},
        {"inception4c", {128, {128, 256}, {24, 64}, 64}, nullptr},
        {"inception4d", {112, {144, 288}, {32, 64}, 64}, nullptr},
        {"inception4e", {256, {160, 320}, {32, 128}, 128}, "pool4"},
        {"inception5a", {256, {160, 320}, {32, 128}, 128}, nullptr},
        {"inception5b", {384, {192, 384}, {48, 128}, 128}, nullptr},
    };
    // clang-format on
    for (const Stage &s : stages) {
        x = addInception(n, x, s.spec, s.block);
        if (s.poolAfter)
            x = n.add(pool, {x}, s.poolAfter);
    }
    addHead(n, x);
    return n;
}

Network resNet18()
{
    Network n = withInput(1, 96, 96);
    LayerId x = addResNetStem(n);
    // d2l's resnet_block(channels, 2, first_block): the first residual of every stage but
    // the first halves the size and changes the channels, so it needs the 1×1 shortcut.
    const std::vector<std::int64_t> channels = {64, 128, 256, 512};
    for (std::size_t stage = 0; stage < channels.size(); ++stage) {
        for (int i = 1; i <= 2; ++i) {
            const bool downsample = i == 1 && stage > 0;
            x = addResidual(n, x,
                            {.channels = channels[stage],
                             .use1x1Conv = downsample,
                             .stride = downsample ? 2 : 1},
                            "residual" + std::to_string(stage + 2) + "_" + std::to_string(i));
        }
    }
    addHead(n, x);
    return n;
}

Network denseNet()
{
    Network n = withInput(1, 96, 96);
    LayerId x = addResNetStem(n);
    // d2l's DenseNet: four dense blocks of 4 convs, growth 32; a transition halving the
    // channels between two of them.
    std::int64_t channels = 64;
    const int blocks = 4;
    for (int i = 1; i <= blocks; ++i) {
        const DenseBlock dense{.convs = 4, .growth = 32};
        x = addDenseBlock(n, x, dense, "dense" + std::to_string(i));
        channels += dense.convs * dense.growth;
        if (i != blocks) {
            channels /= 2;
            x = addTransitionBlock(n, x, {.channels = channels}, "transition" + std::to_string(i));
        }
    }
    x = n.add(BatchNorm2d{}, {x}, "head_bn", "head");
    x = n.add(ReLU{}, {x}, {}, "head");
    addHead(n, x);
    return n;
}

Network regNetX32()
{
    Network n = withInput(1, 96, 96);
    LayerId x = n.add(Conv2d{.outChannels = 32, .kernel = sq(3), .stride = sq(2), .padding = sq(1)},
                      {Network::inputId}, "stem_conv", "stem");
    x = n.add(BatchNorm2d{}, {x}, "stem_bn", "stem");
    x = n.add(ReLU{}, {x}, "stem_out", "stem");
    // d2l's RegNetX32: stages (depth, channels) = (4, 32), (6, 80), groups 16, bot_mul 1;
    // AnyNet.stage() makes the first block of a stage downsample with a 1×1 shortcut.
    const std::vector<std::pair<int, std::int64_t>> stages = {{4, 32}, {6, 80}};
    for (std::size_t s = 0; s < stages.size(); ++s) {
        const auto [depth, channels] = stages[s];
        for (int i = 1; i <= depth; ++i) {
            x = addResNeXt(n, x,
                           {.channels = channels,
                            .groupWidth = 16,
                            .botMul = 1.0,
                            .use1x1Conv = i == 1,
                            .stride = i == 1 ? 2 : 1},
                           "stage" + std::to_string(s + 1) + "_block" + std::to_string(i));
        }
    }
    addHead(n, x);
    return n;
}

// totals.params of a PyTorch-measured case in tests/data.
std::int64_t measuredParams(const char *caseName)
{
    QFile file(QStringLiteral(CONVDESIGNER_TEST_DATA "/") + QString::fromUtf8(caseName)
               + QStringLiteral(".expected.json"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QJsonObject totals = QJsonDocument::fromJson(file.readAll())
                                   .object()
                                   .value(QStringLiteral("totals"))
                                   .toObject();
    const std::int64_t params = totals.value(QStringLiteral("params")).toInteger(-1);
    REQUIRE(params > 0);
    return params;
}

} // namespace

TEST_CASE("d2l's networks rebuilt from templates equal the example files", "[templates]")
{
    struct Row
    {
        const char *file;
        std::function<Network()> build;
        std::function<std::int64_t()> pytorchParams;
    };
    // clang-format off
    auto r = GENERATE(values<Row>({
        {"googlenet.cnn.json", googLeNet, [] { return measuredParams("v2_d2l_googlenet"); }},
        {"resnet18.cnn.json", resNet18, [] { return measuredParams("v2_d2l_resnet18"); }},
        {"densenet.cnn.json", denseNet, [] { return measuredParams("v2_d2l_densenet"); }},
        // No tests/data case holds RegNetX-32; PyTorch's count is from
        // scripts/check_example_params.py, recorded when the example was added (2bab827).
        {"regnetx32.cnn.json", regNetX32, [] { return std::int64_t{179290}; }},
    }));
    // clang-format on
    CAPTURE(r.file);
    const io::ReadResult read = io::readNetworkFile(QStringLiteral(CONVDESIGNER_EXAMPLES "/")
                                                    + QString::fromUtf8(r.file));
    INFO(read.error);
    REQUIRE(read.network.has_value());
    const Network &example = *read.network;
    const Network rebuilt = r.build();

    CHECK(rebuilt.input == example.input);
    // Same layers in the same order, reading the same nodes, with the same names and blocks:
    // the reader numbers layers 1…n in file order, as add() does.
    REQUIRE(rebuilt.layers.size() == example.layers.size());
    for (std::size_t i = 0; i < example.layers.size(); ++i) {
        INFO("layer " << i << ": " << displayName(example.layers[i], static_cast<int>(i)));
        CHECK(rebuilt.layers[i] == example.layers[i]);
    }

    const Analysis want = analyze(example);
    const Analysis got = analyze(rebuilt);
    REQUIRE(want.valid());
    REQUIRE(got.valid());
    for (std::size_t i = 0; i < want.layers.size(); ++i) {
        INFO("layer " << i << ": " << want.layers[i].name);
        CHECK(got.layers[i].name == want.layers[i].name);
        CHECK(got.layers[i].output == want.layers[i].output);
        CHECK(got.layers[i].params == want.layers[i].params);
    }
    CHECK(got.totals->params == r.pytorchParams());
}
