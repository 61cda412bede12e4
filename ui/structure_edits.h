#pragma once

// Edits that change several layers or edges at once: wiring on the graph canvas, blocks
// (group, ungroup, rename, d2l templates), copy and paste, deleting a selection. Each computes
// the new network with core's pure edits and pushes it as one undo step; an edit that is not
// allowed changes nothing and returns why, in one line for the status bar (empty when done).

#include "block_spec.h"
#include "document.h"
#include "layer_clipboard.h"

#include <QString>

#include <vector>

namespace cd::ui {

// `to` reads `from` (a join gets it at `slot`, appended when negative); refused for a cycle.
QString connectLayers(Document *document, LayerId from, LayerId to, int slot = -1);
QString disconnectLayers(Document *document, LayerId from, LayerId to);
// Moves `layer`'s input at `fromSlot` to `toSlot`: the order of a concat's channels.
QString moveLayerInput(Document *document, LayerId layer, int fromSlot, int toSlot);

// A new layer of `type` spliced into the edge from → to: it reads `from`, and `to` reads it
// where it read `from`. Selects it.
QString insertNewLayerOnEdge(Document *document, LayerType type, LayerId from, LayerId to);
// Takes layer `id` out of where it runs (its readers read its first input instead) and
// splices it into the edge from → to; a `to` of 0 appends it after `from`, the network's
// output. A join is refused: which of its inputs would the edge feed? Selects it.
QString moveLayerOntoEdge(Document *document, LayerId id, LayerId from, LayerId to);
// A new layer reading nothing, at the end, drawn as an error until the user wires it.
void addUnconnectedLayer(Document *document, LayerType type);
// Removes every layer of `ids` as one step; readers of a removed layer read its first input.
QString removeLayers(Document *document, const std::vector<LayerId> &ids);

// Makes the layers one new block, named "block", "block_2"...; returns why not.
QString groupLayers(Document *document, const std::vector<LayerId> &ids);
// Dissolves `block`: its layers stay where they are, in no block.
QString ungroupBlock(Document *document, const QString &block);
QString renameBlock(Document *document, const QString &block, const QString &newName);

// A d2l block, its layers tagged with a fresh block name, inserted where a layer dropped at
// chain position `index` would go (between two blocks) or into the edge from → to.
QString insertBlock(Document *document, const templates::BlockSpec &spec, int index);
QString insertBlockOnEdge(Document *document, const templates::BlockSpec &spec, LayerId from,
                          LayerId to);

// The designer's clipboard: the selected layers with their internal wiring. Pasting puts the
// copies after the current layer (a block pasted after its own output stacks another one).
void copyLayers(const Document *document, const std::vector<LayerId> &ids);
bool clipboardHasLayers();
QString pasteLayers(Document *document);

// Folds or unfolds every block on the canvas (view state, not an undo step).
void setAllBlocksCollapsed(Document *document, bool collapsed);

// Where the output of node `id` (the input for 0) has the shape a new reader receives.
Shape shapeOfNode(const Document *document, LayerId id);

} // namespace cd::ui
