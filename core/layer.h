#pragma once

// The layer kinds of the network format as small value types with PyTorch's defaults, and a
// layer: a kind, the ids of the nodes it reads and the block it belongs to. A layer never
// stores its input channels or sizes: they follow from its inputs, so no edit can leave them
// stale.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace cd {

// A (height, width) pair; the file format also accepts one integer for both.
struct Pair
{
    std::int64_t height = 1;
    std::int64_t width = 1;

    static constexpr Pair square(std::int64_t v) { return {v, v}; }
    constexpr bool isSquare() const { return height == width; }
    friend constexpr bool operator==(const Pair &, const Pair &) = default;
};

enum class PaddingMode { Explicit, Same, Valid };

struct Conv2d
{
    std::int64_t outChannels = 1;
    Pair kernel = Pair::square(3);
    Pair stride = Pair::square(1);
    Pair padding = Pair::square(0); // used when paddingMode is Explicit
    PaddingMode paddingMode = PaddingMode::Explicit;
    Pair dilation = Pair::square(1);
    std::int64_t groups = 1;
    bool bias = true;
    friend bool operator==(const Conv2d &, const Conv2d &) = default;
};

struct MaxPool2d
{
    Pair kernel = Pair::square(2);
    std::optional<Pair> stride; // PyTorch: defaults to the kernel
    Pair padding = Pair::square(0);
    Pair dilation = Pair::square(1);
    bool ceilMode = false;
    Pair effectiveStride() const { return stride.value_or(kernel); }
    friend bool operator==(const MaxPool2d &, const MaxPool2d &) = default;
};

struct AvgPool2d
{
    Pair kernel = Pair::square(2);
    std::optional<Pair> stride; // PyTorch: defaults to the kernel
    Pair padding = Pair::square(0);
    bool ceilMode = false;
    bool countIncludePad = true;
    Pair effectiveStride() const { return stride.value_or(kernel); }
    friend bool operator==(const AvgPool2d &, const AvgPool2d &) = default;
};

struct AdaptiveAvgPool2d
{
    Pair output = Pair::square(1);
    friend bool operator==(const AdaptiveAvgPool2d &, const AdaptiveAvgPool2d &) = default;
};

struct AdaptiveMaxPool2d
{
    Pair output = Pair::square(1);
    friend bool operator==(const AdaptiveMaxPool2d &, const AdaptiveMaxPool2d &) = default;
};

// d2l's NiN block: conv(k, s, p) + ReLU, then two [1x1 conv + ReLU], all with bias.
struct NinBlock
{
    std::int64_t outChannels = 1;
    Pair kernel = Pair::square(3);
    Pair stride = Pair::square(1);
    Pair padding = Pair::square(0);
    friend bool operator==(const NinBlock &, const NinBlock &) = default;
};

struct BatchNorm2d
{
    double eps = 1e-5;
    double momentum = 0.1;
    friend bool operator==(const BatchNorm2d &, const BatchNorm2d &) = default;
};

struct ReLU
{
    friend bool operator==(const ReLU &, const ReLU &) = default;
};

struct Dropout
{
    double p = 0.5;
    friend bool operator==(const Dropout &, const Dropout &) = default;
};

struct Flatten
{
    friend bool operator==(const Flatten &, const Flatten &) = default;
};

struct Linear
{
    std::int64_t outFeatures = 1;
    bool bias = true;
    friend bool operator==(const Linear &, const Linear &) = default;
};

// Version 2: the element-wise sum of 2+ inputs of one shape (ResNet's shortcut).
struct Add
{
    friend bool operator==(const Add &, const Add &) = default;
};

// Version 2: 2+ inputs joined along channels (GoogLeNet, DenseNet), or flat vectors joined.
struct Concat
{
    friend bool operator==(const Concat &, const Concat &) = default;
};

struct Sigmoid
{
    friend bool operator==(const Sigmoid &, const Sigmoid &) = default;
};

struct Tanh
{
    friend bool operator==(const Tanh &, const Tanh &) = default;
};

// The order of the alternatives is the order of LayerType and of the palette.
using LayerKind = std::variant<Conv2d, MaxPool2d, AvgPool2d, AdaptiveAvgPool2d,
                               AdaptiveMaxPool2d, NinBlock, BatchNorm2d, ReLU, Dropout, Flatten,
                               Linear, Add, Concat, Sigmoid, Tanh>;

enum class LayerType {
    Conv2d,
    MaxPool2d,
    AvgPool2d,
    AdaptiveAvgPool2d,
    AdaptiveMaxPool2d,
    NinBlock,
    BatchNorm2d,
    ReLU,
    Dropout,
    Flatten,
    Linear,
    Add,
    Concat,
    Sigmoid,
    Tanh,
};
inline constexpr int layerTypeCount = static_cast<int>(std::variant_size_v<LayerKind>);

LayerType layerType(const LayerKind &kind);
// The format's spelling: "conv2d", "maxpool2d", ..., "nin_block".
std::string_view typeName(LayerType type);
std::optional<LayerType> layerTypeFromName(std::string_view name);
// A layer of that type with the format's defaults for every optional field and small,
// sensible values for the required ones.
LayerKind defaultLayer(LayerType type);
// Add and concat read two or more inputs; every other type reads exactly one.
bool joinsInputs(LayerType type);
// Types that version 1 of the format cannot hold.
bool needsVersion2(LayerType type);

// Identifies a node of a network while it is edited: the network input (Network::inputId)
// or a layer (1 and up).
using LayerId = std::uint64_t;

struct Layer
{
    LayerId id = 0;
    std::string name; // UTF-8; empty means "derive one from type and position"
    LayerKind kind;
    // The nodes whose outputs this layer reads, in order (concat's order matters). The `{}`
    // lets `Layer{id, name, kind}` leave inputs and block empty without -Wextra's
    // missing-field-initializers warning.
    std::vector<LayerId> inputs{};
    std::string block{}; // the group an editor frames it in (an Inception block); empty: none
    friend bool operator==(const Layer &, const Layer &) = default;
};

// The name shown for a layer at `index`: its own, or `conv2d_3` (type and 0-based position,
// as PyTorch's nn.Sequential numbers its children).
std::string displayName(const Layer &layer, int index);

} // namespace cd
