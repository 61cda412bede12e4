#pragma once

// Wiring edits on a branching network, for the designer's connect/disconnect/paste commands:
// each is a pure function that returns what its exact inverse needs, as chain_edits.h does, so
// an undo command holds ids and vectors, never pointers. Every edit keeps the rule that a layer
// reads only nodes that run before it, moving as few layers as it must to keep it.

#include "network.h"

#include <optional>
#include <string>
#include <vector>

namespace cd {

// What a wiring edit changed: restore() puts it back exactly.
struct Rewiring
{
    LayerId layer = 0;           // the layer whose inputs changed
    std::vector<LayerId> inputs; // its inputs before the edit
    // The layers' ids in execution order before the edit; empty when the order did not change.
    std::vector<LayerId> order;
    // The layers the edit moved earlier (connect's late ancestors), for the document to announce.
    std::vector<LayerId> moved;
    friend bool operator==(const Rewiring &, const Rewiring &) = default;
};

// A wiring edit either happened (and can be undone) or was refused, leaving the network as it
// was, with one line naming the layers for the status bar.
struct WiringResult
{
    std::optional<Rewiring> done;
    std::string refusal;
    bool ok() const { return done.has_value(); }
};

// Makes `to` read `from`: a single-input layer's input is replaced; an add or concat gets
// `from` inserted at `slot` (appended when slot is negative or past the end). Refused when `to`
// is the network input, reads itself, is a join that already reads `from`, or is `from` or
// one of its ancestors (a cycle). When `from` runs after `to`, `from` and those of its
// ancestors that run after `to` move, in their order, to just before `to`; nothing else moves.
WiringResult connect(Network &network, LayerId from, LayerId to, int slot = -1);
// Removes the first `from` among `to`'s inputs. A layer may be left reading nothing, which
// analyze() reports as an error for the user to fix rather than guessing an input here.
WiringResult disconnect(Network &network, LayerId from, LayerId to);
// Moves `layer`'s input at `fromSlot` to `toSlot` (its slot after the move), the others
// keeping their order: concat joins channels in input order.
WiringResult moveInput(Network &network, LayerId layer, int fromSlot, int toSlot);
// Undoes any of the three: the order first, then the layer's inputs.
void restore(Network &network, const Rewiring &rewiring);

} // namespace cd
