#pragma once

// The layers whose memory the two training models (arithmetic.md §4 and §8) put differently,
// each with the one-line reason core gives, for the memory panel's list.

#include "analysis.h"

#include <QString>

#include <vector>

namespace cd::ui {

struct LayerDifference
{
    LayerId id = 0;
    QString name;    // "pool1"
    QString reason;  // savedReason(): "keeps its input, not its output, and the index of …"
    QString figures; // both models' bytes, two lines: "lecture model: 259,584 B of values, …"
    friend bool operator==(const LayerDifference &, const LayerDifference &) = default;
};

// Every layer, in execution order, whose figures differ: the lecture model's kept values
// (b · N · its activations, the table's "Activation memory") against what autograd credits to
// it (the "Saved for backward" column). A layer where they are equal but autograd keeps
// something other than activations (dropout's mask, the size of its output) differs too.
// Empty without an autograd figure.
std::vector<LayerDifference> layerDifferences(const Analysis &analysis);

} // namespace cd::ui
