#pragma once

// Parameter, MAC and activation counts of one convolution (arithmetic.md §2–3), shared by
// conv2d and the three convolutions of a nin_block.

#include "checked.h"
#include "layer.h"
#include "shape.h"

#include <string>

namespace cd {

struct ConvCounts
{
    std::string label; // "11×11 conv", "1×1 conv"
    Shape output;
    CheckedInt weights;
    CheckedInt biases;
    CheckedInt macs;
    CheckedInt activations; // output elements, kept for the backward pass
};

// A convolution producing `output` from `inChannelsPerGroup` channels per group.
ConvCounts countConv(const Shape &output, std::int64_t inChannelsPerGroup, Pair kernel, bool bias);

} // namespace cd
