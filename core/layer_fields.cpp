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
    const FieldInfo info{"padding", "Padding", FieldKind::ConvPadding, 0,
                         "Zeros added on each side; \"same\" keeps the size (stride 1 only)"};
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

constexpr std::string_view kernelTip = "Window height and width";
constexpr std::string_view strideTip = "Step between windows";
constexpr std::string_view poolStrideTip = "Step between windows; unset follows the kernel";
constexpr std::string_view paddingTip = "Positions added on each side";
constexpr std::string_view dilationTip = "Spacing between the kernel's taps";
constexpr std::string_view ceilTip = "Round the output size up: one more window reads the "
                                     "remainder";

std::vector<FieldAccess> accessFor(LayerType type)
{
    switch (type) {
    case LayerType::Conv2d:
        return {member(FieldInfo{"out_channels", "Output channels", FieldKind::Count, 1,
                                 "Number of filters"},
                       &Conv2d::outChannels),
                member(FieldInfo{"kernel", "Kernel", FieldKind::Pair, 1, kernelTip}, &Conv2d::kernel),
                member(FieldInfo{"stride", "Stride", FieldKind::Pair, 1, strideTip}, &Conv2d::stride),
                convPadding(),
                member(FieldInfo{"dilation", "Dilation", FieldKind::Pair, 1, dilationTip},
                       &Conv2d::dilation),
                member(FieldInfo{"groups", "Groups", FieldKind::Count, 1,
                                 "Channel groups; input and output channels must divide by it"},
                       &Conv2d::groups),
                member(FieldInfo{"bias", "Bias", FieldKind::Flag, 0, "One bias per filter"},
                       &Conv2d::bias)};
    case LayerType::MaxPool2d:
        return {member(FieldInfo{"kernel", "Kernel", FieldKind::Pair, 1, kernelTip},
                       &MaxPool2d::kernel),
                member(FieldInfo{"stride", "Stride", FieldKind::OptionalPair, 1, poolStrideTip},
                       &MaxPool2d::stride),
                member(FieldInfo{"padding", "Padding", FieldKind::Pair, 0,
                                 "Positions added on each side; at most half the kernel"},
                       &MaxPool2d::padding),
                member(FieldInfo{"dilation", "Dilation", FieldKind::Pair, 1, dilationTip},
                       &MaxPool2d::dilation),
                member(FieldInfo{"ceil_mode", "Ceil mode", FieldKind::Flag, 0, ceilTip},
                       &MaxPool2d::ceilMode)};
    case LayerType::AvgPool2d:
        return {member(FieldInfo{"kernel", "Kernel", FieldKind::Pair, 1, kernelTip},
                       &AvgPool2d::kernel),
                member(FieldInfo{"stride", "Stride", FieldKind::OptionalPair, 1, poolStrideTip},
                       &AvgPool2d::stride),
                member(FieldInfo{"padding", "Padding", FieldKind::Pair, 0,
                                 "Positions added on each side; at most half the kernel"},
                       &AvgPool2d::padding),
                member(FieldInfo{"ceil_mode", "Ceil mode", FieldKind::Flag, 0, ceilTip},
                       &AvgPool2d::ceilMode),
                member(FieldInfo{"count_include_pad", "Count padding", FieldKind::Flag, 0,
                                 "Average over the padding cells too"},
                       &AvgPool2d::countIncludePad)};
    case LayerType::AdaptiveAvgPool2d:
        return {member(FieldInfo{"output", "Output size", FieldKind::Pair, 1,
                                 "Height and width of the result"},
                       &AdaptiveAvgPool2d::output)};
    case LayerType::AdaptiveMaxPool2d:
        return {member(FieldInfo{"output", "Output size", FieldKind::Pair, 1,
                                 "Height and width of the result"},
                       &AdaptiveMaxPool2d::output)};
    case LayerType::NinBlock:
        return {member(FieldInfo{"out_channels", "Output channels", FieldKind::Count, 1,
                                 "Filters of each of the three convolutions"},
                       &NinBlock::outChannels),
                member(FieldInfo{"kernel", "Kernel", FieldKind::Pair, 1,
                                 "Kernel of the first convolution"},
                       &NinBlock::kernel),
                member(FieldInfo{"stride", "Stride", FieldKind::Pair, 1, strideTip},
                       &NinBlock::stride),
                member(FieldInfo{"padding", "Padding", FieldKind::Pair, 0, paddingTip},
                       &NinBlock::padding)};
    case LayerType::BatchNorm2d:
        return {member(FieldInfo{"eps", "Epsilon", FieldKind::Real, 0,
                                 "Added to the variance for stability"},
                       &BatchNorm2d::eps),
                member(FieldInfo{"momentum", "Momentum", FieldKind::Real, 0,
                                 "Weight of the newest batch in the running statistics"},
                       &BatchNorm2d::momentum)};
    case LayerType::Dropout:
        return {member(FieldInfo{"p", "Probability", FieldKind::Probability, 0,
                                 "Chance that an input is zeroed while training"},
                       &Dropout::p)};
    case LayerType::Linear:
        return {member(FieldInfo{"out_features", "Output features", FieldKind::Count, 1,
                                 "Number of outputs"},
                       &Linear::outFeatures),
                member(FieldInfo{"bias", "Bias", FieldKind::Flag, 0, "One bias per output"},
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
