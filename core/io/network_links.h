#pragma once

// The edges of a network file: which layer reads which, by name in the file and by id in
// memory (network-format.md §3). Reading resolves names to ids and refuses what is not a
// network (unknown or later names, duplicates, split blocks); writing picks the names.

#include "layer_reader.h"
#include "network.h"

#include <string>
#include <vector>

namespace cd::io {

// Gives the entries ids 1…n in file order and resolves their inputs into `layers`; on failure
// `error` names the layer and the problem.
void linkLayers(std::vector<LayerEntry> entries, std::int64_t version, std::vector<Layer> &layers,
                std::string &error);

// The lowest format version that holds `network`: 1 for a chain of version-1 types without
// blocks, else 2.
std::int64_t versionFor(const Network &network);

// For writing version 2: every layer's name in the file, unique (a layer without a name keeps
// its derived one; a repeated or reserved explicit name gains a suffix: relu_3_2).
std::vector<std::string> uniqueNames(const Network &network);

} // namespace cd::io
