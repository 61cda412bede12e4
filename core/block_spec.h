#pragma once

// One of d2l's blocks with its arguments, as the designer's palette offers them: a value the
// template form fills in and the insert edit appends, whatever the kind of block.

#include "block_templates.h"

#include <string_view>
#include <variant>

namespace cd::templates {

using BlockSpec = std::variant<Inception, Residual, ResNeXt, DenseBlock, TransitionBlock>;

// Appends the block's layers reading `from`, tagged `block`; returns its output layer's id.
LayerId addBlock(Network &network, LayerId from, const BlockSpec &spec, const std::string &block);

// The stem of a new block's name ("inception", "residual", "resnext", "dense", "transition").
std::string_view blockStem(const BlockSpec &spec);

// How d2l writes the call, for the palette and the undo text:
// "Inception(64, (96, 128), (16, 32), 32)", "Residual(64, use_1x1conv=True, strides=2)".
std::string d2lCall(const BlockSpec &spec);

} // namespace cd::templates
