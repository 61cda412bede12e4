#pragma once

// Copy and paste of layers with their internal wiring, for the designer's Ctrl+C / Ctrl+V:
// pasting a residual block after its own output stacks a second one, with new ids and names.

#include "network.h"

#include <vector>

namespace cd {

// Layers copied for pasting elsewhere, possibly into another network.
struct Fragment
{
    // The copied layers in execution order, with their original ids, names, blocks and inputs.
    std::vector<Layer> layers;
    // The node just before the first copied layer: what the selection hangs off, as a chain
    // hangs off the node before it. A paste hangs the copies off the paste point instead, so
    // pasting a residual block after its output stacks a second block.
    LayerId entry = Network::inputId;
    // Other nodes outside the selection that copied layers read (a long skip), in order of
    // first use: a paste keeps them when they still run before the paste point.
    std::vector<LayerId> external;
    friend bool operator==(const Fragment &, const Fragment &) = default;
};

// The layers among `ids` (any order; unknown ids and the input are ignored).
Fragment copyLayers(const Network &network, const std::vector<LayerId> &ids);
// Inserts copies of the fragment's layers after the layer at `afterIndex` (-1: at the front;
// clamped), with fresh ids; edges between copied layers join the copies; the entry, and any
// external node that is gone or does not run before the paste point, becomes the node just
// before it. A copy of a named layer is named `<name>_<n>` with the smallest n >= 2 that no
// layer has as its name, and each block tag becomes `<block>_<n>` unused by any layer, so a
// pasted block is a new block. Returns the new ids in execution order.
std::vector<LayerId> pasteLayers(Network &network, const Fragment &fragment, int afterIndex);
// Undoes a paste: nothing else can read the copies while the paste is the latest edit.
void removePasted(Network &network, const std::vector<LayerId> &ids);

} // namespace cd
