#pragma once

// Writes one layer as the one-line JSON object of the network format.

#include "layer.h"

#include <QByteArray>

#include <string>
#include <string_view>
#include <vector>

namespace cd::io {

// "type" first, `name` when not empty, then the fields in the format's table order. A field
// equal to the value the reader restores when it is absent (PyTorch's default) is left out.
// conv2d's padding is "same" / "valid" in those modes (its numbers are then not written).
// Then "inputs" when `inputs` is given, and "block" when the layer has one (version 2).
QByteArray layerJson(const Layer &layer, std::string_view name,
                     const std::vector<std::string> *inputs = nullptr);

// The first field JSON cannot hold (a NaN or infinite number), as "layers[2] (dropout): p";
// empty when the layer can be written and read back.
std::string unwritableField(const Layer &layer, int index);

} // namespace cd::io
