#pragma once

// One layer as the PyTorch expression that creates its module, every setting written out. The
// sizes a layer does not store (its input channels or features) and the ones a block class
// takes as constructor arguments come in as Python expressions.

#include "layer.h"

#include <string>

namespace cd {

struct ModuleSizes
{
    std::string in;  // input channels (conv, nin_block, batchnorm) or features (linear)
    std::string out; // out_channels or out_features; unused by the other kinds
};

// "nn.Conv2d(3, 96, kernel_size=11, stride=4, padding=0, dilation=1, groups=1, bias=True)".
// A convolution with "same" padding that PyTorch cannot pad evenly (an even kernel) becomes
// nn.Sequential(nn.ZeroPad2d((left, right, top, bottom)), nn.Conv2d(..., padding=0, ...)),
// the padding PyTorch's own padding="same" applies. add and concat become Add() and Concat(),
// the helper classes the generated module defines.
std::string moduleExpression(const LayerKind &kind, const ModuleSizes &sizes);

// A (height, width) pair in PyTorch's spelling: "3" when square, else "(3, 5)".
std::string pairText(Pair pair);

} // namespace cd
