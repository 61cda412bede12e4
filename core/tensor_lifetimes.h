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

// `layers` in execution order, every input earlier; the last layer's output is never freed.
MemoryTimeline inferenceTimeline(CheckedInt inputElements, const std::vector<TensorNode> &layers);
// peakOf(inferenceTimeline(...)).
TensorPeak inferencePeak(CheckedInt inputElements, const std::vector<TensorNode> &layers);

} // namespace cd
