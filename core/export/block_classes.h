#pragma once

// Finds the blocks of a branching network that share a structure, so that the exported code
// defines one nn.Module class for them (d2l's Inception, Residual) and creates it once per
// block.
//
// The rule: a block instance is a run of consecutive layers with one `block` tag. Its external
// inputs are the nodes outside it that its layers read (in order of first use); its outputs are
// its layers read after it (or the network's last layer). Two instances share a structure when
// every layer has the same type and settings, reads the same members or external inputs, and
// the same members are outputs; sizes may differ where a class can take them as constructor
// arguments: the channels of each external input and each layer's out_channels / out_features.
// A size the class cannot derive from those (a linear layer's in_features after a flatten)
// is written into the class, so it must be equal too. Only a structure shared by two or more
// instances becomes a class; a block of its own is written inline, layer by layer.

#include "analysis.h"
#include "network.h"

#include <cstdint>
#include <string>
#include <vector>

namespace cd {

// A size inside a block class: the sum of constructor arguments and literal numbers (concat
// adds its inputs' channels).
struct SizeTerm
{
    int argument = -1;        // an index into BlockClass::arguments, or -1 for `literal`
    std::int64_t literal = 0;
};
using SizeExpression = std::vector<SizeTerm>;

struct BlockInstance
{
    std::string block;
    int begin = 0; // layer indices [begin, end)
    int end = 0;
    std::vector<LayerId> externalInputs;
    std::vector<int> outputs; // layer indices, ascending
    std::vector<std::int64_t> argumentValues; // one per BlockClass::arguments
};

struct BlockArgument
{
    int externalInput = -1; // the channels of that external input, or
    int member = -1;        // the out_channels / out_features of that member (0-based)
};

struct BlockClass
{
    std::vector<BlockInstance> instances; // two or more, in file order
    std::vector<BlockArgument> arguments; // after merging: only the ones the class uses
    std::vector<SizeExpression> memberIn;  // per member: its input channels / features
    std::vector<int> memberOut;            // per member: its argument, or -1
};

// The classes of a valid network, in the order of their first instance.
std::vector<BlockClass> findBlockClasses(const Network &network, const Analysis &analysis);

} // namespace cd
