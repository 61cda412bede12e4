#include "network_links.h"

#include "text/json_text.h"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

namespace cd::io {

namespace {

std::string place(const LayerEntry &entry, std::size_t index)
{
    return "layers[" + std::to_string(index) + "] ("
           + std::string(typeName(layerType(entry.layer.kind))) + "): ";
}

std::string quoted(const std::string &name)
{
    return text::jsonString(name).toStdString();
}

// Version 1 holds chains of its own types; say what needs version 2 rather than guess.
std::string checkVersion1(const std::vector<LayerEntry> &entries)
{
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const LayerEntry &entry = entries[i];
        if (entry.usesVersion2)
            return place(entry, i)
                   + "\"inputs\" and \"block\" need version 2 of the format "
                     "(set \"version\": 2)";
        if (needsVersion2(layerType(entry.layer.kind)))
            return place(entry, i)
                   + "this layer type needs version 2 of the format "
                     "(set \"version\": 2)";
    }
    return {};
}

std::string checkBlocks(const std::vector<LayerEntry> &entries)
{
    std::unordered_map<std::string, std::size_t> lastOf;
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const std::string &block = entries[i].layer.block;
        if (block.empty())
            continue;
        const auto it = lastOf.find(block);
        if (it != lastOf.end() && it->second + 1 != i)
            return place(entries[i], i) + "block " + quoted(block)
                   + " is not contiguous: its layers must follow one another (it also holds "
                     "layers["
                   + std::to_string(it->second) + "])";
        lastOf[block] = i;
    }
    return {};
}

} // namespace

void linkLayers(std::vector<LayerEntry> entries, std::int64_t version, std::vector<Layer> &layers,
                std::string &error)
{
    if (version < 2)
        error = checkVersion1(entries);
    if (error.empty() && version >= 2)
        error = checkBlocks(entries);
    if (!error.empty())
        return;

    std::unordered_map<std::string, std::size_t> byName;
    if (version >= 2) {
        for (std::size_t i = 0; i < entries.size(); ++i) {
            const std::string name = displayName(entries[i].layer, static_cast<int>(i));
            if (name == inputNodeName) {
                error = place(entries[i], i) + "a layer cannot be named " + quoted(name)
                        + ": that is the network input's name";
                return;
            }
            const auto [it, added] = byName.emplace(name, i);
            if (!added) {
                // Derived names differ from one another, so when this layer's name is
                // derived the earlier one is explicit: blame the name the user can change.
                const std::size_t earlier = it->second;
                if (entries[i].layer.name.empty()) {
                    error = place(entries[earlier], earlier) + "name " + quoted(name)
                            + " is the derived name of layers[" + std::to_string(i)
                            + "], which has no name of its own; names in a version-2 file are "
                              "unique";
                } else {
                    error = place(entries[i], i) + "name " + quoted(name)
                            + " is already the name of layers[" + std::to_string(earlier)
                            + "]; names in a version-2 file are unique";
                }
                return;
            }
        }
    }

    layers.reserve(entries.size());
    for (std::size_t i = 0; i < entries.size(); ++i) {
        LayerEntry &entry = entries[i];
        // Ids follow file order, so reading the same file twice gives equal networks.
        entry.layer.id = static_cast<LayerId>(i + 1);
        if (!entry.inputs) {
            entry.layer.inputs = {i == 0 ? Network::inputId : static_cast<LayerId>(i)};
        } else {
            for (const std::string &name : *entry.inputs) {
                if (name == inputNodeName) {
                    entry.layer.inputs.push_back(Network::inputId);
                    continue;
                }
                const auto it = byName.find(name);
                if (it == byName.end()) {
                    error = place(entry, i) + "inputs: no layer is named " + quoted(name);
                    return;
                }
                if (it->second >= i) {
                    error = place(entry, i) + "inputs: " + quoted(name) + " is layers["
                            + std::to_string(it->second)
                            + "], not an earlier layer; a layer reads only layers before it";
                    return;
                }
                entry.layer.inputs.push_back(static_cast<LayerId>(it->second + 1));
            }
        }
        layers.push_back(std::move(entry.layer));
    }
}

std::int64_t versionFor(const Network &network)
{
    const bool version1
        = network.isChain()
          && std::none_of(network.layers.begin(), network.layers.end(), [](const Layer &layer) {
                 return !layer.block.empty() || needsVersion2(layerType(layer.kind));
             });
    return version1 ? 1 : 2;
}

std::vector<std::string> uniqueNames(const Network &network)
{
    std::unordered_set<std::string> taken{std::string(inputNodeName)};
    // Derived names cannot change without writing a name: reserve them first.
    for (std::size_t i = 0; i < network.layers.size(); ++i) {
        if (network.layers[i].name.empty())
            taken.insert(displayName(network.layers[i], static_cast<int>(i)));
    }
    std::vector<std::string> names;
    names.reserve(network.layers.size());
    for (std::size_t i = 0; i < network.layers.size(); ++i) {
        const Layer &layer = network.layers[i];
        std::string name = displayName(layer, static_cast<int>(i));
        if (!layer.name.empty()) {
            const std::string base = name;
            for (int suffix = 2; taken.count(name) > 0; ++suffix)
                name = base + "_" + std::to_string(suffix);
            taken.insert(name);
        }
        names.push_back(std::move(name));
    }
    return names;
}

} // namespace cd::io
