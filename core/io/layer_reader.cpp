// Reads a layer object of the network file by looping over the field table (layer_fields.h),
// so the reader knows no layer type's fields; only conv2d's padding words and the pools'
// optional stride need JSON of their own, and those are chosen by the field's kind.

#include "layer_reader.h"

#include "json_describe.h"
#include "json_object_reader.h"
#include "layer_fields.h"

#include <array>
#include <type_traits>
#include <variant>

namespace cd::io {

namespace {

std::array<std::string_view, layerTypeCount> typeNames()
{
    std::array<std::string_view, layerTypeCount> names;
    for (int i = 0; i < layerTypeCount; ++i)
        names[static_cast<std::size_t>(i)] = typeName(static_cast<LayerType>(i));
    return names;
}

// Every key a layer of `type` may hold: its fields between the keys all layers share.
std::vector<std::string_view> allowedKeys(LayerType type)
{
    std::vector<std::string_view> keys = {"type", "name"};
    for (const FieldInfo &field : layerFields(type))
        keys.push_back(field.key);
    keys.insert(keys.end(), {"inputs", "block"});
    return keys;
}

// conv2d's padding: the numbers of a pair, or the words the file keeps instead of them.
void readConvPadding(JsonObjectReader &reader, std::string_view key, Need need,
                     ConvPaddingValue &out)
{
    static constexpr std::string_view expected
        = "an integer, [height, width], \"same\" or \"valid\"";
    const QJsonValue value = reader.value(key);
    if (!value.isString()) {
        reader.readPair(key, out.padding, need, expected);
        return;
    }
    if (value.toString() == QLatin1String("same"))
        out.mode = PaddingMode::Same;
    else if (value.toString() == QLatin1String("valid"))
        out.mode = PaddingMode::Valid;
    else
        reader.fail(reader.subject(key) + " must be " + std::string(expected) + ", got "
                    + describeJson(value));
}

// Reads `field` into `value`, which holds the default to keep when the key is absent; the
// value's alternative (its FieldKind's) says which JSON the key takes.
void readField(JsonObjectReader &reader, const FieldInfo &field, FieldValue &value)
{
    const Need need = field.required ? Need::Required : Need::Optional;
    std::visit(
        [&](auto &out) {
            if constexpr (std::is_same_v<std::decay_t<decltype(out)>, ConvPaddingValue>)
                readConvPadding(reader, field.key, need, out);
            else
                reader.read(field.key, out, need);
        },
        value);
}

// The fields are read in the table's order (the format's), so the first message is about the
// first bad field a reader of the file meets.
LayerKind readKind(JsonObjectReader &reader, LayerType type)
{
    LayerKind kind = defaultLayer(type);
    for (const FieldInfo &field : layerFields(type)) {
        FieldValue value = *fieldValue(kind, field.key);
        readField(reader, field, value);
        // The value has the field's own alternative, so the table always accepts it.
        kind = *withFieldValue(kind, field.key, value);
    }
    return kind;
}

} // namespace

std::optional<LayerEntry> readLayer(const QJsonValue &value, int index, std::string &error)
{
    const std::string place = "layers[" + std::to_string(index) + "]";
    if (!value.isObject()) {
        error = place + " must be an object, got " + describeJson(value);
        return std::nullopt;
    }
    const QJsonObject object = value.toObject();

    // Until the type is known, messages cannot name it.
    JsonObjectReader untyped(object, place, place + ": ", error);
    const std::array<std::string_view, layerTypeCount> names = typeNames();
    const std::optional<std::string> name = untyped.readChoice("type", names, Need::Required);
    if (!name)
        return std::nullopt;
    const LayerType type = layerTypeFromName(*name).value_or(LayerType::ReLU);

    const std::string typed = place + " (" + *name + ")";
    JsonObjectReader reader(object, typed, typed + ": ", error);
    reader.rejectUnknownKeys(allowedKeys(type));
    LayerEntry entry;
    reader.read("name", entry.layer.name);
    entry.layer.kind = readKind(reader, type);
    reader.read("inputs", entry.inputs);
    reader.read("block", entry.layer.block);
    entry.usesVersion2 = object.contains(QLatin1String("inputs"))
                         || object.contains(QLatin1String("block"));
    if (!reader.ok())
        return std::nullopt;
    return entry;
}

} // namespace cd::io
