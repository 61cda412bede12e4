#pragma once

// Which layer takes the selection when layers are deleted: the one that followed them, or at
// the end of the network the one before them, so that pressing Delete again goes on deleting
// where the user is instead of jumping to the input.

#include "network.h"

#include <vector>

namespace cd {

// The first layer after the last of `removed` that is not removed itself; else the last one
// before the first of `removed`; Network::inputId when none is left.
LayerId layerAfterRemoving(const Network &network, const std::vector<LayerId> &removed);

} // namespace cd
