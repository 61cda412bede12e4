#pragma once

// The layer a user gets when adding one to a network: settings that keep the network valid
// where possible for the tensor it will receive.

#include "layer.h"
#include "shape.h"

namespace cd {

// `input` is the shape the new layer will receive (the output of the layer before it).
LayerKind newLayerFor(LayerType type, const Shape &input);

} // namespace cd
