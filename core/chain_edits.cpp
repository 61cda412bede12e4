#include "chain_edits.h"

#include <algorithm>

namespace cd {

void insertIntoChain(Network &network, int index, Layer layer)
{
    const int at = std::clamp(index, 0, static_cast<int>(network.layers.size()));
    const LayerId before = network.nodeBefore(at);
    layer.inputs = {before};
    const LayerId inserted = layer.id;
    network.layers.insert(network.layers.begin() + at, std::move(layer));
    if (static_cast<std::size_t>(at) + 1 < network.layers.size()) {
        std::vector<LayerId> &next = network.layers[static_cast<std::size_t>(at) + 1].inputs;
        std::replace(next.begin(), next.end(), before, inserted);
    }
}

Removal removeLayer(Network &network, int index)
{
    Removal removal;
    removal.index = index;
    removal.layer = std::move(network.layers[static_cast<std::size_t>(index)]);
    network.layers.erase(network.layers.begin() + index);
    const LayerId removed = removal.layer.id;
    const LayerId replacement
        = removal.layer.inputs.empty() ? Network::inputId : removal.layer.inputs.front();
    for (Layer &reader : network.layers) {
        if (std::find(reader.inputs.begin(), reader.inputs.end(), removed) == reader.inputs.end())
            continue;
        removal.readers.push_back({reader.id, reader.inputs});
        std::replace(reader.inputs.begin(), reader.inputs.end(), removed, replacement);
    }
    return removal;
}

void restoreLayer(Network &network, const Removal &removal)
{
    const int at = std::clamp(removal.index, 0, static_cast<int>(network.layers.size()));
    network.layers.insert(network.layers.begin() + at, removal.layer);
    for (const ReaderInputs &reader : removal.readers) {
        const int i = network.indexOf(reader.reader);
        if (i >= 0)
            network.layers[static_cast<std::size_t>(i)].inputs = reader.inputs;
    }
}

} // namespace cd
