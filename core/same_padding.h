#pragma once

// How a convolution's padding "same" resolves (arithmetic.md): total d·(k−1) per dimension,
// the smaller half before (top, left) and the rest after (bottom, right). The analysis pads
// this way and the inspector shows the result instead of a meaningless 0×0.

#include "layer.h"

#include <cstdint>
#include <optional>
#include <string>

namespace cd {

struct PaddingSplit
{
    std::int64_t before = 0; // top or left
    std::int64_t after = 0;  // bottom or right
    friend bool operator==(const PaddingSplit &, const PaddingSplit &) = default;
};

// One dimension's split; empty for a kernel or dilation below 1, or a total past 64 bits.
std::optional<PaddingSplit> samePaddingSplit(std::int64_t kernel, std::int64_t dilation);

// "same: 2×2", "same: 1 top/left, 2 bottom/right", "same: 1×1 top/left, 2×1 bottom/right";
// "" when it cannot be resolved (the layer's error says why).
std::string samePaddingText(Pair kernel, Pair dilation);

} // namespace cd
