#include "layer_reader.h"

#include "json_describe.h"
#include "json_object_reader.h"

#include <array>
#include <span>

namespace cd::io {

namespace {

using Keys = std::span<const std::string_view>;

// Every key a layer of each type may hold, in the format's order.
Keys allowedKeys(LayerType type)
{
    static constexpr std::string_view conv2d[]
        = {"type",    "name",     "out_channels", "kernel", "stride",
           "padding", "dilation", "groups",       "bias"};
    static constexpr std::string_view maxPool2d[]
        = {"type", "name", "kernel", "stride", "padding", "dilation", "ceil_mode"};
    static constexpr std::string_view avgPool2d[]
        = {"type", "name", "kernel", "stride", "padding", "ceil_mode", "count_include_pad"};
    static constexpr std::string_view adaptive[] = {"type", "name", "output"};
    static constexpr std::string_view ninBlock[]
        = {"type", "name", "out_channels", "kernel", "stride", "padding"};
    static constexpr std::string_view batchNorm2d[] = {"type", "name", "eps", "momentum"};
    static constexpr std::string_view dropout[] = {"type", "name", "p"};
    static constexpr std::string_view linear[] = {"type", "name", "out_features", "bias"};
    static constexpr std::string_view bare[] = {"type", "name"};

    switch (type) {
    case LayerType::Conv2d: return conv2d;
    case LayerType::MaxPool2d: return maxPool2d;
    case LayerType::AvgPool2d: return avgPool2d;
    case LayerType::AdaptiveAvgPool2d:
    case LayerType::AdaptiveMaxPool2d: return adaptive;
    case LayerType::NinBlock: return ninBlock;
    case LayerType::BatchNorm2d: return batchNorm2d;
    case LayerType::Dropout: return dropout;
    case LayerType::Linear: return linear;
    case LayerType::ReLU:
    case LayerType::Flatten:
    case LayerType::Add:
    case LayerType::Concat:
    case LayerType::Sigmoid:
    case LayerType::Tanh: break;
    }
    return bare;
}

std::array<std::string_view, layerTypeCount> typeNames()
{
    std::array<std::string_view, layerTypeCount> names;
    for (int i = 0; i < layerTypeCount; ++i)
        names[static_cast<std::size_t>(i)] = typeName(static_cast<LayerType>(i));
    return names;
}

void readConvPadding(JsonObjectReader &reader, Conv2d &conv)
{
    static constexpr std::string_view expected
        = "an integer, [height, width], \"same\" or \"valid\"";
    const QJsonValue value = reader.value("padding");
    if (!value.isString()) {
        reader.readPair("padding", conv.padding, Need::Optional, expected);
        return;
    }
    if (value.toString() == QLatin1String("same"))
        conv.paddingMode = PaddingMode::Same;
    else if (value.toString() == QLatin1String("valid"))
        conv.paddingMode = PaddingMode::Valid;
    else
        reader.fail(reader.subject("padding") + " must be " + std::string(expected) + ", got "
                    + describeJson(value));
}

// The fields are read in the format's table order, so the first message is about the first
// bad field a reader of the file meets.
LayerKind readKind(JsonObjectReader &reader, LayerType type)
{
    switch (type) {
    case LayerType::Conv2d: {
        Conv2d conv;
        reader.read("out_channels", conv.outChannels, Need::Required);
        reader.read("kernel", conv.kernel, Need::Required);
        reader.read("stride", conv.stride);
        readConvPadding(reader, conv);
        reader.read("dilation", conv.dilation);
        reader.read("groups", conv.groups);
        reader.read("bias", conv.bias);
        return conv;
    }
    case LayerType::MaxPool2d: {
        MaxPool2d pool;
        reader.read("kernel", pool.kernel, Need::Required);
        reader.read("stride", pool.stride);
        reader.read("padding", pool.padding);
        reader.read("dilation", pool.dilation);
        reader.read("ceil_mode", pool.ceilMode);
        return pool;
    }
    case LayerType::AvgPool2d: {
        AvgPool2d pool;
        reader.read("kernel", pool.kernel, Need::Required);
        reader.read("stride", pool.stride);
        reader.read("padding", pool.padding);
        reader.read("ceil_mode", pool.ceilMode);
        reader.read("count_include_pad", pool.countIncludePad);
        return pool;
    }
    case LayerType::AdaptiveAvgPool2d: {
        AdaptiveAvgPool2d pool;
        reader.read("output", pool.output, Need::Required);
        return pool;
    }
    case LayerType::AdaptiveMaxPool2d: {
        AdaptiveMaxPool2d pool;
        reader.read("output", pool.output, Need::Required);
        return pool;
    }
    case LayerType::NinBlock: {
        NinBlock block;
        reader.read("out_channels", block.outChannels, Need::Required);
        reader.read("kernel", block.kernel, Need::Required);
        reader.read("stride", block.stride);
        reader.read("padding", block.padding);
        return block;
    }
    case LayerType::BatchNorm2d: {
        BatchNorm2d norm;
        reader.read("eps", norm.eps);
        reader.read("momentum", norm.momentum);
        return norm;
    }
    case LayerType::ReLU: return ReLU{};
    case LayerType::Dropout: {
        Dropout dropout;
        reader.read("p", dropout.p);
        return dropout;
    }
    case LayerType::Flatten:
    case LayerType::Add:
    case LayerType::Concat:
    case LayerType::Sigmoid:
    case LayerType::Tanh: return defaultLayer(type);
    case LayerType::Linear: {
        Linear linear;
        reader.read("out_features", linear.outFeatures, Need::Required);
        reader.read("bias", linear.bias);
        return linear;
    }
    }
    return ReLU{};
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
    std::vector<std::string_view> keys(allowedKeys(type).begin(), allowedKeys(type).end());
    keys.insert(keys.end(), {"inputs", "block"});
    reader.rejectUnknownKeys(keys);
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
