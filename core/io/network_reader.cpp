#include "network_reader.h"

#include "json_describe.h"
#include "json_object_reader.h"
#include "layer_reader.h"
#include "network_links.h"
#include "strict_json.h"
#include "text/json_text.h"
#include "text/terminal_text.h"
#include "text/utf8.h"
#include "text_position.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstdio>
#include <cstring>

namespace cd::io {

namespace {

constexpr std::int64_t formatVersion = 2;
constexpr std::string_view notNetwork = "not a ConvDesigner network file: ";

std::string at(TextPosition position)
{
    return "line " + std::to_string(position.line) + ", column " + std::to_string(position.column);
}

bool isJsonWhitespace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

std::string hexByte(char c)
{
    char text[8];
    std::snprintf(text, sizeof text, "0x%02x", static_cast<unsigned char>(c));
    return text;
}

// The JSON document in `bytes`, or nullopt with `error` set; checks what the parser would
// accept without a precise place (bad UTF-8) or would take for a different kind of file.
std::optional<QJsonObject> parseObject(QByteArrayView bytes, std::string &error)
{
    static constexpr QByteArrayView bom("\xEF\xBB\xBF");
    const qsizetype skipped = bytes.startsWith(bom) ? bom.size() : 0;
    const QByteArrayView text = bytes.sliced(skipped);

    if (std::all_of(text.begin(), text.end(), isJsonWhitespace)) {
        error = std::string(notNetwork)
                + (text.isEmpty() ? "the file is empty" : "the file holds only white space");
        return std::nullopt;
    }
    if (const qsizetype bad = text::firstInvalidUtf8(text); bad >= 0) {
        error = "not UTF-8 text: invalid byte " + hexByte(text[bad]) + " at "
                + at(textPosition(text, bad)) + " (byte offset " + std::to_string(bad + skipped)
                + ")";
        return std::nullopt;
    }

    // Qt's parser calls a bare number "illegal value"; this says what the file is not.
    const char first = *std::find_if_not(text.begin(), text.end(), isJsonWhitespace);
    if (first != '{' && first != '[') {
        error = std::string(notNetwork) + "it does not start with a JSON object";
        return std::nullopt;
    }

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        error = "malformed JSON at " + at(textPosition(text, parseError.offset)) + ": "
                + parseError.errorString().toStdString();
        return std::nullopt;
    }
    if (std::string problem = strictJsonProblem(text); !problem.empty()) {
        error = std::move(problem);
        return std::nullopt;
    }
    if (!document.isObject()) {
        error = std::string(notNetwork) + "the top level is an array, not an object";
        return std::nullopt;
    }
    return document.object();
}

void checkFormat(const QJsonObject &object, std::string &error)
{
    const QJsonValue format = object.value(QLatin1String("format"));
    if (format == QJsonValue(QLatin1String("convdesigner-network")))
        return;
    error = std::string(notNetwork) + "format is ";
    if (format.isUndefined())
        error += "missing";
    else if (format.isString())
        error += text::quotedForMessage(format.toString().toStdString());
    else
        error += describeJson(format);
}

std::int64_t checkVersion(JsonObjectReader &reader)
{
    std::int64_t version = 0;
    reader.read("version", version, Need::Required);
    if (!reader.ok())
        return version;
    if (version > formatVersion) {
        reader.fail("version " + std::to_string(version)
                    + " is newer than this ConvDesigner reads (" + std::to_string(formatVersion)
                    + "); update ConvDesigner");
    } else if (version < 1) {
        reader.fail("version must be at least 1, got " + std::to_string(version));
    }
    return version;
}

void readInput(JsonObjectReader &top, InputShape &input, std::string &error)
{
    const std::optional<QJsonObject> object = top.readObject("input", Need::Required);
    if (!object)
        return;
    static constexpr std::array<std::string_view, 3> keys = {"channels", "height", "width"};
    JsonObjectReader reader(*object, "input", "input.", error);
    reader.rejectUnknownKeys(keys);
    reader.read("channels", input.channels, Need::Required);
    reader.read("height", input.height, Need::Required);
    reader.read("width", input.width, Need::Required);
}

template<typename Enum, std::size_t count>
void readEnum(JsonObjectReader &reader, std::string_view key, Enum &out,
              const std::array<Enum, count> &values, std::string_view (*name)(Enum))
{
    std::array<std::string_view, count> names;
    std::transform(values.begin(), values.end(), names.begin(), name);
    const std::optional<std::string> chosen = reader.readChoice(key, names);
    if (!chosen)
        return;
    const auto it = std::find(names.begin(), names.end(), *chosen);
    out = values[static_cast<std::size_t>(it - names.begin())];
}

void readSettings(JsonObjectReader &top, Settings &settings, std::string &error)
{
    const std::optional<QJsonObject> object = top.readObject("settings");
    if (!object)
        return;
    static constexpr std::array<std::string_view, 3> keys = {"batch", "dtype", "optimizer"};
    JsonObjectReader reader(*object, "settings", "settings.", error);
    reader.rejectUnknownKeys(keys);
    reader.read("batch", settings.batch);
    // Unlike sizes, the batch is no layer's business: refusing it here is the only check.
    if (reader.ok() && settings.batch < 1) {
        reader.fail("settings.batch must be at least 1, got " + std::to_string(settings.batch));
    }
    static constexpr std::array dtypes
        = {DType::Float32, DType::Float16, DType::BFloat16, DType::Float64, DType::Int8};
    static constexpr std::array optimizers
        = {Optimizer::Sgd, Optimizer::SgdMomentum, Optimizer::Adam};
    readEnum(reader, "dtype", settings.dtype, dtypes, &dtypeName);
    readEnum(reader, "optimizer", settings.optimizer, optimizers, &optimizerName);
}

void readLayers(JsonObjectReader &top, std::int64_t version, std::vector<Layer> &layers,
                std::string &error)
{
    const std::optional<QJsonArray> array = top.readArray("layers", Need::Required);
    if (!array)
        return;
    std::vector<LayerEntry> entries;
    entries.reserve(static_cast<std::size_t>(array->size()));
    for (qsizetype i = 0; i < array->size(); ++i) {
        std::optional<LayerEntry> entry = readLayer(array->at(i), static_cast<int>(i), error);
        if (!entry)
            return;
        entries.push_back(std::move(*entry));
    }
    linkLayers(std::move(entries), version, layers, error);
}

std::optional<Network> parseNetwork(QByteArrayView bytes, std::string &error)
{
    const std::optional<QJsonObject> object = parseObject(bytes, error);
    if (!object)
        return std::nullopt;
    checkFormat(*object, error);
    if (!error.empty())
        return std::nullopt;

    JsonObjectReader top(*object, {}, {}, error);
    // Before the unknown keys: a newer file's new keys are explained by its version.
    const std::int64_t version = checkVersion(top);
    static constexpr std::array<std::string_view, 6> keys
        = {"format", "version", "name", "input", "settings", "layers"};
    top.rejectUnknownKeys(keys);

    Network network;
    top.read("name", network.name);
    readInput(top, network.input, error);
    if (top.ok())
        readSettings(top, network.settings, error);
    if (top.ok())
        readLayers(top, version, network.layers, error);
    if (!top.ok())
        return std::nullopt;
    return network;
}

std::string mebibytes(qint64 bytes)
{
    const double value = static_cast<double>(bytes) / (1024.0 * 1024.0);
    return QString::number(value, 'f', 1).toStdString() + " MiB";
}

ReadResult failure(std::string error)
{
    return ReadResult{std::nullopt, std::move(error)};
}

// The network in a file opened for reading; `where` ("path: ") starts every message.
ReadResult readOpenedFile(QFile &file, const std::string &where)
{
    const std::string limit = "; network files are limited to "
                              + std::to_string(maxNetworkFileBytes / (1024 * 1024)) + " MiB";
    // A pipe has no size up front; its bytes are counted as they come instead.
    if (!file.isSequential() && file.size() > maxNetworkFileBytes) {
        return failure(where + "too large: " + mebibytes(file.size()) + " ("
                       + std::to_string(file.size()) + " bytes)" + limit);
    }
    const QByteArray bytes = file.read(maxNetworkFileBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return failure(where + "cannot read: " + file.errorString().toStdString());
    if (bytes.size() > maxNetworkFileBytes) {
        return failure(where + "too large: more than " + std::to_string(maxNetworkFileBytes)
                       + " bytes" + limit);
    }

    ReadResult result = readNetwork(bytes);
    if (!result.network)
        result.error.insert(0, where);
    return result;
}

} // namespace

ReadResult readNetwork(QByteArrayView bytes)
{
    std::string error;
    std::optional<Network> network = parseNetwork(bytes, error);
    if (!network)
        return failure(error.empty() ? std::string("unreadable network file") : error);
    return ReadResult{std::move(network), {}};
}

ReadResult readNetworkFile(const QString &path)
{
    const std::string where
        = text::printablePath(QDir::toNativeSeparators(path).toStdString()) + ": ";
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(where + "cannot open: " + file.errorString().toStdString());
    return readOpenedFile(file, where);
}

ReadResult readNetworkFile(const std::filesystem::path &path)
{
    const std::string where = text::printablePath(path.native()) + ": ";
    // Opened by its bytes (POSIX): a QString cannot hold a name that is no UTF-8, such as a
    // byte 0xFF, which Linux file names may contain.
    std::FILE *handle = std::fopen(path.c_str(), "rb");
    if (handle == nullptr)
        return failure(where + "cannot open: " + std::strerror(errno));
    QFile file;
    if (!file.open(handle, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        std::fclose(handle);
        return failure(where + "cannot open: " + file.errorString().toStdString());
    }
    return readOpenedFile(file, where);
}

} // namespace cd::io
