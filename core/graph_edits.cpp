#include "graph_edits.h"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

namespace cd {

namespace {

std::string nodeName(const Network &network, LayerId id)
{
    if (id == Network::inputId)
        return std::string(inputNodeName);
    const int index = network.indexOf(id);
    if (index < 0)
        return "layer #" + std::to_string(id);
    return displayName(network.layers[static_cast<std::size_t>(index)], index);
}

WiringResult refuse(std::string why)
{
    return {std::nullopt, std::move(why)};
}

bool reads(const Layer &layer, LayerId node)
{
    return std::find(layer.inputs.begin(), layer.inputs.end(), node) != layer.inputs.end();
}

// `node` and every node it depends on. Walks ids through a map rather than indexOf so that a
// deep network costs one pass, and never revisits a node, so a malformed file cannot loop.
std::unordered_set<LayerId> upstream(const Network &network, LayerId node)
{
    std::unordered_map<LayerId, const Layer *> byId;
    for (const Layer &layer : network.layers)
        byId.emplace(layer.id, &layer);
    std::unordered_set<LayerId> seen{node};
    std::vector<LayerId> pending{node};
    while (!pending.empty()) {
        const auto it = byId.find(pending.back());
        pending.pop_back();
        if (it == byId.end())
            continue;
        for (LayerId input : it->second->inputs) {
            if (seen.insert(input).second)
                pending.push_back(input);
        }
    }
    return seen;
}

std::vector<LayerId> idsInOrder(const Network &network)
{
    std::vector<LayerId> ids;
    ids.reserve(network.layers.size());
    for (const Layer &layer : network.layers)
        ids.push_back(layer.id);
    return ids;
}

// Moves the layers after `before` that are in `group` to just before it, keeping the relative
// order of both the moved and the others: the smallest reordering that lets `before` read them.
std::vector<LayerId> moveBefore(Network &network, int before,
                                const std::unordered_set<LayerId> &group)
{
    const auto split = network.layers.begin() + before;
    const auto moved = std::stable_partition(
        split, network.layers.end(), [&group](const Layer &l) { return group.contains(l.id); });
    std::vector<LayerId> ids;
    for (auto it = split; it != moved; ++it)
        ids.push_back(it->id);
    return ids;
}


} // namespace

WiringResult connect(Network &network, LayerId from, LayerId to, int slot)
{
    const std::string fromName = nodeName(network, from);
    const std::string toName = nodeName(network, to);
    if (to == Network::inputId)
        return refuse(fromName + " cannot feed " + toName + ": the network input reads nothing");
    const int toIndex = network.indexOf(to);
    const int fromIndex = network.indexOf(from);
    if (toIndex < 0 || (from != Network::inputId && fromIndex < 0))
        return refuse("cannot connect " + fromName + " to " + toName + ": no such layer");
    if (from == to)
        return refuse(toName + " cannot read its own output");
    const Layer &target = network.layers[static_cast<std::size_t>(toIndex)];
    const bool join = joinsInputs(layerType(target.kind));
    if (join && reads(target, from))
        return refuse(toName + " already reads " + fromName);
    const std::unordered_set<LayerId> fromAndAncestors = upstream(network, from);
    if (fromAndAncestors.contains(to))
        return refuse("would make a cycle: " + fromName + " already depends on " + toName);

    Rewiring rewiring{.layer = to, .inputs = target.inputs, .order = {}, .moved = {}};
    if (fromIndex > toIndex) {
        rewiring.order = idsInOrder(network);
        rewiring.moved = moveBefore(network, toIndex, fromAndAncestors);
    }
    std::vector<LayerId> &inputs
        = network.layers[static_cast<std::size_t>(network.indexOf(to))].inputs;
    if (!join)
        inputs = {from};
    else if (slot < 0 || static_cast<std::size_t>(slot) >= inputs.size())
        inputs.push_back(from);
    else
        inputs.insert(inputs.begin() + slot, from);
    return {std::move(rewiring), {}};
}

WiringResult disconnect(Network &network, LayerId from, LayerId to)
{
    const int index = network.indexOf(to);
    if (index < 0 || !reads(network.layers[static_cast<std::size_t>(index)], from))
        return refuse(nodeName(network, to) + " does not read " + nodeName(network, from));
    std::vector<LayerId> &inputs = network.layers[static_cast<std::size_t>(index)].inputs;
    Rewiring rewiring{.layer = to, .inputs = inputs, .order = {}, .moved = {}};
    inputs.erase(std::find(inputs.begin(), inputs.end(), from));
    return {std::move(rewiring), {}};
}

WiringResult moveInput(Network &network, LayerId layer, int fromSlot, int toSlot)
{
    const int index = network.indexOf(layer);
    if (index < 0)
        return refuse("cannot reorder the inputs of " + nodeName(network, layer)
                      + ": no such layer");
    std::vector<LayerId> &inputs = network.layers[static_cast<std::size_t>(index)].inputs;
    const int count = static_cast<int>(inputs.size());
    for (int slot : {fromSlot, toSlot}) {
        if (slot < 0 || slot >= count)
            return refuse(nodeName(network, layer) + " has no input " + std::to_string(slot)
                          + " (it reads " + std::to_string(count) + ")");
    }
    Rewiring rewiring{.layer = layer, .inputs = inputs, .order = {}, .moved = {}};
    const auto at = [&inputs](int slot) {
        return inputs.begin() + slot;
    };
    if (fromSlot < toSlot)
        std::rotate(at(fromSlot), at(fromSlot) + 1, at(toSlot) + 1);
    else
        std::rotate(at(toSlot), at(fromSlot), at(fromSlot) + 1);
    return {std::move(rewiring), {}};
}

void restore(Network &network, const Rewiring &rewiring)
{
    if (!rewiring.order.empty()) {
        std::unordered_map<LayerId, std::size_t> position;
        for (std::size_t i = 0; i < rewiring.order.size(); ++i)
            position.emplace(rewiring.order[i], i);
        // Layers the record does not know (none, when undo runs in stack order) go last.
        std::stable_sort(network.layers.begin(), network.layers.end(),
                         [&position](const Layer &a, const Layer &b) {
                             const auto rank = [&position](LayerId id) {
                                 const auto it = position.find(id);
                                 return it == position.end() ? position.size() : it->second;
                             };
                             return rank(a.id) < rank(b.id);
                         });
    }
    const int index = network.indexOf(rewiring.layer);
    if (index >= 0)
        network.layers[static_cast<std::size_t>(index)].inputs = rewiring.inputs;
}

} // namespace cd
