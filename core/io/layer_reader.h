#pragma once

// Reads one element of a network file's "layers" array into a Layer (format version 1).

#include "layer.h"

#include <QJsonValue>

#include <optional>
#include <string>

namespace cd::io {

// The layer at `index` (0-based, as messages count it) with id 0; on failure nullopt and
// `error` says "layers[3] (conv2d): ...". Numbers are not range-checked: a kernel of 0 is a
// readable file that the analysis reports, so the editor can open it and fix it.
std::optional<Layer> readLayer(const QJsonValue &value, int index, std::string &error);

} // namespace cd::io
