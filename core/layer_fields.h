#pragma once

// The fields of each layer type, described as data: the one place that lists them. The GUI's
// inspector builds its form from it and the network file's reader and writer loop over it, so
// a new layer type needs its struct and its entry here, and no code that knows its fields.

#include "layer.h"

#include <cstdint>
#include <optional>
#include <string_view>
#include <variant>
#include <vector>

namespace cd {

enum class FieldKind {
    Count,        // a whole number ≥ minimum
    Pair,         // height and width, each ≥ minimum
    OptionalPair, // a Pair or "unset" (a pool's stride, which then follows the kernel)
    ConvPadding,  // a Pair, or "same" / "valid"
    Flag,         // true / false
    Real,         // a floating-point number ≥ 0 (batch norm's eps and momentum)
    Probability,  // a floating-point number in [0, 1]
};

struct FieldInfo
{
    std::string_view key;   // the format's key: "kernel", "out_channels"
    std::string_view label; // for a form: "Kernel", "Output channels"
    FieldKind kind;
    // A file must spell it out. Any other field may be left out and then has the value of
    // defaultLayer(type) (PyTorch's default), which is also what the writer leaves out.
    bool required = false;
    std::int64_t minimum = 0;
    std::string_view tooltip;
};

struct ConvPaddingValue
{
    PaddingMode mode = PaddingMode::Explicit;
    Pair padding = Pair::square(0);
    friend bool operator==(const ConvPaddingValue &, const ConvPaddingValue &) = default;
};

using FieldValue = std::variant<std::int64_t, Pair, std::optional<Pair>, ConvPaddingValue, bool,
                                double>;

// In the order of the format's table.
const std::vector<FieldInfo> &layerFields(LayerType type);
// The field's current value; the alternative matches its FieldKind (Count → int64,
// Pair → Pair, OptionalPair → optional<Pair>, ConvPadding → ConvPaddingValue, Flag → bool,
// Real and Probability → double). Empty for a key the layer does not have.
std::optional<FieldValue> fieldValue(const LayerKind &kind, std::string_view key);
// The layer with one field changed; empty when the key or the value's alternative is wrong.
std::optional<LayerKind> withFieldValue(const LayerKind &kind, std::string_view key,
                                        const FieldValue &value);

} // namespace cd
