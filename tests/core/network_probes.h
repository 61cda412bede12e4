#pragma once

// What the structural-edit tests read back from a network: a layer's inputs and the execution
// order, as plain id lists to compare with hand-drawn expectations.

#include "network.h"

#include <vector>

namespace cd::test {

using Ids = std::vector<LayerId>;

inline Ids inputsOf(const Network &net, LayerId id)
{
    return net.find(id)->inputs;
}

inline Ids order(const Network &net)
{
    Ids ids;
    for (const Layer &layer : net.layers)
        ids.push_back(layer.id);
    return ids;
}

} // namespace cd::test
