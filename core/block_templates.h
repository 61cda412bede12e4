#pragma once

// d2l's blocks from "Modern Convolutional Neural Networks" (Dive into Deep Learning, PyTorch
// edition) as templates that append their layers to a network, so the editor's palette can
// drop a whole Inception or residual block instead of a dozen layers placed by hand. Each
// function appends the layers in d2l's forward order (conv, batchnorm, ReLU as the book writes
// them), all tagged with `block`, the first reading `from`; it returns the id of the block's
// output layer, which the next block reads. A block's layers are named `<block>_<role>` as in
// resources/examples (`residual3_1_conv3`, `inception4a_out`); ReLUs that nothing else reads
// stay unnamed, and an empty `block` gives unnamed, untagged layers. No function checks
// channel counts or sizes: analyze() reports what PyTorch would refuse, naming the layer.

#include "network.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace cd::templates {

// Channels of an Inception branch that reduces with a 1×1 conv before its wide conv; d2l's
// `(c2[0], c2[1])` tuples.
struct ReducedBranch
{
    std::int64_t reduce = 1; // the 1×1 conv's output channels
    std::int64_t out = 1;    // the 3×3 (branch 2) or 5×5 (branch 3) conv's output channels
};

// GoogLeNet's Inception(c1, c2, c3, c4): four branches of one input, joined along channels
// (output c1 + c2.out + c3.out + c4), the spatial size unchanged.
struct Inception
{
    std::int64_t c1 = 64;                       // branch 1: 1×1 conv
    ReducedBranch c2{.reduce = 96, .out = 128}; // branch 2: 1×1 conv, 3×3 conv (padding 1)
    ReducedBranch c3{.reduce = 16, .out = 32};  // branch 3: 1×1 conv, 5×5 conv (padding 2)
    std::int64_t c4 = 32; // branch 4: 3×3 max pool (stride 1, padding 1), 1×1 conv
};
LayerId addInception(Network &network, LayerId from, const Inception &spec,
                     const std::string &block);

// ResNet's Residual(num_channels, use_1x1conv, strides): two 3×3 convs with batchnorm, added
// to the input (or to a 1×1 conv of it), then ReLU.
struct Residual
{
    std::int64_t channels = 64;
    // d2l's use_1x1conv: the shortcut is a 1×1 conv (stride `stride`, no batchnorm), needed
    // when the block changes the channels or the size, since add needs equal shapes.
    bool use1x1Conv = false;
    std::int64_t stride = 1; // of the first 3×3 conv and of the shortcut conv
};
LayerId addResidual(Network &network, LayerId from, const Residual &spec, const std::string &block);

// ResNeXt's block as d2l writes it (ResNeXtBlock(num_channels, groups, bot_mul, use_1x1conv,
// strides)), which RegNetX stacks: 1×1, grouped 3×3 and 1×1 convs, each with batchnorm.
struct ResNeXt
{
    std::int64_t channels = 32;
    // d2l's `groups` argument, which is the channels per group (RegNet's group width g): the
    // 3×3 conv gets groups = bottleneckChannels / groupWidth, not groupWidth itself.
    std::int64_t groupWidth = 16;
    double botMul = 1.0; // bottleneck channels = round(channels · botMul)
    // d2l's use_1x1conv: the shortcut is a 1×1 conv (stride `stride`) followed by batchnorm.
    bool use1x1Conv = false;
    std::int64_t stride = 1; // of the grouped 3×3 conv and of the shortcut conv
};
// int(round(channels * bot_mul)) with Python's rounding (halves to even), so 2.5 gives 2;
// 0 when the product is not a finite number that fits.
std::int64_t bottleneckChannels(const ResNeXt &spec);
// bot_channels // groups: the grouped conv's groups; 0 (which analyze() refuses) when
// groupWidth is not positive, instead of dividing by zero.
std::int64_t convGroups(const ResNeXt &spec);
LayerId addResNeXt(Network &network, LayerId from, const ResNeXt &spec, const std::string &block);

// DenseNet's conv_block(num_channels): batchnorm, ReLU, 3×3 conv (padding 1).
struct ConvBlock
{
    std::int64_t channels = 32;
};
LayerId addConvBlock(Network &network, LayerId from, const ConvBlock &spec,
                     const std::string &block);

// DenseNet's DenseBlock(num_convs, num_channels): `convs` conv blocks, each reading all that
// came before: X = cat(X, conv_block(X)). Adds convs · growth channels; with no convs it
// appends nothing and returns `from`.
struct DenseBlock
{
    std::int64_t convs = 4;
    std::int64_t growth = 32; // each conv block's output channels (d2l's num_channels)
};
LayerId addDenseBlock(Network &network, LayerId from, const DenseBlock &spec,
                      const std::string &block);

// DenseNet's transition_block(num_channels): batchnorm, ReLU, 1×1 conv to `channels`, 2×2
// average pool with stride 2, which halves height and width.
struct TransitionBlock
{
    std::int64_t channels = 64;
};
LayerId addTransitionBlock(Network &network, LayerId from, const TransitionBlock &spec,
                           const std::string &block);

// `stem` if no layer of `network` is in a block of that name or has a name starting with
// `stem_`, else the first of stem_2, stem_3, ... that is free in the same way. A template
// given that name adds only layer names the network does not have yet, and its block stays
// contiguous, as files need (network-format.md §3).
std::string unusedBlockName(const Network &network, std::string_view stem);

} // namespace cd::templates
