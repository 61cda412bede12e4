#include "layer_clipboard.h"

#include <algorithm>
#include <set>
#include <string>
#include <unordered_map>
#include <unordered_set>

namespace cd {

namespace {

std::string suffixed(const std::string &stem, const std::set<std::string> &taken)
{
    for (int n = 2;; ++n) {
        std::string candidate = stem + "_" + std::to_string(n);
        if (!taken.contains(candidate))
            return candidate;
    }
}

} // namespace

Fragment copyLayers(const Network &network, const std::vector<LayerId> &ids)
{
    const std::unordered_set<LayerId> selected(ids.begin(), ids.end());
    Fragment fragment;
    for (std::size_t i = 0; i < network.layers.size(); ++i) {
        const Layer &layer = network.layers[i];
        if (!selected.contains(layer.id))
            continue;
        if (fragment.layers.empty())
            fragment.entry = network.nodeBefore(static_cast<int>(i));
        fragment.layers.push_back(layer);
    }
    for (const Layer &layer : fragment.layers) {
        for (LayerId input : layer.inputs) {
            const bool outside = !selected.contains(input) && input != fragment.entry;
            if (outside
                && std::find(fragment.external.begin(), fragment.external.end(), input)
                       == fragment.external.end())
                fragment.external.push_back(input);
        }
    }
    return fragment;
}

std::vector<LayerId> pasteLayers(Network &network, const Fragment &fragment, int afterIndex)
{
    const int after = std::clamp(afterIndex, -1, static_cast<int>(network.layers.size()) - 1);
    const LayerId anchor = network.nodeBefore(after + 1);
    const auto runsBeforePaste = [&network, after](LayerId node) {
        const int index = network.indexOf(node);
        return node == Network::inputId || (index >= 0 && index <= after);
    };
    std::set<std::string> names;
    std::set<std::string> blocks;
    for (const Layer &layer : network.layers) {
        if (!layer.name.empty())
            names.insert(layer.name);
        if (!layer.block.empty())
            blocks.insert(layer.block);
    }

    std::unordered_map<LayerId, LayerId> copyOf;
    std::unordered_map<std::string, std::string> blockCopy;
    std::vector<Layer> copies;
    LayerId next = network.nextId();
    for (const Layer &original : fragment.layers) {
        Layer copy = original;
        copy.id = next++;
        for (LayerId &input : copy.inputs) {
            if (const auto it = copyOf.find(input); it != copyOf.end())
                input = it->second;
            else if (input == fragment.entry || !runsBeforePaste(input))
                input = anchor;
        }
        copyOf.emplace(original.id, copy.id);
        if (!copy.name.empty()) {
            copy.name = suffixed(copy.name, names);
            names.insert(copy.name);
        }
        if (!copy.block.empty()) {
            auto [it, fresh] = blockCopy.try_emplace(copy.block);
            if (fresh) {
                it->second = suffixed(copy.block, blocks);
                blocks.insert(it->second);
            }
            copy.block = it->second;
        }
        copies.push_back(std::move(copy));
    }

    std::vector<LayerId> pasted;
    for (const Layer &copy : copies)
        pasted.push_back(copy.id);
    network.layers.insert(network.layers.begin() + (after + 1),
                          std::make_move_iterator(copies.begin()),
                          std::make_move_iterator(copies.end()));
    return pasted;
}

void removePasted(Network &network, const std::vector<LayerId> &ids)
{
    const std::unordered_set<LayerId> pasted(ids.begin(), ids.end());
    std::erase_if(network.layers,
                  [&pasted](const Layer &layer) { return pasted.contains(layer.id); });
}

} // namespace cd
