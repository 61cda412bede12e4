#pragma once

// The inference timeline and its peak from tensor lifetimes (arithmetic.md §7): layers run in
// file order, each writes its tensors while its inputs are alive, and a tensor is freed right
// after the last layer that reads it. On a chain the peak is §4's largest pair of neighbouring
// tensors. One walk gives both, so the chart's tallest step is the reported peak.

#include "memory.h"

#include <span>
#include <vector>

namespace cd {

struct TensorNode
{
    std::span<const int> inputs;        // nodes read: −1 the network input, else a layer index
    std::span<const CheckedInt> writes; // tensors written in order; none: the output is the
                                        // input's tensor (relu, dropout, flatten)
};

// How many live-tensor entries a timeline lists across its steps (16 MiB). A network whose
// tensors wait long for their readers (a wide fan into one concat) would otherwise list
// layers × alive entries. Past the bound a step keeps its sum but an empty `live` list; the
// peak step always keeps its list, which the report prints.
inline constexpr std::size_t maxTimelineEntries = std::size_t{1} << 20;

// `layers` in execution order, every input earlier; the last layer's output is never freed.
// O(n log n) in the number of tensors, whatever their lifetimes.
MemoryTimeline inferenceTimeline(CheckedInt inputElements, const std::vector<TensorNode> &layers);
// peakOf(inferenceTimeline(...)).
TensorPeak inferencePeak(CheckedInt inputElements, const std::vector<TensorNode> &layers);

} // namespace cd
