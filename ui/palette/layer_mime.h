#pragma once

// The drag payload of a palette entry: one layer type, by the format's name, under the
// designer's own MIME type. The palette encodes it; the canvas and the tests decode it.

#include "layer.h"

#include <QString>

#include <optional>

class QMimeData;

namespace cd::ui {

// "application/x-convdesigner-layer-type"
QString layerMimeType();
// New mime data holding `type`; the caller (usually a QDrag) takes ownership.
QMimeData *encodeLayerMime(LayerType type);
// The type the data carries; empty when it is not ours or names no known type.
std::optional<LayerType> decodeLayerMime(const QMimeData *mime);

} // namespace cd::ui
