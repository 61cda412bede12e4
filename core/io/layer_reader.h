#pragma once

// Reads one element of a network file's "layers" array into a Layer, with the names of the
// layers it reads as written; network_links turns those into ids.

#include "layer.h"

#include <QJsonValue>

#include <optional>
#include <string>
#include <vector>

namespace cd::io {

struct LayerEntry
{
    Layer layer; // id 0, no inputs yet
    std::optional<std::vector<std::string>> inputs; // absent: the layer before
    bool usesVersion2 = false; // holds "inputs" or "block"
};

// The layer at `index` (0-based, as messages count it); on failure nullopt and `error` says
// "layers[3] (conv2d): ...". Numbers are not range-checked: a kernel of 0 is a readable file
// that the analysis reports, so the editor can open it and fix it.
std::optional<LayerEntry> readLayer(const QJsonValue &value, int index, std::string &error);

} // namespace cd::io
