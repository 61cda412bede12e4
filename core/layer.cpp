#include "layer.h"

#include <array>

namespace cd {

namespace {

constexpr std::array<std::string_view, layerTypeCount> typeNames = {
    "conv2d",    "maxpool2d", "avgpool2d", "adaptive_avgpool2d", "adaptive_maxpool2d",
    "nin_block", "batchnorm2d", "relu",    "dropout",            "flatten",
    "linear",    "add",       "concat",    "sigmoid",            "tanh",
};

} // namespace

LayerType layerType(const LayerKind &kind)
{
    return static_cast<LayerType>(kind.index());
}

std::string_view typeName(LayerType type)
{
    return typeNames.at(static_cast<std::size_t>(type));
}

std::optional<LayerType> layerTypeFromName(std::string_view name)
{
    for (std::size_t i = 0; i < typeNames.size(); ++i) {
        if (typeNames[i] == name)
            return static_cast<LayerType>(i);
    }
    return std::nullopt;
}

LayerKind defaultLayer(LayerType type)
{
    switch (type) {
    case LayerType::Conv2d: return Conv2d{};
    case LayerType::MaxPool2d: return MaxPool2d{};
    case LayerType::AvgPool2d: return AvgPool2d{};
    case LayerType::AdaptiveAvgPool2d: return AdaptiveAvgPool2d{};
    case LayerType::AdaptiveMaxPool2d: return AdaptiveMaxPool2d{};
    case LayerType::NinBlock: return NinBlock{};
    case LayerType::BatchNorm2d: return BatchNorm2d{};
    case LayerType::ReLU: return ReLU{};
    case LayerType::Dropout: return Dropout{};
    case LayerType::Flatten: return Flatten{};
    case LayerType::Linear: return Linear{};
    case LayerType::Add: return Add{};
    case LayerType::Concat: return Concat{};
    case LayerType::Sigmoid: return Sigmoid{};
    case LayerType::Tanh: return Tanh{};
    }
    return ReLU{};
}

bool joinsInputs(LayerType type)
{
    return type == LayerType::Add || type == LayerType::Concat;
}

bool needsVersion2(LayerType type)
{
    return type >= LayerType::Add;
}

std::string displayName(const Layer &layer, int index)
{
    if (!layer.name.empty())
        return layer.name;
    std::string derived(typeName(layerType(layer.kind)));
    derived += '_';
    derived += std::to_string(index);
    return derived;
}

} // namespace cd
