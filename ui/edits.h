#pragma once

// The edits a user can make, each pushed as one undoable command. Views call these and never
// change the network themselves.

#include "document.h"
#include "layer_fields.h"

#include <QString>

#include <string_view>

namespace cd::ui {

// A new layer of `type` at `index`, set up for the tensor it will receive; selects it.
void insertNewLayer(Document *document, LayerType type, int index);
// After the selected layer (at the end when the input is selected).
void appendNewLayer(Document *document, LayerType type);
void removeLayer(Document *document, LayerId id);
// A copy right after the original, selected.
void duplicateLayer(Document *document, LayerId id);
// `to` is the layer's index after the move; a move to where it is does nothing.
void moveLayer(Document *document, LayerId id, int to);
void setLayerField(Document *document, LayerId id, std::string_view key, const FieldValue &value);
void renameLayer(Document *document, LayerId id, const QString &name);
// `field` names what changed ("input.height", "settings.batch") so that steps merge.
void setHeader(Document *document, const Document::Header &header, const QString &field);

// The shape a layer inserted at `index` would receive.
Shape shapeEntering(const Analysis &analysis, int index);

} // namespace cd::ui
