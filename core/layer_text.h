#pragma once

// Short human text about a layer: what a canvas block or a menu shows.

#include "layer.h"

#include <string>

namespace cd {

// Key settings in a few characters: "conv 11×11 /4, 96", "maxpool 3×3 /2", "linear 4096".
std::string layerSummary(const LayerKind &kind);
// One line for a palette tooltip: what the layer does, in PyTorch terms.
std::string layerDescription(LayerType type);

} // namespace cd
