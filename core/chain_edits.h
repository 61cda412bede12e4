#pragma once

// Structural edits that keep a chain a chain: inserting a layer between two others, removing
// one and joining its neighbours, moving one elsewhere. Each returns what its exact inverse
// needs, so that undo restores every edge, on chains and on branching networks alike.

#include "network.h"

#include <vector>

namespace cd {

struct ReaderInputs
{
    LayerId reader = 0;
    std::vector<LayerId> inputs; // the reader's inputs before the edit
    friend bool operator==(const ReaderInputs &, const ReaderInputs &) = default;
};

// What removeLayer() took out: restoreLayer() puts it back exactly.
struct Removal
{
    int index = -1;
    Layer layer;
    std::vector<ReaderInputs> readers;
};

// Inserts `layer` at `index` (clamped) between the node before it and the layer that was at
// `index`: the layer reads the node before, and the layer after it, if it read that node,
// now reads the new layer. `layer.inputs` is replaced.
void insertIntoChain(Network &network, int index, Layer layer);
// Removes the layer at `index`; every layer that read it reads its first input instead (the
// network input when it had none).
Removal removeLayer(Network &network, int index);
void restoreLayer(Network &network, const Removal &removal);

} // namespace cd
