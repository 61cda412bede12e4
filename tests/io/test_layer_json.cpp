// The layer reader and writer driven by the field table (layer_reader.h, layer_writer.h): any
// field of any type, changed alone, survives a write and a read, and a required field left out
// is named. Written over the table, so a new layer type is covered as soon as it has an entry.

#include "io/layer_reader.h"
#include "io/layer_writer.h"
#include "layer_fields.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

using namespace cd;

namespace {

// Values away from `value` (the type's default), one per JSON form the field can take.
std::vector<FieldValue> changed(const FieldValue &value)
{
    return std::visit(
        [](const auto &v) -> std::vector<FieldValue> {
            using T = std::decay_t<decltype(v)>;
            if constexpr (std::is_same_v<T, std::int64_t>)
                return {v + 3};
            else if constexpr (std::is_same_v<T, Pair>)
                return {Pair::square(v.height + 2), Pair{v.height + 1, v.width + 2}};
            else if constexpr (std::is_same_v<T, std::optional<Pair>>)
                return {std::optional<Pair>(Pair::square(3)), std::optional<Pair>(Pair{1, 2})};
            else if constexpr (std::is_same_v<T, ConvPaddingValue>)
                return {ConvPaddingValue{PaddingMode::Explicit, {1, 2}},
                        ConvPaddingValue{PaddingMode::Same, Pair::square(0)},
                        ConvPaddingValue{PaddingMode::Valid, Pair::square(0)}};
            else if constexpr (std::is_same_v<T, bool>)
                return {!v};
            else
                return {v / 4 + 0.125};
        },
        value);
}

QJsonValue parsed(const QByteArray &line)
{
    return QJsonDocument::fromJson(line).object();
}

} // namespace

TEST_CASE("every field of every type, changed alone, is written and read back", "[layer json]")
{
    const auto type = static_cast<LayerType>(GENERATE(range(0, layerTypeCount)));
    for (const FieldInfo &field : layerFields(type)) {
        for (const FieldValue &value : changed(*fieldValue(defaultLayer(type), field.key))) {
            const auto kind = withFieldValue(defaultLayer(type), field.key, value);
            REQUIRE(kind);
            Layer layer;
            layer.kind = *kind;
            const QByteArray line = io::layerJson(layer, "x");
            CAPTURE(line.toStdString());
            CHECK(line.contains('"' + QByteArray::fromStdString(std::string(field.key)) + '"'));
            std::string error;
            const auto entry = io::readLayer(parsed(line), 0, error);
            INFO(error);
            REQUIRE(entry);
            CHECK(entry->layer.kind == layer.kind);
        }
    }
}

TEST_CASE("a default layer writes only its required fields, and each is needed", "[layer json]")
{
    const auto type = static_cast<LayerType>(GENERATE(range(0, layerTypeCount)));
    Layer layer;
    layer.kind = defaultLayer(type);
    const QJsonObject object = parsed(io::layerJson(layer, {})).toObject();
    std::vector<std::string> required;
    for (const FieldInfo &field : layerFields(type)) {
        if (field.required)
            required.emplace_back(field.key);
    }
    std::vector<std::string> written;
    for (const QString &key : object.keys()) {
        if (key != QLatin1String("type"))
            written.push_back(key.toStdString());
    }
    std::sort(required.begin(), required.end());
    CHECK(written == required);

    for (const std::string &key : required) {
        QJsonObject without = object;
        without.remove(QString::fromStdString(key));
        std::string error;
        CHECK_FALSE(io::readLayer(without, 2, error));
        CHECK(error == "layers[2] (" + std::string(typeName(type)) + "): " + key + " is missing");
    }
}
