#pragma once

// Blocks as the designer edits them: grouping selected layers into a named block, dissolving
// and renaming one, and the rule every edit must keep, that a block's layers follow one another
// in execution order (network-format.md §3; a reader refuses a file that breaks it).

#include "network.h"

#include <string>
#include <vector>

namespace cd {

// The first block whose layers do not follow one another, or empty when every block is
// contiguous (as it must be for the network to be saved and read back).
std::string splitBlock(const Network &network);

// Why `ids` cannot become one block, or empty when they can: they must be at least one layer,
// follow one another in execution order, be connected through their own edges, and hold every
// layer of any block they touch (blocks do not nest, so grouping swallows whole blocks).
std::string groupRefusal(const Network &network, const std::vector<LayerId> &ids);

// Tags the layers `ids` with `block` (empty: no block). Unknown ids are ignored.
void setBlock(Network &network, const std::vector<LayerId> &ids, const std::string &block);

// The layers tagged `block`, in execution order.
std::vector<LayerId> layersInBlock(const Network &network, const std::string &block);

// The block a layer inserted at `index` joins: the block of the layers on both sides of that
// place when they share one, else none (a layer inserted inside a residual block belongs to
// it; one inserted between two blocks to neither).
std::string blockAround(const Network &network, int index);

} // namespace cd
