#include "layer_writer.h"

#include "json_line.h"

#include <cmath>
#include <type_traits>

namespace cd::io {

namespace {

// Adds `key` when `value` differs from the default the reader would restore.
template<typename T>
void addUnlessDefault(JsonLine &line, std::string_view key, const T &value, const T &fallback)
{
    if (value != fallback)
        line.add(key, value);
}

void addFields(JsonLine &line, const Conv2d &conv)
{
    const Conv2d defaults;
    line.add("out_channels", conv.outChannels);
    line.add("kernel", conv.kernel);
    addUnlessDefault(line, "stride", conv.stride, defaults.stride);
    switch (conv.paddingMode) {
    case PaddingMode::Explicit:
        addUnlessDefault(line, "padding", conv.padding, defaults.padding);
        break;
    case PaddingMode::Same: line.add("padding", std::string_view("same")); break;
    case PaddingMode::Valid: line.add("padding", std::string_view("valid")); break;
    }
    addUnlessDefault(line, "dilation", conv.dilation, defaults.dilation);
    addUnlessDefault(line, "groups", conv.groups, defaults.groups);
    addUnlessDefault(line, "bias", conv.bias, defaults.bias);
}

void addFields(JsonLine &line, const MaxPool2d &pool)
{
    const MaxPool2d defaults;
    line.add("kernel", pool.kernel);
    // Unset means "the kernel"; a stride equal to the kernel but set is kept as written.
    if (pool.stride)
        line.add("stride", *pool.stride);
    addUnlessDefault(line, "padding", pool.padding, defaults.padding);
    addUnlessDefault(line, "dilation", pool.dilation, defaults.dilation);
    addUnlessDefault(line, "ceil_mode", pool.ceilMode, defaults.ceilMode);
}

void addFields(JsonLine &line, const AvgPool2d &pool)
{
    const AvgPool2d defaults;
    line.add("kernel", pool.kernel);
    if (pool.stride)
        line.add("stride", *pool.stride);
    addUnlessDefault(line, "padding", pool.padding, defaults.padding);
    addUnlessDefault(line, "ceil_mode", pool.ceilMode, defaults.ceilMode);
    addUnlessDefault(line, "count_include_pad", pool.countIncludePad, defaults.countIncludePad);
}

void addFields(JsonLine &line, const AdaptiveAvgPool2d &pool)
{
    line.add("output", pool.output);
}

void addFields(JsonLine &line, const AdaptiveMaxPool2d &pool)
{
    line.add("output", pool.output);
}

void addFields(JsonLine &line, const NinBlock &block)
{
    const NinBlock defaults;
    line.add("out_channels", block.outChannels);
    line.add("kernel", block.kernel);
    addUnlessDefault(line, "stride", block.stride, defaults.stride);
    addUnlessDefault(line, "padding", block.padding, defaults.padding);
}

void addFields(JsonLine &line, const BatchNorm2d &norm)
{
    const BatchNorm2d defaults;
    addUnlessDefault(line, "eps", norm.eps, defaults.eps);
    addUnlessDefault(line, "momentum", norm.momentum, defaults.momentum);
}

// Types without fields.
template<typename Bare>
    requires std::is_empty_v<Bare>
void addFields(JsonLine &, const Bare &)
{}

void addFields(JsonLine &line, const Dropout &dropout)
{
    addUnlessDefault(line, "p", dropout.p, Dropout{}.p);
}

void addFields(JsonLine &line, const Linear &linear)
{
    line.add("out_features", linear.outFeatures);
    addUnlessDefault(line, "bias", linear.bias, Linear{}.bias);
}

} // namespace

QByteArray layerJson(const Layer &layer, std::string_view name,
                     const std::vector<std::string> *inputs)
{
    JsonLine line;
    line.add("type", typeName(layerType(layer.kind)));
    if (!name.empty())
        line.add("name", name);
    std::visit([&line](const auto &kind) { addFields(line, kind); }, layer.kind);
    if (inputs)
        line.add("inputs", *inputs);
    if (!layer.block.empty())
        line.add("block", std::string_view(layer.block));
    return line.text();
}

std::string unwritableField(const Layer &layer, int index)
{
    const auto where = [&](std::string_view key) {
        return "layers[" + std::to_string(index) + "] ("
               + std::string(typeName(layerType(layer.kind))) + "): " + std::string(key);
    };
    if (const auto *norm = std::get_if<BatchNorm2d>(&layer.kind)) {
        if (!std::isfinite(norm->eps))
            return where("eps");
        if (!std::isfinite(norm->momentum))
            return where("momentum");
    }
    if (const auto *dropout = std::get_if<Dropout>(&layer.kind);
        dropout && !std::isfinite(dropout->p))
        return where("p");
    return {};
}

} // namespace cd::io
