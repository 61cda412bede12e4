#pragma once

// Training and inference memory with every term kept apart (arithmetic.md §4), so that a
// user can check each one against a hand calculation.

#include "checked.h"
#include "network.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

namespace cd {

// A tensor alive at inference: the network input (layer −1) or a tensor a layer writes
// (`part` counts a nin_block's three convolutions, 0 for every other layer).
struct LiveTensor
{
    int layer = -1;
    int part = 0;
    std::int64_t elements = 0; // per sample
    friend bool operator==(const LiveTensor &, const LiveTensor &) = default;
};

// The most elements alive at once at inference (arithmetic.md §7) and where that happens.
struct TensorPeak
{
    CheckedInt elements;
    int layer = -1; // the layer writing at the peak; −1 when the input alone is the peak
    int part = 0;
    std::vector<LiveTensor> live; // every tensor alive then, the one being written included
};

// What is alive at one step of inference: step 0 is the network input alone, step i + 1 is
// layer i running. A layer that writes several tensors (a nin_block's three convolutions) is
// one step, shown at the write where the most is alive, so that the chart has one bar per
// layer and its tallest bar is the peak. A layer that writes nothing (relu, dropout, flatten)
// shows what is alive while it runs: its input, which is its output, and every other tensor
// still waiting for a reader.
struct TimelineStep
{
    int layer = -1;      // the layer running; −1 for step 0
    int part = 0;        // the nin_block convolution at this step's largest write, else 0
    CheckedInt elements; // the sum of `live`, per sample
    // In writing order: the input first, the tensor just written last.
    std::vector<LiveTensor> live;
};

// The inference timeline of arithmetic.md §7; the peak is its tallest step.
struct MemoryTimeline
{
    std::vector<TimelineStep> steps; // 1 + the number of layers
    std::size_t peakStep = 0;        // the first step with the most elements
};

// The peak of a timeline, as the memory terms report it.
TensorPeak peakOf(const MemoryTimeline &timeline);

struct MemoryEstimate
{
    std::int64_t bytesPerElement = 4; // b
    std::int64_t batch = 1;           // N
    std::int64_t parameterCopies = 3; // m: values, gradients, optimizer state
    std::int64_t activations = 0;     // A: kept per sample, input included
    std::int64_t parameters = 0;      // P
    std::int64_t peak = 0;            // most elements alive at once at inference, per sample
    int peakLayer = -1;               // the layer writing at the peak; -1: the input alone
    int peakPart = 0;                 // which of a nin_block's convolutions, else 0
    std::vector<LiveTensor> peakTensors; // alive at the peak
    // Every step of inference; its peak step is the peak above. Empty when the estimate was
    // made from a peak alone.
    MemoryTimeline timeline;

    std::int64_t trainingActivationBytes = 0;  // b · 2 · N · A
    std::int64_t trainingParameterBytes = 0;   // b · m · P
    std::int64_t trainingBytes = 0;            // sum of the two
    std::int64_t inferenceActivationBytes = 0; // b · N · peak
    std::int64_t inferenceParameterBytes = 0;  // b · P
    std::int64_t inferenceBytes = 0;           // sum of the two

    // b · N · elements: the bytes of a tensor or step no larger than the peak (then it fits).
    std::int64_t batchBytes(std::int64_t elements) const
    {
        return bytesPerElement * batch * elements;
    }
};

// Empty when a byte count exceeds 2^63 − 1.
std::optional<MemoryEstimate> estimateMemory(const Settings &settings, CheckedInt activations,
                                             CheckedInt parameters, const TensorPeak &peak);
// The same with the peak taken from `timeline`, which the estimate keeps for the memory chart.
std::optional<MemoryEstimate> estimateMemory(const Settings &settings, CheckedInt activations,
                                             CheckedInt parameters, MemoryTimeline timeline);

} // namespace cd
