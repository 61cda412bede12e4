#pragma once

// Training and inference memory with every term kept apart (arithmetic.md §4), so that a
// user can check each one against a hand calculation.

#include "checked.h"
#include "network.h"

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

    std::int64_t trainingActivationBytes = 0;  // b · 2 · N · A
    std::int64_t trainingParameterBytes = 0;   // b · m · P
    std::int64_t trainingBytes = 0;            // sum of the two
    std::int64_t inferenceActivationBytes = 0; // b · N · peak
    std::int64_t inferenceParameterBytes = 0;  // b · P
    std::int64_t inferenceBytes = 0;           // sum of the two
};

// Empty when a byte count exceeds 2^63 − 1.
std::optional<MemoryEstimate> estimateMemory(const Settings &settings, CheckedInt activations,
                                             CheckedInt parameters, const TensorPeak &peak);

} // namespace cd
