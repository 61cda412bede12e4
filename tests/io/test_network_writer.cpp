#include "reader_cases.h"
#include "data_files.h"

#include "io/network_reader.h"
#include "io/network_writer.h"
#include "text/utf8.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <cmath>
#include <limits>

using namespace cd;

using cd::io::test::networkOf;

namespace {

// One layer of every type with every field away from its default.
Network everyFieldSet()
{
    Network network;
    network.name = "every field";
    network.input = {5, 64, 48};
    network.settings = {32, DType::BFloat16, Optimizer::Sgd};
    network.append(Conv2d{.outChannels = 12,
                          .kernel = {3, 5},
                          .stride = {2, 1},
                          .padding = {1, 2},
                          .dilation = {2, 2},
                          .groups = 1,
                          .bias = false},
                   "stem");
    network.append(Conv2d{
        .outChannels = 12, .kernel = {4, 4}, .paddingMode = PaddingMode::Same, .groups = 12});
    network.append(Conv2d{.outChannels = 6, .kernel = {1, 1}, .paddingMode = PaddingMode::Valid});
    network.append(MaxPool2d{.kernel = {3, 3},
                             .stride = Pair{1, 2},
                             .padding = {1, 1},
                             .dilation = {2, 1},
                             .ceilMode = true});
    network.append(AvgPool2d{.kernel = {2, 2},
                             .stride = Pair{2, 2},
                             .padding = {1, 0},
                             .ceilMode = true,
                             .countIncludePad = false});
    network.append(
        NinBlock{.outChannels = 7, .kernel = {5, 5}, .stride = {3, 3}, .padding = {2, 2}});
    network.append(BatchNorm2d{1e-3, 0.3});
    network.append(ReLU{}, "act");
    network.append(AdaptiveAvgPool2d{{6, 7}});
    network.append(AdaptiveMaxPool2d{{2, 2}});
    network.append(Dropout{0.25});
    network.append(Flatten{});
    network.append(Linear{.outFeatures = 10, .bias = false});
    return network;
}

// One layer of every type with the format's defaults for every optional field.
Network allDefaults()
{
    Network network;
    for (int i = 0; i < layerTypeCount; ++i)
        network.append(defaultLayer(static_cast<LayerType>(i)));
    return network;
}

} // namespace

TEST_CASE("writeNetwork pins the layout: key order, pairs, defaults left out", "[writer]")
{
    Network network;
    network.name = "rect";
    network.input = {3, 40, 50};
    network.append(Conv2d{.outChannels = 8, .kernel = {3, 7}, .stride = {1, 3}, .padding = {1, 2}},
                   "first");
    network.append(MaxPool2d{.kernel = {2, 3}, .stride = Pair{2, 1}});
    network.append(Conv2d{.outChannels = 4, .kernel = {3, 3}, .paddingMode = PaddingMode::Same});
    network.append(ReLU{});
    network.append(Dropout{});
    network.append(Linear{.outFeatures = 10});

    CHECK(io::writeNetwork(network).toStdString() == R"({
  "format": "convdesigner-network",
  "version": 1,
  "name": "rect",
  "input": { "channels": 3, "height": 40, "width": 50 },
  "settings": { "batch": 1, "dtype": "float32", "optimizer": "sgd_momentum" },
  "layers": [
    { "type": "conv2d", "name": "first", "out_channels": 8, "kernel": [3, 7], "stride": [1, 3], "padding": [1, 2] },
    { "type": "maxpool2d", "kernel": [2, 3], "stride": [2, 1] },
    { "type": "conv2d", "out_channels": 4, "kernel": 3, "padding": "same" },
    { "type": "relu" },
    { "type": "dropout" },
    { "type": "linear", "out_features": 10 }
  ]
}
)");
}

TEST_CASE("writeNetwork writes every non-default field in the format's order", "[writer]")
{
    const QByteArray bytes = io::writeNetwork(everyFieldSet());
    const QList<QByteArray> lines = bytes.split('\n');
    REQUIRE(lines.size() == 7 + 13 + 3);
    CHECK(lines[0] == "{");
    CHECK(lines[3] == R"(  "name": "every field",)");
    CHECK(lines[5] == R"(  "settings": { "batch": 32, "dtype": "bfloat16", "optimizer": "sgd" },)");
    CHECK(lines[7]
          == R"(    { "type": "conv2d", "name": "stem", "out_channels": 12, "kernel": [3, 5], )"
             R"("stride": [2, 1], "padding": [1, 2], "dilation": 2, "bias": false },)");
    CHECK(lines[8]
          == R"(    { "type": "conv2d", "out_channels": 12, "kernel": 4, "padding": "same", )"
             R"("groups": 12 },)");
    CHECK(lines[9]
          == R"(    { "type": "conv2d", "out_channels": 6, "kernel": 1, "padding": "valid" },)");
    CHECK(lines[10]
          == R"(    { "type": "maxpool2d", "kernel": 3, "stride": [1, 2], "padding": 1, )"
             R"("dilation": [2, 1], "ceil_mode": true },)");
    CHECK(lines[11]
          == R"(    { "type": "avgpool2d", "kernel": 2, "stride": 2, "padding": [1, 0], )"
             R"("ceil_mode": true, "count_include_pad": false },)");
    CHECK(lines[12]
          == R"(    { "type": "nin_block", "out_channels": 7, "kernel": 5, "stride": 3, )"
             R"("padding": 2 },)");
    CHECK(lines[13] == R"(    { "type": "batchnorm2d", "eps": 0.001, "momentum": 0.3 },)");
    CHECK(lines[14] == R"(    { "type": "relu", "name": "act" },)");
    CHECK(lines[15] == R"(    { "type": "adaptive_avgpool2d", "output": [6, 7] },)");
    CHECK(lines[16] == R"(    { "type": "adaptive_maxpool2d", "output": 2 },)");
    CHECK(lines[17] == R"(    { "type": "dropout", "p": 0.25 },)");
    CHECK(lines[18] == R"(    { "type": "flatten" },)");
    CHECK(lines[19] == R"(    { "type": "linear", "out_features": 10, "bias": false })");
    CHECK(lines[20] == "  ]");
    CHECK(lines[21] == "}");
    CHECK(lines[22].isEmpty());
}

TEST_CASE("writeNetwork leaves out an empty name and writes an empty chain", "[writer]")
{
    const QByteArray bytes = io::writeNetwork(Network{});
    CHECK(bytes.toStdString() == R"({
  "format": "convdesigner-network",
  "version": 1,
  "input": { "channels": 1, "height": 224, "width": 224 },
  "settings": { "batch": 1, "dtype": "float32", "optimizer": "sgd_momentum" },
  "layers": []
}
)");
    CHECK(networkOf(bytes) == Network{});
}

TEST_CASE("writeNetwork round-trips every field and every default", "[writer]")
{
    const Network network = GENERATE(everyFieldSet(), allDefaults());
    const QByteArray bytes = io::writeNetwork(network);
    CHECK(networkOf(bytes) == network);
    CHECK(io::writeNetwork(networkOf(bytes)) == bytes);
}

TEST_CASE("a pool stride set equal to the kernel stays set", "[writer]")
{
    Network network;
    network.append(MaxPool2d{.kernel = {2, 2}, .stride = Pair{2, 2}});
    network.append(AvgPool2d{.kernel = {3, 3}, .stride = std::nullopt});
    const Network back = networkOf(io::writeNetwork(network));
    CHECK(std::get<MaxPool2d>(back.layers[0].kind).stride == Pair{2, 2});
    CHECK(std::get<AvgPool2d>(back.layers[1].kind).stride == std::nullopt);
}

TEST_CASE("names and numbers survive the round trip exactly", "[writer]")
{
    Network network;
    network.name = GENERATE(as<std::string>{}, "quotes \" and \\ backslash", "tab\tnew\nline",
                            std::string("nul\0inside", 10), "\x01\x1f control",
                            "\xC3\xBC \xE6\xB1\xA0\xE5\x8C\x96 \xF0\x9D\x84\x9E",
                            "\xE2\x80\xA8 line separator", "</script>");
    network.append(ReLU{}, network.name);
    network.append(Dropout{0.1 + 0.2});
    network.append(BatchNorm2d{std::numeric_limits<double>::denorm_min(), 1e300});
    network.append(Dropout{-0.0});
    network.append(Linear{.outFeatures = std::numeric_limits<std::int64_t>::min()});
    const QByteArray bytes = io::writeNetwork(network);
    CHECK(text::firstInvalidUtf8(bytes) == -1);
    CHECK(networkOf(bytes) == network);
}

TEST_CASE("ill-formed UTF-8 in a name is written as U+FFFD, never as a bad file", "[writer]")
{
    Network network;
    network.name = "bad \xFF byte";
    const QByteArray bytes = io::writeNetwork(network);
    CHECK(text::firstInvalidUtf8(bytes) == -1);
    CHECK(networkOf(bytes).name == "bad \xEF\xBF\xBD byte");
}

TEST_CASE("every network file round-trips and writes byte-stable", "[writer]")
{
    const QStringList files = io::test::networkFiles();
    REQUIRE(files.size() >= 30);
    for (const QString &path : files) {
        CAPTURE(path.toStdString());
        const io::ReadResult first = io::readNetworkFile(path);
        REQUIRE(first.network);
        const QByteArray written = io::writeNetwork(*first.network);
        CHECK(written.endsWith("}\n"));
        CHECK_FALSE(written.contains('\r'));
        const Network second = networkOf(written);
        CHECK(second == *first.network);
        CHECK(io::writeNetwork(second) == written);
    }
}

TEST_CASE("saveNetworkFile writes a file that reads back equal", "[writer][file]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("net.cnn.json"));
    const Network network = everyFieldSet();
    CHECK(io::saveNetworkFile(network, path).empty());
    const io::ReadResult result = io::readNetworkFile(path);
    INFO(result.error);
    REQUIRE(result.network);
    CHECK(*result.network == network);

    SECTION("saving again replaces the file")
    {
        Network smaller;
        smaller.append(Flatten{});
        CHECK(io::saveNetworkFile(smaller, path).empty());
        CHECK(io::test::fileBytes(path) == io::writeNetwork(smaller));
        CHECK(QDir(dir.path()).entryList(QDir::Files)
              == QStringList{QStringLiteral("net.cnn.json")});
    }
}

TEST_CASE("saveNetworkFile into a missing directory says why and writes nothing", "[writer][file]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("no/such/dir/net.cnn.json"));
    const std::string error = io::saveNetworkFile(everyFieldSet(), path);
    CHECK(error.starts_with(path.toStdString() + ": cannot save: "));
    CHECK(error.size() > path.toStdString().size() + 15);
    CHECK(error.find('\n') == std::string::npos);
    CHECK_FALSE(QFile::exists(path));
    CHECK(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).isEmpty());
}

TEST_CASE("saveNetworkFile refuses numbers JSON cannot hold and keeps the old file",
          "[writer][file]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("net.cnn.json"));
    REQUIRE(io::saveNetworkFile(allDefaults(), path).empty());
    const QByteArray before = io::test::fileBytes(path);

    Network network;
    network.append(ReLU{});
    network.append(BatchNorm2d{1e-5, std::numeric_limits<double>::infinity()});
    network.append(Dropout{std::nan("")});
    CHECK(io::saveNetworkFile(network, path)
          == path.toStdString()
                 + ": cannot save: layers[1] (batchnorm2d): momentum is not a "
                   "finite number");
    CHECK(io::test::fileBytes(path) == before);
}
