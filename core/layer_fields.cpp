// The field table of layer_fields.h: each field's description with a getter and a setter over
// the layer struct's member, so describing a field and reaching it are one entry.

#include "layer_fields.h"

#include <algorithm>
#include <array>
#include <functional>

namespace cd {

namespace {

struct FieldAccess
{
    FieldInfo info;
    std::function<FieldValue(const LayerKind &)> get;
    std::function<bool(LayerKind &, const FieldValue &)> set;
};

// Access to a member `T L::*` whose value type is the FieldValue alternative itself.
template<typename L, typename T>
FieldAccess member(FieldInfo info, T L::*field)
{
    return {info, [field](const LayerKind &kind) { return FieldValue(std::get<L>(kind).*field); },
            [field](LayerKind &kind, const FieldValue &value) {
                const T *v = std::get_if<T>(&value);
                if (v == nullptr)
                    return false;
                std::get<L>(kind).*field = *v;
                return true;
            }};
}

FieldAccess convPadding()
{
    const FieldInfo info{.key = "padding",
                         .label = "Padding",
                         .kind = FieldKind::ConvPadding,
                         .tooltip = "Zeros added on each side; \"same\" keeps the size (stride 1 "
                                    "only)"};
    return {info,
            [](const LayerKind &kind) {
                const auto &conv = std::get<Conv2d>(kind);
                return FieldValue(ConvPaddingValue{conv.paddingMode, conv.padding});
            },
            [](LayerKind &kind, const FieldValue &value) {
                const auto *v = std::get_if<ConvPaddingValue>(&value);
                if (v == nullptr)
                    return false;
                auto &conv = std::get<Conv2d>(kind);
                conv.paddingMode = v->mode;
                // The file stores only the mode for "same"/"valid", so keep numbers at 0.
                conv.padding = v->mode == PaddingMode::Explicit ? v->padding : Pair::square(0);
                return true;
            }};
}

// Fields several types share, spelt once so that their keys, labels and tips cannot drift.
constexpr FieldInfo requiredKernel{.key = "kernel",
                                   .label = "Kernel",
                                   .kind = FieldKind::Pair,
                                   .required = true,
                                   .minimum = 1,
                                   .tooltip = "Window height and width"};
constexpr FieldInfo stride{.key = "stride",
                           .label = "Stride",
                           .kind = FieldKind::Pair,
                           .minimum = 1,
                           .tooltip = "Step between windows"};
constexpr FieldInfo poolStride{.key = "stride",
                               .label = "Stride",
                               .kind = FieldKind::OptionalPair,
                               .minimum = 1,
                               .tooltip = "Step between windows; unset follows the kernel"};
constexpr FieldInfo poolPadding{.key = "padding",
                                .label = "Padding",
                                .kind = FieldKind::Pair,
                                .tooltip = "Positions added on each side; at most half the kernel"};
constexpr FieldInfo dilation{.key = "dilation",
                             .label = "Dilation",
                             .kind = FieldKind::Pair,
                             .minimum = 1,
                             .tooltip = "Spacing between the kernel's taps"};
constexpr FieldInfo ceilMode{.key = "ceil_mode",
                             .label = "Ceil mode",
                             .kind = FieldKind::Flag,
                             .tooltip = "Round the output size up: one more window reads the "
                                        "remainder"};
constexpr FieldInfo adaptiveOutput{.key = "output",
                                   .label = "Output size",
                                   .kind = FieldKind::Pair,
                                   .required = true,
                                   .minimum = 1,
                                   .tooltip = "Height and width of the result"};

// In the format's order: the reader reports the first bad field in this order and the writer
// writes them in it.
std::vector<FieldAccess> accessFor(LayerType type)
{
    switch (type) {
    case LayerType::Conv2d:
        return {member(FieldInfo{.key = "out_channels",
                                 .label = "Output channels",
                                 .kind = FieldKind::Count,
                                 .required = true,
                                 .minimum = 1,
                                 .tooltip = "Number of filters"},
                       &Conv2d::outChannels),
                member(requiredKernel, &Conv2d::kernel),
                member(stride, &Conv2d::stride),
                convPadding(),
                member(dilation, &Conv2d::dilation),
                member(FieldInfo{.key = "groups",
                                 .label = "Groups",
                                 .kind = FieldKind::Count,
                                 .minimum = 1,
                                 .tooltip = "Channel groups; input and output channels must "
                                            "divide by it"},
                       &Conv2d::groups),
                member(FieldInfo{.key = "bias",
                                 .label = "Bias",
                                 .kind = FieldKind::Flag,
                                 .tooltip = "One bias per filter"},
                       &Conv2d::bias)};
    case LayerType::MaxPool2d:
        return {member(requiredKernel, &MaxPool2d::kernel), member(poolStride, &MaxPool2d::stride),
                member(poolPadding, &MaxPool2d::padding), member(dilation, &MaxPool2d::dilation),
                member(ceilMode, &MaxPool2d::ceilMode)};
    case LayerType::AvgPool2d:
        return {member(requiredKernel, &AvgPool2d::kernel), member(poolStride, &AvgPool2d::stride),
                member(poolPadding, &AvgPool2d::padding), member(ceilMode, &AvgPool2d::ceilMode),
                member(FieldInfo{.key = "count_include_pad",
                                 .label = "Count padding",
                                 .kind = FieldKind::Flag,
                                 .tooltip = "Average over the padding cells too"},
                       &AvgPool2d::countIncludePad)};
    case LayerType::AdaptiveAvgPool2d: return {member(adaptiveOutput, &AdaptiveAvgPool2d::output)};
    case LayerType::AdaptiveMaxPool2d: return {member(adaptiveOutput, &AdaptiveMaxPool2d::output)};
    case LayerType::NinBlock:
        return {member(FieldInfo{.key = "out_channels",
                                 .label = "Output channels",
                                 .kind = FieldKind::Count,
                                 .required = true,
                                 .minimum = 1,
                                 .tooltip = "Filters of each of the three convolutions"},
                       &NinBlock::outChannels),
                member(FieldInfo{.key = "kernel",
                                 .label = "Kernel",
                                 .kind = FieldKind::Pair,
                                 .required = true,
                                 .minimum = 1,
                                 .tooltip = "Kernel of the first convolution"},
                       &NinBlock::kernel),
                member(stride, &NinBlock::stride),
                member(FieldInfo{.key = "padding",
                                 .label = "Padding",
                                 .kind = FieldKind::Pair,
                                 .tooltip = "Positions added on each side"},
                       &NinBlock::padding)};
    case LayerType::BatchNorm2d:
        return {member(FieldInfo{.key = "eps",
                                 .label = "Epsilon",
                                 .kind = FieldKind::Real,
                                 .tooltip = "Added to the variance for stability"},
                       &BatchNorm2d::eps),
                member(FieldInfo{.key = "momentum",
                                 .label = "Momentum",
                                 .kind = FieldKind::Real,
                                 .tooltip = "Weight of the newest batch in the running "
                                            "statistics"},
                       &BatchNorm2d::momentum)};
    case LayerType::Dropout:
        return {member(FieldInfo{.key = "p",
                                 .label = "Probability",
                                 .kind = FieldKind::Probability,
                                 .tooltip = "Chance that an input is zeroed while training"},
                       &Dropout::p)};
    case LayerType::Linear:
        return {member(FieldInfo{.key = "out_features",
                                 .label = "Output features",
                                 .kind = FieldKind::Count,
                                 .required = true,
                                 .minimum = 1,
                                 .tooltip = "Number of outputs"},
                       &Linear::outFeatures),
                member(FieldInfo{.key = "bias",
                                 .label = "Bias",
                                 .kind = FieldKind::Flag,
                                 .tooltip = "One bias per output"},
                       &Linear::bias)};
    case LayerType::ReLU:
    case LayerType::Flatten:
    case LayerType::Add:
    case LayerType::Concat:
    case LayerType::Sigmoid:
    case LayerType::Tanh: return {};
    }
    return {};
}

const std::vector<FieldAccess> &cachedAccess(LayerType type)
{
    static const auto table = [] {
        std::array<std::vector<FieldAccess>, layerTypeCount> all;
        for (int t = 0; t < layerTypeCount; ++t)
            all[static_cast<std::size_t>(t)] = accessFor(static_cast<LayerType>(t));
        return all;
    }();
    return table[static_cast<std::size_t>(type)];
}

const FieldAccess *find(LayerType type, std::string_view key)
{
    const auto &fields = cachedAccess(type);
    const auto it = std::find_if(fields.begin(), fields.end(),
                                 [key](const FieldAccess &f) { return f.info.key == key; });
    return it == fields.end() ? nullptr : &*it;
}

} // namespace

const std::vector<FieldInfo> &layerFields(LayerType type)
{
    static const auto table = [] {
        std::array<std::vector<FieldInfo>, layerTypeCount> all;
        for (int t = 0; t < layerTypeCount; ++t) {
            for (const FieldAccess &access : cachedAccess(static_cast<LayerType>(t)))
                all[static_cast<std::size_t>(t)].push_back(access.info);
        }
        return all;
    }();
    return table[static_cast<std::size_t>(type)];
}

std::optional<FieldValue> fieldValue(const LayerKind &kind, std::string_view key)
{
    const FieldAccess *access = find(layerType(kind), key);
    if (access == nullptr)
        return std::nullopt;
    return access->get(kind);
}

std::optional<LayerKind> withFieldValue(const LayerKind &kind, std::string_view key,
                                        const FieldValue &value)
{
    const FieldAccess *access = find(layerType(kind), key);
    if (access == nullptr)
        return std::nullopt;
    LayerKind changed = kind;
    if (!access->set(changed, value))
        return std::nullopt;
    return changed;
}

} // namespace cd
