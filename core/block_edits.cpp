#include "block_edits.h"

#include <algorithm>
#include <numeric>
#include <unordered_map>
#include <unordered_set>

namespace cd {

namespace {

std::string quoted(const std::string &text)
{
    return '"' + text + '"';
}

std::string layerText(const Network &network, int index)
{
    return quoted(displayName(network.layers[static_cast<std::size_t>(index)], index));
}

// Union-find over positions in `indices`: are they one piece through their own edges?
bool connectedThroughOwnEdges(const Network &network, const std::vector<int> &indices)
{
    std::unordered_map<LayerId, std::size_t> slot;
    for (std::size_t i = 0; i < indices.size(); ++i)
        slot.emplace(network.layers[static_cast<std::size_t>(indices[i])].id, i);
    std::vector<std::size_t> parent(indices.size());
    std::iota(parent.begin(), parent.end(), std::size_t{0});
    const auto root = [&parent](std::size_t i) {
        while (parent[i] != i)
            i = parent[i] = parent[parent[i]];
        return i;
    };
    std::size_t pieces = indices.size();
    for (std::size_t i = 0; i < indices.size(); ++i) {
        for (LayerId input : network.layers[static_cast<std::size_t>(indices[i])].inputs) {
            const auto it = slot.find(input);
            if (it == slot.end())
                continue;
            const std::size_t a = root(i);
            const std::size_t b = root(it->second);
            if (a != b) {
                parent[a] = b;
                --pieces;
            }
        }
    }
    return pieces == 1;
}

} // namespace

std::string splitBlock(const Network &network)
{
    std::unordered_map<std::string, std::size_t> lastOf;
    for (std::size_t i = 0; i < network.layers.size(); ++i) {
        const std::string &block = network.layers[i].block;
        if (block.empty())
            continue;
        const auto it = lastOf.find(block);
        if (it != lastOf.end() && it->second + 1 != i)
            return block;
        lastOf[block] = i;
    }
    return {};
}

std::string groupRefusal(const Network &network, const std::vector<LayerId> &ids)
{
    std::vector<int> indices;
    for (LayerId id : ids) {
        const int index = network.indexOf(id);
        if (index >= 0)
            indices.push_back(index);
    }
    std::sort(indices.begin(), indices.end());
    indices.erase(std::unique(indices.begin(), indices.end()), indices.end());
    if (indices.empty())
        return "select the layers to group first";
    for (std::size_t i = 1; i < indices.size(); ++i) {
        if (indices[i] != indices[i - 1] + 1)
            return "the layers do not run one after another: " + layerText(network, indices[i - 1] + 1)
                   + " runs between them";
    }
    if (!connectedThroughOwnEdges(network, indices))
        return "the layers are not connected to one another";
    std::unordered_set<std::string> touched;
    for (int index : indices) {
        const std::string &block = network.layers[static_cast<std::size_t>(index)].block;
        if (!block.empty())
            touched.insert(block);
    }
    for (std::size_t i = 0; i < network.layers.size(); ++i) {
        const std::string &block = network.layers[i].block;
        const int index = static_cast<int>(i);
        if (touched.contains(block)
            && !std::binary_search(indices.begin(), indices.end(), index))
            return "block " + quoted(block) + " would be split: " + layerText(network, index)
                   + " is not selected";
    }
    return {};
}

void setBlock(Network &network, const std::vector<LayerId> &ids, const std::string &block)
{
    const std::unordered_set<LayerId> chosen(ids.begin(), ids.end());
    for (Layer &layer : network.layers) {
        if (chosen.contains(layer.id))
            layer.block = block;
    }
}

std::vector<LayerId> layersInBlock(const Network &network, const std::string &block)
{
    std::vector<LayerId> ids;
    if (block.empty())
        return ids;
    for (const Layer &layer : network.layers) {
        if (layer.block == block)
            ids.push_back(layer.id);
    }
    return ids;
}

std::string blockAround(const Network &network, int index)
{
    const int count = static_cast<int>(network.layers.size());
    if (index <= 0 || index >= count)
        return {};
    const std::string &before = network.layers[static_cast<std::size_t>(index - 1)].block;
    const std::string &after = network.layers[static_cast<std::size_t>(index)].block;
    return before == after ? before : std::string();
}

} // namespace cd
