#pragma once

// The long networks the benchmarks time. A chain: conv / relu / pool repeating; the conv's
// padding grows the map by 8 and the pool halves it, so every size stays between 8 and 24
// however long the chain. A residual network: blocks of conv / relu / add whose add reads the
// block's input, so a shortcut skips every 3 layers, on 112×112 maps.

#include "block_templates.h"
#include "network.h"

#include <string>

namespace cd::bench {

// d2l's Residual(64) stacked `blocks` times (every 8th with a 1×1 shortcut), one block tag
// each: 72 blocks are 513 nodes in 72 frames, the graph canvas's large case.
inline Network residualBlocks(int blocks)
{
    Network network;
    network.name = "bench residual blocks";
    network.input = {64, 56, 56};
    LayerId last = Network::inputId;
    for (int i = 0; i < blocks; ++i)
        last = templates::addResidual(network, last, {.use1x1Conv = i % 8 == 0},
                                      "residual" + std::to_string(i));
    return network;
}

inline Network benchChain(int layerCount)
{
    Network network;
    network.name = "bench chain";
    network.input = {16, 16, 16};
    network.layers.reserve(static_cast<std::size_t>(layerCount));
    for (int i = 0; i < layerCount; ++i) {
        if (i % 3 == 0)
            network.append(Conv2d{.outChannels = 16, .padding = Pair::square(5)});
        else if (i % 3 == 1)
            network.append(ReLU{});
        else
            network.append(MaxPool2d{}); // 2×2, stride 2
    }
    return network;
}

inline Network benchResidual(int layerCount)
{
    Network network;
    network.name = "bench residual";
    network.input = {16, 112, 112};
    network.layers.reserve(static_cast<std::size_t>(layerCount));
    LayerId blockInput = Network::inputId;
    for (int i = 0; i < layerCount; ++i) {
        if (i % 3 == 0) {
            network.append(Conv2d{.outChannels = 16, .padding = Pair::square(1)});
        } else if (i % 3 == 1) {
            network.append(ReLU{});
        } else {
            blockInput = network.add(Add{}, {network.layers.back().id, blockInput});
        }
    }
    return network;
}

} // namespace cd::bench
