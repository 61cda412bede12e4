#include "layer_text.h"

#include <array>

namespace cd {

namespace {

constexpr const char *times = "\u00d7";

std::string pairText(Pair p)
{
    return std::to_string(p.height) + times + std::to_string(p.width);
}

// "/2" for a stride of 2 (both ways), "/2×1" otherwise; nothing for stride 1.
std::string strideText(Pair stride)
{
    if (stride == Pair::square(1))
        return {};
    return " /" + (stride.isSquare() ? std::to_string(stride.height) : pairText(stride));
}

std::string paddingText(Pair padding)
{
    if (padding == Pair::square(0))
        return {};
    return " pad " + (padding.isSquare() ? std::to_string(padding.height) : pairText(padding));
}

std::string dilationText(Pair dilation)
{
    if (dilation == Pair::square(1))
        return {};
    return " dil " + (dilation.isSquare() ? std::to_string(dilation.height) : pairText(dilation));
}

struct SummaryVisitor
{
    std::string operator()(const Conv2d &c) const
    {
        std::string padding = c.paddingMode == PaddingMode::Same    ? " same"
                              : c.paddingMode == PaddingMode::Valid ? ""
                                                                    : paddingText(c.padding);
        std::string text = "conv " + pairText(c.kernel) + strideText(c.stride) + padding
                           + dilationText(c.dilation) + ", " + std::to_string(c.outChannels);
        if (c.groups != 1)
            text += " g" + std::to_string(c.groups);
        return text;
    }
    std::string operator()(const MaxPool2d &p) const
    {
        return "maxpool " + pairText(p.kernel) + strideText(p.effectiveStride())
               + paddingText(p.padding) + dilationText(p.dilation) + (p.ceilMode ? " ceil" : "");
    }
    std::string operator()(const AvgPool2d &p) const
    {
        return "avgpool " + pairText(p.kernel) + strideText(p.effectiveStride())
               + paddingText(p.padding) + (p.ceilMode ? " ceil" : "");
    }
    std::string operator()(const AdaptiveAvgPool2d &p) const
    {
        return "adaptive avg \u2192 " + pairText(p.output);
    }
    std::string operator()(const AdaptiveMaxPool2d &p) const
    {
        return "adaptive max \u2192 " + pairText(p.output);
    }
    std::string operator()(const NinBlock &n) const
    {
        return "NiN " + pairText(n.kernel) + strideText(n.stride) + paddingText(n.padding) + ", "
               + std::to_string(n.outChannels);
    }
    std::string operator()(const BatchNorm2d &) const { return "batch norm"; }
    std::string operator()(const ReLU &) const { return "ReLU"; }
    std::string operator()(const Dropout &d) const
    {
        std::string p = std::to_string(d.p);
        p.erase(p.find_last_not_of('0') + 1); // 0.500000 → 0.5
        if (!p.empty() && p.back() == '.')
            p.pop_back();
        return "dropout " + p;
    }
    std::string operator()(const Flatten &) const { return "flatten"; }
    std::string operator()(const Linear &l) const
    {
        return "linear " + std::to_string(l.outFeatures) + (l.bias ? "" : " no bias");
    }
    std::string operator()(const Add &) const { return "add"; }
    std::string operator()(const Concat &) const { return "concat"; }
    std::string operator()(const Sigmoid &) const { return "sigmoid"; }
    std::string operator()(const Tanh &) const { return "tanh"; }
};

constexpr std::array<const char *, layerTypeCount> descriptions = {
    "2-D convolution (nn.Conv2d): slides a kernel over the input with stride, padding, "
    "dilation and groups",
    "Max pooling (nn.MaxPool2d): the largest value of each window",
    "Average pooling (nn.AvgPool2d): the mean of each window",
    "Adaptive average pooling (nn.AdaptiveAvgPool2d): averages to a fixed output size",
    "Adaptive max pooling (nn.AdaptiveMaxPool2d): max-pools to a fixed output size",
    "NiN block (d2l): a k\u00d7k conv then two 1\u00d71 convs, each followed by ReLU",
    "Batch normalisation (nn.BatchNorm2d): per-channel scale \u03b3 and shift \u03b2",
    "ReLU (nn.ReLU): max(0, x), in place",
    "Dropout (nn.Dropout): zeroes inputs with probability p while training",
    "Flatten (nn.Flatten): C\u00d7H\u00d7W to C\u00b7H\u00b7W features, a view",
    "Fully connected layer (nn.Linear): every output sees every input feature",
    "Add (a + b, torch.add): the element-wise sum of two or more inputs of one shape",
    "Concatenate (torch.cat, dim 1): joins two or more inputs along channels",
    "Sigmoid (nn.Sigmoid): 1 / (1 + e^−x), a new tensor",
    "Tanh (nn.Tanh): the hyperbolic tangent, a new tensor",
};

} // namespace

std::string layerSummary(const LayerKind &kind)
{
    return std::visit(SummaryVisitor{}, kind);
}

std::string layerDescription(LayerType type)
{
    return descriptions.at(static_cast<std::size_t>(type));
}

} // namespace cd
