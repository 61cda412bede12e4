// The layer that takes the selection after a deletion (removal_focus.h).

#include "removal_focus.h"

#include <algorithm>
#include <unordered_set>

namespace cd {

LayerId layerAfterRemoving(const Network &network, const std::vector<LayerId> &removed)
{
    const std::unordered_set<LayerId> gone(removed.begin(), removed.end());
    int first = -1;
    int last = -1;
    for (const LayerId id : removed) {
        const int index = network.indexOf(id);
        if (index < 0)
            continue;
        first = first < 0 ? index : std::min(first, index);
        last = std::max(last, index);
    }
    if (last < 0)
        return Network::inputId;
    const int count = static_cast<int>(network.layers.size());
    for (int i = last + 1; i < count; ++i) {
        if (!gone.contains(network.layers[static_cast<std::size_t>(i)].id))
            return network.layers[static_cast<std::size_t>(i)].id;
    }
    for (int i = first - 1; i >= 0; --i) {
        if (!gone.contains(network.layers[static_cast<std::size_t>(i)].id))
            return network.layers[static_cast<std::size_t>(i)].id;
    }
    return Network::inputId;
}

} // namespace cd
