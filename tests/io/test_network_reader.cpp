#include "data_files.h"
#include "reader_cases.h"

#include "io/network_reader.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <string>

using namespace cd;
using cd::io::readNetwork;
using namespace cd::io::test;

namespace {

constexpr const char *validText = R"({
  "format": "convdesigner-network",
  "version": 1,
  "name": "small",
  "input": {"channels": 3, "height": 32, "width": 32},
  "settings": {"batch": 4, "dtype": "float16", "optimizer": "adam"},
  "layers": [
    {"type": "conv2d", "name": "conv1", "out_channels": 8, "kernel": 3, "padding": 1},
    {"type": "relu"},
    {"type": "maxpool2d", "kernel": 2},
    {"type": "flatten"},
    {"type": "linear", "out_features": 10}
  ]
}
)";

QByteArray valid()
{
    return QByteArray(validText);
}

// `valid()` with `from` replaced by `to`; `from` must occur exactly once.
QByteArray replaced(const char *from, const char *to)
{
    QByteArray text = valid();
    REQUIRE(text.count(from) == 1);
    return text.replace(from, to);
}

// A valid file whose layers are `layers` (the inside of the array).
QByteArray withLayers(const std::string &layers)
{
    return QByteArray(R"({"format": "convdesigner-network", "version": 1,
"input": {"channels": 3, "height": 32, "width": 32},
"layers": [)")
           + QByteArray::fromStdString(layers) + "]}";
}

const std::string knownTypes = "conv2d, maxpool2d, avgpool2d, adaptive_avgpool2d, "
                               "adaptive_maxpool2d, nin_block, batchnorm2d, relu, dropout, "
                               "flatten, linear, add, concat, sigmoid, tanh";

} // namespace

TEST_CASE("the valid sample reads", "[reader]")
{
    const Network network = networkOf(valid());
    CHECK(network.name == "small");
    CHECK(network.input == InputShape{3, 32, 32});
    CHECK(network.settings == Settings{4, DType::Float16, Optimizer::Adam});
    REQUIRE(network.layers.size() == 5);
    CHECK(network.layers[0] == Layer{1, "conv1", Conv2d{.outChannels = 8, .padding = {1, 1}}, {Network::inputId}});
    CHECK(network.layers[2] == Layer{3, "", MaxPool2d{.kernel = {2, 2}, .stride = std::nullopt}, {2}});
    CHECK(network.layers[4] == Layer{5, "", Linear{.outFeatures = 10}, {4}});
}

TEST_CASE("missing required fields are named", "[reader]")
{
    checkCase(GENERATE(values<Case>({
        {"version", replaced("\"version\": 1,", ""), "version is missing"},
        {"input", replaced(R"("input": {"channels": 3, "height": 32, "width": 32},)", ""),
         "input is missing"},
        {"input.height", replaced(R"("height": 32, )", ""), "input.height is missing"},
        {"input.channels", replaced(R"("channels": 3, )", ""), "input.channels is missing"},
        {"layers", R"({"format": "convdesigner-network", "version": 1,
                      "input": {"channels": 1, "height": 2, "width": 2}})",
         "layers is missing"},
        {"layer type", withLayers(R"({"kernel": 3})"), "layers[0]: type is missing"},
        {"conv2d out_channels", withLayers(R"({"type": "conv2d", "kernel": 3})"),
         "layers[0] (conv2d): out_channels is missing"},
        {"conv2d kernel", withLayers(R"({"type": "relu"}, {"type": "conv2d", "out_channels": 4})"),
         "layers[1] (conv2d): kernel is missing"},
        {"maxpool2d kernel", withLayers(R"({"type": "maxpool2d", "stride": 2})"),
         "layers[0] (maxpool2d): kernel is missing"},
        {"avgpool2d kernel", withLayers(R"({"type": "avgpool2d"})"),
         "layers[0] (avgpool2d): kernel is missing"},
        {"adaptive output", withLayers(R"({"type": "adaptive_avgpool2d"})"),
         "layers[0] (adaptive_avgpool2d): output is missing"},
        {"adaptive max output", withLayers(R"({"type": "adaptive_maxpool2d", "name": "x"})"),
         "layers[0] (adaptive_maxpool2d): output is missing"},
        {"nin_block kernel", withLayers(R"({"type": "nin_block", "out_channels": 96})"),
         "layers[0] (nin_block): kernel is missing"},
        {"linear out_features", withLayers(R"({"type": "relu"}, {"type": "flatten"},
                                              {"type": "linear", "bias": false})"),
         "layers[2] (linear): out_features is missing"},
    })));
}

TEST_CASE("values of the wrong JSON type are named with what was found", "[reader]")
{
    checkCase(GENERATE(values<Case>({
        {"string kernel", withLayers(R"({"type": "conv2d", "out_channels": 8, "kernel": "3"})"),
         R"(layers[0] (conv2d): kernel must be an integer or [height, width], got string "3")"},
        {"fractional kernel", withLayers(R"({"type": "conv2d", "out_channels": 8, "kernel": 2.5})"),
         "layers[0] (conv2d): kernel must be an integer or [height, width], got number 2.5"},
        {"kernel of one element", withLayers(R"({"type": "maxpool2d", "kernel": [3]})"),
         "layers[0] (maxpool2d): kernel must be an integer or [height, width], got an array of "
         "1 element"},
        {"kernel of three", withLayers(R"({"type": "maxpool2d", "kernel": [3, 3, 3]})"),
         "layers[0] (maxpool2d): kernel must be an integer or [height, width], got an array of "
         "3 elements"},
        {"empty kernel", withLayers(R"({"type": "avgpool2d", "kernel": []})"),
         "layers[0] (avgpool2d): kernel must be an integer or [height, width], got an empty "
         "array"},
        {"pair element", withLayers(R"({"type": "conv2d", "out_channels": 8, "kernel": [3, "5"]})"),
         R"(layers[0] (conv2d): kernel[1] must be an integer, got string "5")"},
        {"pair element float", withLayers(R"({"type": "nin_block", "out_channels": 8,
                                             "kernel": 3, "stride": [1.5, 1]})"),
         "layers[0] (nin_block): stride[0] must be an integer, got number 1.5"},
        {"object output", withLayers(R"({"type": "adaptive_avgpool2d", "output": {"h": 1}})"),
         "layers[0] (adaptive_avgpool2d): output must be an integer or [height, width], got an "
         "object"},
        {"null stride", withLayers(R"({"type": "maxpool2d", "kernel": 2, "stride": null})"),
         "layers[0] (maxpool2d): stride must be an integer or [height, width], got null"},
        {"too large for 64 bits",
         withLayers(R"({"type": "linear", "out_features": 9223372036854775808})"),
         "layers[0] (linear): out_features must be an integer, got number "
         "9223372036854776000, outside the 64-bit range"},
        {"huge exponent", withLayers(R"({"type": "conv2d", "out_channels": 1e30, "kernel": 1})"),
         "layers[0] (conv2d): out_channels must be an integer, got number 1e+30, outside "
         "the 64-bit range"},
        {"number bias", withLayers(R"({"type": "conv2d", "out_channels": 8, "kernel": 3,
                                      "bias": 1})"),
         "layers[0] (conv2d): bias must be true or false, got number 1"},
        {"string bool", withLayers(R"({"type": "avgpool2d", "kernel": 3,
                                      "count_include_pad": "false"})"),
         R"(layers[0] (avgpool2d): count_include_pad must be true or false, got string "false")"},
        {"unknown padding word",
         withLayers(R"({"type": "conv2d", "out_channels": 8, "kernel": 3, "padding": "full"})"),
         R"(layers[0] (conv2d): padding must be an integer, [height, width], "same" or "valid", )"
         R"(got string "full")"},
        {"padding words are case-sensitive",
         withLayers(R"({"type": "conv2d", "out_channels": 8, "kernel": 3, "padding": "Same"})"),
         R"(layers[0] (conv2d): padding must be an integer, [height, width], "same" or "valid", )"
         R"(got string "Same")"},
        {"pool padding is numeric", withLayers(R"({"type": "maxpool2d", "kernel": 2,
                                                  "padding": "same"})"),
         R"(layers[0] (maxpool2d): padding must be an integer or [height, width], got string "same")"},
        {"string p", withLayers(R"({"type": "dropout", "p": "0.5"})"),
         R"(layers[0] (dropout): p must be a number, got string "0.5")"},
        {"bool eps", withLayers(R"({"type": "batchnorm2d", "eps": true})"),
         "layers[0] (batchnorm2d): eps must be a number, got true"},
        {"number name", withLayers(R"({"type": "relu", "name": 5})"),
         "layers[0] (relu): name must be a string, got number 5"},
        {"layer not an object", withLayers(R"({"type": "relu"}, "relu")"),
         R"(layers[1] must be an object, got string "relu")"},
        {"type not a string", withLayers(R"({"type": 5})"),
         "layers[0]: type must be one of " + knownTypes + ", got number 5"},
        {"network name", replaced(R"("name": "small")", R"("name": ["small"])"),
         "name must be a string, got an array of 1 element"},
        {"input not an object",
         replaced(R"({"channels": 3, "height": 32, "width": 32})", "[3, 32, 32]"),
         "input must be an object, got an array of 3 elements"},
        {"input height", replaced(R"("height": 32)", R"("height": "32")"),
         R"(input.height must be an integer, got string "32")"},
        {"input width", replaced(R"("width": 32)", R"("width": 32.5)"),
         "input.width must be an integer, got number 32.5"},
        {"settings null",
         replaced(R"({"batch": 4, "dtype": "float16", "optimizer": "adam"})", "null"),
         "settings must be an object, got null"},
        {"batch", replaced(R"("batch": 4)", R"("batch": 1.5)"),
         "settings.batch must be an integer, got number 1.5"},
        {"dtype type", replaced(R"("dtype": "float16")", R"("dtype": 16)"),
         "settings.dtype must be one of float32, float16, bfloat16, float64, int8, got number 16"},
        {"layers object", replaced(R"("layers": [)", R"("layers": {"x": [)").replace("]\n}", "]}}"),
         "layers must be an array, got an object"},
        {"version string", replaced(R"("version": 1)", R"("version": "1")"),
         R"(version must be an integer, got string "1")"},
        {"version fraction", replaced(R"("version": 1)", R"("version": 1.5)"),
         "version must be an integer, got number 1.5"},
    })));
}

TEST_CASE("unknown keys are named with their object", "[reader]")
{
    checkCase(GENERATE(values<Case>({
        {"misspelt layer field",
         withLayers(R"({"type": "conv2d", "out_channels": 8, "kernal": 3})"),
         R"(layers[0] (conv2d): unknown key "kernal")"},
        {"field of another type",
         withLayers(R"({"type": "relu"}, {"type": "relu", "inplace": true})"),
         R"(layers[1] (relu): unknown key "inplace")"},
        {"stride on adaptive pool",
         withLayers(R"({"type": "adaptive_avgpool2d", "output": 1, "stride": 1})"),
         R"(layers[0] (adaptive_avgpool2d): unknown key "stride")"},
        {"dilation on avgpool", withLayers(R"({"type": "avgpool2d", "kernel": 2, "dilation": 1})"),
         R"(layers[0] (avgpool2d): unknown key "dilation")"},
        {"top level", replaced(R"("name": "small",)", R"("name": "small", "author": "me",)"),
         R"(unknown top-level key "author")"},
        {"input", replaced(R"("width": 32})", R"("width": 32, "depth": 1})"),
         R"(input: unknown key "depth")"},
        {"settings", replaced(R"("optimizer": "adam"})", R"("optimizer": "adam", "lr": 0.1})"),
         R"(settings: unknown key "lr")"},
        {"a key with a newline stays on one line", withLayers(R"({"type": "relu", "a\nb": 1})"),
         R"(layers[0] (relu): unknown key "a\nb")"},
    })));
}

TEST_CASE("unknown layer types and setting values list the known ones", "[reader]")
{
    checkCase(GENERATE(values<Case>({
        {"layer type", withLayers(R"({"type": "relu"}, {"type": "conv3d", "kernel": 3})"),
         "layers[1]: type must be one of " + knownTypes + R"(, got string "conv3d")"},
        {"layer type case", withLayers(R"({"type": "ReLU"})"),
         "layers[0]: type must be one of " + knownTypes + R"(, got string "ReLU")"},
        {"dtype", replaced(R"("dtype": "float16")", R"("dtype": "float128")"),
         "settings.dtype must be one of float32, float16, bfloat16, float64, int8, got string "
         "\"float128\""},
        {"optimizer", replaced(R"("optimizer": "adam")", R"("optimizer": "rmsprop")"),
         "settings.optimizer must be one of sgd, sgd_momentum, adam, got string \"rmsprop\""},
    })));
}

TEST_CASE("batch below 1 is refused by the reader", "[reader]")
{
    const char *batch = GENERATE("0", "-3");
    checkCase({batch, replaced(R"("batch": 4)", (std::string(R"("batch": )") + batch).c_str()),
               std::string("settings.batch must be at least 1, got ") + batch});
}

TEST_CASE("sizes and layer numbers out of range are left to the analysis", "[reader]")
{
    const Network network = networkOf(QByteArray(R"({
        "format": "convdesigner-network", "version": 1,
        "input": {"channels": 0, "height": -5, "width": 0},
        "layers": [
            {"type": "conv2d", "out_channels": -1, "kernel": 0, "stride": [0, -2],
             "padding": -1, "dilation": 0, "groups": 0},
            {"type": "maxpool2d", "kernel": [-3, 0], "stride": 0, "padding": -7},
            {"type": "dropout", "p": 1.5},
            {"type": "batchnorm2d", "eps": -1, "momentum": 0},
            {"type": "adaptive_maxpool2d", "output": 0},
            {"type": "linear", "out_features": 0}
        ]})"));
    CHECK(network.input == InputShape{0, -5, 0});
    REQUIRE(network.layers.size() == 6);
    CHECK(network.layers[0].kind
          == LayerKind(Conv2d{.outChannels = -1,
                              .kernel = {0, 0},
                              .stride = {0, -2},
                              .padding = {-1, -1},
                              .dilation = {0, 0},
                              .groups = 0}));
    CHECK(network.layers[1].kind
          == LayerKind(MaxPool2d{.kernel = {-3, 0}, .stride = Pair{0, 0}, .padding = {-7, -7}}));
    CHECK(network.layers[2].kind == LayerKind(Dropout{1.5}));
    CHECK(network.layers[3].kind == LayerKind(BatchNorm2d{-1.0, 0.0}));
    CHECK(network.layers[4].kind == LayerKind(AdaptiveMaxPool2d{{0, 0}}));
    CHECK(network.layers[5].kind == LayerKind(Linear{.outFeatures = 0}));
}

TEST_CASE("extreme 64-bit integers are read exactly", "[reader]")
{
    const Network network = networkOf(withLayers(
        R"({"type": "linear", "out_features": 9223372036854775807},
           {"type": "conv2d", "out_channels": -9223372036854775808, "kernel": 3.0})"));
    CHECK(std::get<Linear>(network.layers[0].kind).outFeatures == INT64_MAX);
    // 3.0 is an integer in JSON's number model; PyTorch accepts it too.
    CHECK(std::get<Conv2d>(network.layers[1].kind)
          == Conv2d{.outChannels = INT64_MIN, .kernel = {3, 3}});
}

TEST_CASE("files that are not network files say so", "[reader]")
{
    const std::string prefix = "not a ConvDesigner network file: ";
    checkCase(GENERATE_REF(values<Case>({
        {"other format", replaced(R"("format": "convdesigner-network")", R"("format": "onnx")"),
         prefix + R"(format is "onnx")"},
        {"no format", replaced(R"("format": "convdesigner-network",)", ""),
         prefix + "format is missing"},
        {"format not a string", replaced(R"("format": "convdesigner-network")", R"("format": 1)"),
         prefix + "format is number 1"},
        {"some other JSON object", R"({"name": "package.json", "version": "1.0.0"})",
         prefix + "format is missing"},
        {"empty object", "{}", prefix + "format is missing"},
        {"array", R"([{"format": "convdesigner-network"}])",
         prefix + "the top level is an array, not an object"},
        {"empty file", "", prefix + "the file is empty"},
        {"only a byte order mark", "\xEF\xBB\xBF", prefix + "the file is empty"},
        {"white space", " \n\t\r\n", prefix + "the file holds only white space"},
        {"a number", "42", prefix + "it does not start with a JSON object"},
        {"a string", "\"convdesigner-network\"", prefix + "it does not start with a JSON object"},
        {"plain text", "format: convdesigner-network",
         prefix + "it does not start with a JSON object"},
    })));
}

TEST_CASE("versions other than 1 and 2 are refused", "[reader]")
{
    checkCase(GENERATE(values<Case>({
        {"newer", replaced(R"("version": 1)", R"("version": 3)"),
         "version 3 is newer than this ConvDesigner reads (2); update ConvDesigner"},
        // A newer file's new keys are explained by its version, not reported as unknown.
        {"newer with new keys", replaced(R"("version": 1,)", R"("version": 17, "branches": [],)"),
         "version 17 is newer than this ConvDesigner reads (2); update ConvDesigner"},
        {"zero", replaced(R"("version": 1)", R"("version": 0)"),
         "version must be at least 1, got 0"},
        {"negative", replaced(R"("version": 1)", R"("version": -1)"),
         "version must be at least 1, got -1"},
    })));
}

TEST_CASE("malformed JSON gives the line and column of the parser's error", "[reader]")
{
    struct Syntax
    {
        const char *what;
        QByteArray bytes;
        std::string error;
    };
    const Syntax c = GENERATE_REF(values<Syntax>({
        {"missing comma", replaced(R"("version": 1,)", R"("version": 1)"),
         "malformed JSON at line 4, column 4: unterminated object"},
        {"trailing comma",
         replaced(R"({"type": "linear", "out_features": 10})",
                  R"({"type": "linear", "out_features": 10},)"),
         "malformed JSON at line 13, column 4: object is missing after a comma"},
        {"unterminated", valid().left(valid().indexOf("\"layers\"")),
         "malformed JSON at line 7, column 3: unterminated object"},
        {"garbage after the object", valid() + "x",
         "malformed JSON at line 15, column 1: "
         "garbage at the end of the document"},
        // Columns count characters: the two-byte ü is one column.
        {"after multibyte text", replaced(R"("name": "small",)", "\"name\": \"\xC3\xBC\" x,"),
         "malformed JSON at line 4, column 16: unterminated object"},
        {"byte order mark is not a column", "\xEF\xBB\xBF{\"format\" \"convdesigner-network\"}",
         "malformed JSON at line 1, column 12: missing name separator"},
    }));
    CAPTURE(c.what);
    CHECK(errorOf(c.bytes) == c.error);
}

TEST_CASE("non-UTF-8 bytes are named with their place", "[reader]")
{
    CHECK(errorOf(replaced(R"("name": "small")", "\"name\": \"sm\xFF"
                                                 "all\""))
          == "not UTF-8 text: invalid byte 0xff at line 4, column 14 (byte offset 67)");
    // Latin-1 text, a common mistake: the é is one byte 0xe9.
    CHECK(errorOf("{\"name\": \"caf\xE9\"}")
          == "not UTF-8 text: invalid byte 0xe9 at line 1, column 14 (byte offset 13)");
    // The offset counts the byte order mark; the column does not.
    CHECK(errorOf("\xEF\xBB\xBF{\xC0\xAF}")
          == "not UTF-8 text: invalid byte 0xc0 at line 1, column 2 (byte offset 4)");
    // UTF-16 is not UTF-8 either.
    CHECK(errorOf(QByteArray("\xFF\xFE{\0}\0", 6))
          == "not UTF-8 text: invalid byte 0xff at line 1, column 1 (byte offset 0)");
}

TEST_CASE("a UTF-8 byte order mark is skipped", "[reader]")
{
    CHECK(networkOf("\xEF\xBB\xBF" + valid()) == networkOf(valid()));
}

TEST_CASE("deeply nested garbage is refused without a crash", "[reader]")
{
    SECTION("beyond the parser's depth")
    {
        const QByteArray bytes = QByteArray(100000, '[') + QByteArray(100000, ']');
        CHECK(errorOf(bytes)
              == "malformed JSON at line 1, column 1026: too deeply nested document");
    }
    SECTION("open objects")
    {
        QByteArray bytes;
        for (int i = 0; i < 20000; ++i)
            bytes += "{\"a\":";
        CHECK(errorOf(bytes).starts_with("malformed JSON at line 1, column "));
    }
    SECTION("nested inside a layer")
    {
        const QByteArray nested = QByteArray(500, '[') + QByteArray(500, ']');
        CHECK(errorOf(withLayers(nested.toStdString()))
              == "layers[0] must be an object, got an array of 1 element");
        CHECK(errorOf(withLayers(R"({"type": "conv2d", "out_channels": 1, "kernel": )"
                                 + nested.toStdString() + "}"))
              == "layers[0] (conv2d): kernel must be an integer or [height, width], got an array "
                 "of 1 element");
    }
}

TEST_CASE("every prefix and random corruption of a file fails with one line", "[reader]")
{
    const QByteArray bytes = valid();
    for (qsizetype length = 0; length < bytes.size() - 2; ++length) {
        CAPTURE(length);
        CHECK_FALSE(errorOf(bytes.left(length)).empty());
    }
    // Fixed seed: the same corruptions every run.
    QRandomGenerator random(20240521);
    for (int round = 0; round < 3000; ++round) {
        QByteArray corrupted = bytes;
        const int changes = 1 + int(random.bounded(4));
        for (int i = 0; i < changes; ++i)
            corrupted[random.bounded(int(corrupted.size()))] = char(random.bounded(256));
        const io::ReadResult result = readNetwork(corrupted);
        CAPTURE(corrupted.toStdString());
        CHECK(result.network.has_value() == result.error.empty());
        CHECK(result.error.find('\n') == std::string::npos);
    }
}

TEST_CASE("every network file in the repository reads", "[reader]")
{
    const QStringList files = io::test::networkFiles();
    REQUIRE(files.size() >= 30);
    for (const QString &path : files) {
        CAPTURE(path.toStdString());
        const io::ReadResult result = io::readNetworkFile(path);
        INFO(result.error);
        REQUIRE(result.network);
        // Counted without the reader under test.
        const QJsonObject object = QJsonDocument::fromJson(io::test::fileBytes(path)).object();
        const QJsonArray layers = object.value(QStringLiteral("layers")).toArray();
        CHECK(result.network->layers.size() == std::size_t(layers.size()));
        for (std::size_t i = 0; i < result.network->layers.size(); ++i) {
            CHECK(result.network->layers[i].id == i + 1);
            const QString type
                = layers.at(qsizetype(i)).toObject().value(QStringLiteral("type")).toString();
            CHECK(typeName(layerType(result.network->layers[i].kind)) == type.toStdString());
        }
        CHECK(result.network->name
              == object.value(QStringLiteral("name")).toString().toStdString());
    }
}

TEST_CASE("rectangular kernels, strides and paddings read as pairs", "[reader]")
{
    const io::ReadResult result
        = io::readNetworkFile(io::test::dataFile("edge_rect_kernel_stride_padding.cnn.json"));
    REQUIRE(result.network);
    Network expected;
    expected.name = "rect kernel stride padding";
    expected.input = {3, 40, 50};
    expected.append(
        Conv2d{.outChannels = 8, .kernel = {3, 7}, .stride = {1, 3}, .padding = {1, 2}});
    expected.append(MaxPool2d{.kernel = {2, 3}, .stride = Pair{2, 1}});
    expected.append(AvgPool2d{.kernel = {3, 1}, .stride = Pair{1, 2}, .padding = {1, 0}});
    CHECK(*result.network == expected);
}

TEST_CASE("padding \"valid\" and \"same\" read as modes", "[reader]")
{
    SECTION("valid")
    {
        const io::ReadResult result
            = io::readNetworkFile(io::test::dataFile("edge_valid_padding_string.cnn.json"));
        REQUIRE(result.network);
        const Network &network = *result.network;
        CHECK(network.input == InputShape{3, 12, 12});
        REQUIRE(network.layers.size() == 2);
        CHECK(std::get<Conv2d>(network.layers[0].kind)
              == Conv2d{.outChannels = 4, .kernel = {3, 3}, .paddingMode = PaddingMode::Valid});
        CHECK(std::get<Conv2d>(network.layers[1].kind)
              == Conv2d{.outChannels = 4,
                        .kernel = {3, 5},
                        .stride = {2, 2},
                        .paddingMode = PaddingMode::Valid});
    }
    SECTION("same")
    {
        const io::ReadResult result
            = io::readNetworkFile(io::test::dataFile("edge_same_even_kernels.cnn.json"));
        REQUIRE(result.network);
        const Network &network = *result.network;
        CHECK(network.input == InputShape{2, 9, 10});
        REQUIRE(network.layers.size() == 2);
        CHECK(std::get<Conv2d>(network.layers[0].kind)
              == Conv2d{.outChannels = 4, .kernel = {4, 4}, .paddingMode = PaddingMode::Same});
        CHECK(std::get<Conv2d>(network.layers[1].kind)
              == Conv2d{.outChannels = 4,
                        .kernel = {2, 6},
                        .paddingMode = PaddingMode::Same,
                        .dilation = {1, 2}});
    }
}

TEST_CASE("names, settings and float fields read from the data files", "[reader]")
{
    SECTION("names with quotes, commas, non-ASCII and a newline")
    {
        const io::ReadResult result
            = io::readNetworkFile(io::test::dataFile("edge_names_csv_quoting.cnn.json"));
        REQUIRE(result.network);
        const Network &network = *result.network;
        CHECK(network.name == "names, \"quotes\" \xC3\xBC");
        REQUIRE(network.layers.size() == 4);
        CHECK(network.layers[0].name == "conv, \"first\"");
        CHECK(network.layers[1].name == "Faltung \xC3\xBC");
        CHECK(network.layers[2].name == "\xE6\xB1\xA0\xE5\x8C\x96");
        CHECK(network.layers[3].name == "a\nb");
    }
    SECTION("settings")
    {
        const io::ReadResult result
            = io::readNetworkFile(io::test::dataFile("edge_settings_fp16_adam_b64.cnn.json"));
        REQUIRE(result.network);
        CHECK(result.network->settings == Settings{64, DType::Float16, Optimizer::Adam});
        const io::ReadResult partial
            = io::readNetworkFile(io::test::dataFile("edge_settings_float64_only.cnn.json"));
        REQUIRE(partial.network);
        CHECK(partial.network->settings == Settings{1, DType::Float64, Optimizer::SgdMomentum});
    }
    SECTION("batchnorm")
    {
        const io::ReadResult result
            = io::readNetworkFile(io::test::dataFile("edge_batchnorm.cnn.json"));
        REQUIRE(result.network);
        REQUIRE(result.network->layers.size() == 7);
        CHECK(std::get<BatchNorm2d>(result.network->layers[1].kind) == BatchNorm2d{});
        CHECK(std::get<BatchNorm2d>(result.network->layers[4].kind) == BatchNorm2d{0.001, 0.01});
        CHECK(std::get<MaxPool2d>(result.network->layers[3].kind).stride == std::nullopt);
    }
}

TEST_CASE("readNetworkFile puts the path before every message", "[reader][file]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("x.cnn.json"));
    const QByteArray bytes = withLayers(R"({"type": "conv2d", "out_channels": 8, "kernal": 3})");
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    file.close();

    const io::ReadResult result = io::readNetworkFile(path);
    CHECK_FALSE(result.network);
    CHECK(result.error == path.toStdString() + R"(: layers[0] (conv2d): unknown key "kernal")");
}

TEST_CASE("readNetworkFile names files it cannot open", "[reader][file]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString missing = dir.filePath(QStringLiteral("missing.cnn.json"));
    const io::ReadResult result = io::readNetworkFile(missing);
    CHECK_FALSE(result.network);
    CHECK(result.error == missing.toStdString() + ": cannot open: No such file or directory");

    const io::ReadResult directory = io::readNetworkFile(dir.path());
    CHECK_FALSE(directory.network);
    CHECK(directory.error.starts_with(dir.path().toStdString() + ": cannot open: "));
}

TEST_CASE("readNetworkFile refuses files over 32 MiB before reading them", "[reader][file]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("huge.cnn.json"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    // Sparse: 2 GiB that a reader reading it whole would take seconds and gigabytes over.
    REQUIRE(file.resize(qint64(2) * 1024 * 1024 * 1024));
    file.close();

    QElapsedTimer timer;
    timer.start();
    const io::ReadResult result = io::readNetworkFile(path);
    CHECK(timer.elapsed() < 2000);
    CHECK_FALSE(result.network);
    CHECK(result.error
          == path.toStdString()
                 + ": too large: 2048.0 MiB (2147483648 bytes); network files are limited to 32 "
                   "MiB");
}

TEST_CASE("readNetworkFile reads a file of exactly 32 MiB and refuses one byte more",
          "[reader][file]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("padded.cnn.json"));
    QByteArray bytes = valid();
    bytes += QByteArray(io::maxNetworkFileBytes - bytes.size(), ' ');
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
    file.close();
    const io::ReadResult atLimit = io::readNetworkFile(path);
    INFO(atLimit.error);
    CHECK(atLimit.network);

    REQUIRE(file.open(QIODevice::Append));
    REQUIRE(file.write(" ") == 1);
    file.close();
    const io::ReadResult over = io::readNetworkFile(path);
    CHECK_FALSE(over.network);
    CHECK(over.error
          == path.toStdString()
                 + ": too large: 32.0 MiB (33554433 bytes); network files are limited to 32 MiB");
}

// Issue 9: Qt's parser takes raw control characters in strings (RFC 8259 forbids them) and
// keeps the last of duplicate keys, so a file could say two things and be read as one.
TEST_CASE("a raw control character in a string is refused with its place", "[reader][strict]")
{
    const Case c = GENERATE_REF(values<Case>({
        {"raw NUL in the name",
         valid().replace(QByteArrayView("\"small\""), QByteArrayView("\"sm\0all\"", 8)),
         "malformed JSON at line 4, column 14: raw control character U+0000 in a string; "
         "write it as \\u0000"},
        {"raw escape in a layer name", replaced(R"("name": "conv1")", "\"name\": \"co\x1bnv1\""),
         "malformed JSON at line 8, column 35: raw control character U+001B in a string; "
         "write it as \\u001b"},
        {"raw tab in a key", replaced(R"("batch": 4)", "\"ba\ttch\": 4"),
         "malformed JSON at line 6, column 19: raw control character U+0009 in a string; "
         "write it as \\t"},
    }));
    checkCase(c);
}

TEST_CASE("escaped control characters are text like any other", "[reader][strict]")
{
    CHECK(networkOf(replaced(R"("name": "small")", R"("name": "a\u0000b\tc\u001b")")).name
          == std::string("a\0b\tc\x1b", 6));
}

TEST_CASE("a key that appears twice in one object is refused, naming the object",
          "[reader][strict]")
{
    const Case c = GENERATE_REF(values<Case>({
        {"top level", replaced(R"("version": 1,)", R"("version": 1, "version": 1,)"),
         "duplicate key \"version\" at line 3, column 17 (first at line 3, column 3): "
         "a key may appear only once in an object"},
        {"input", replaced(R"("width": 32})", R"("width": 32, "width": 5})"),
         "duplicate key \"width\" in input at line 5, column 55 (first at line 5, column 42): "
         "a key may appear only once in an object"},
        {"a layer, spelt with an escape",
         replaced(R"({"type": "maxpool2d", "kernel": 2})",
                  R"({"type": "maxpool2d", "kernel": 2, "k\u0065rnel": 3})"),
         "duplicate key \"kernel\" in layers[2] at line 10, column 40 (first at line 10, "
         "column 27): a key may appear only once in an object"},
    }));
    checkCase(c);
}

TEST_CASE("the same key in different objects is no duplicate", "[reader][strict]")
{
    const Network network = networkOf(withLayers(
        R"({"type": "conv2d", "name": "a", "out_channels": 1, "kernel": 1}, {"type": "relu", "name": "b"})"));
    CHECK(network.layers.size() == 2);
}
