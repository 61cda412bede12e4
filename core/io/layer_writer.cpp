// Writes a layer object of the network file by looping over the field table (layer_fields.h):
// required fields always, the others only when they differ from the type's default, which is
// what the reader restores when they are absent.

#include "layer_writer.h"

#include "json_line.h"
#include "layer_fields.h"

#include <cmath>
#include <type_traits>
#include <variant>

namespace cd::io {

namespace {

// Adds one field in the JSON its alternative takes.
void addField(JsonLine &line, std::string_view key, const FieldValue &value)
{
    std::visit(
        [&](const auto &v) {
            using T = std::decay_t<decltype(v)>;
            if constexpr (std::is_same_v<T, std::optional<Pair>>) {
                // Unset means "the kernel"; a stride equal to the kernel but set is kept as
                // written.
                if (v)
                    line.add(key, *v);
            } else if constexpr (std::is_same_v<T, ConvPaddingValue>) {
                switch (v.mode) {
                case PaddingMode::Explicit: line.add(key, v.padding); break;
                case PaddingMode::Same: line.add(key, std::string_view("same")); break;
                case PaddingMode::Valid: line.add(key, std::string_view("valid")); break;
                }
            } else {
                line.add(key, v);
            }
        },
        value);
}

} // namespace

QByteArray layerJson(const Layer &layer, std::string_view name,
                     const std::vector<std::string> *inputs)
{
    const LayerType type = layerType(layer.kind);
    // The values the reader restores for absent keys.
    const LayerKind defaults = defaultLayer(type);
    JsonLine line;
    line.add("type", typeName(type));
    if (!name.empty())
        line.add("name", name);
    for (const FieldInfo &field : layerFields(type)) {
        const FieldValue value = *fieldValue(layer.kind, field.key);
        if (field.required || value != *fieldValue(defaults, field.key))
            addField(line, field.key, value);
    }
    if (inputs)
        line.add("inputs", *inputs);
    if (!layer.block.empty())
        line.add("block", std::string_view(layer.block));
    return line.text();
}

std::string unwritableField(const Layer &layer, int index)
{
    const LayerType type = layerType(layer.kind);
    for (const FieldInfo &field : layerFields(type)) {
        const FieldValue value = *fieldValue(layer.kind, field.key);
        if (const double *number = std::get_if<double>(&value); number && !std::isfinite(*number))
            return "layers[" + std::to_string(index) + "] (" + std::string(typeName(type))
                   + "): " + std::string(field.key);
    }
    return {};
}

} // namespace cd::io
