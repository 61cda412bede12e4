#pragma once

// The long network the benchmarks time: conv / relu / pool repeating. The conv's padding grows
// the map by 8 and the pool halves it, so every size stays between 8 and 24 however long the
// chain.

#include "network.h"

namespace cd::bench {

inline Network benchChain(int layerCount)
{
    Network network;
    network.name = "bench chain";
    network.input = {16, 16, 16};
    network.layers.reserve(static_cast<std::size_t>(layerCount));
    for (int i = 0; i < layerCount; ++i) {
        // append() gives ids 1..n, as the reader assigns them, and links each layer to the last.
        if (i % 3 == 0) {
            Conv2d conv;
            conv.outChannels = 16;
            conv.padding = Pair::square(5);
            network.append(conv);
        } else if (i % 3 == 1) {
            network.append(ReLU{});
        } else {
            network.append(MaxPool2d{}); // 2×2, stride 2
        }
    }
    return network;
}

} // namespace cd::bench
