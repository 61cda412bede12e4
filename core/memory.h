#pragma once

// Training and inference memory with every term kept apart (arithmetic.md §4), so that a
// user can check each one against a hand calculation.

#include "checked.h"
#include "network.h"

#include <cstdint>
#include <optional>

namespace cd {

// The largest sum of two neighbouring tensors that exist at inference.
class PeakPairTracker
{
public:
    explicit PeakPairTracker(std::int64_t inputElements);
    // `layerIndex` is the layer producing `elements`; the peak remembers where it ends.
    void add(CheckedInt elements, int layerIndex);
    CheckedInt peak() const { return m_peak; }
    // The layer whose tensor ends the peak pair; -1 when the input alone is the peak.
    int peakLayer() const { return m_peakLayer; }

private:
    CheckedInt m_previous;
    CheckedInt m_peak;
    int m_peakLayer = -1;
};

struct MemoryEstimate
{
    std::int64_t bytesPerElement = 4; // b
    std::int64_t batch = 1;           // N
    std::int64_t parameterCopies = 3; // m: values, gradients, optimizer state
    std::int64_t activations = 0;     // A: kept per sample, input included
    std::int64_t parameters = 0;      // P
    std::int64_t peakPair = 0;        // largest T[i−1] + T[i], per sample
    int peakPairLayer = -1;           // layer whose tensor ends that pair; -1: the input

    std::int64_t trainingActivationBytes = 0;  // b · 2 · N · A
    std::int64_t trainingParameterBytes = 0;   // b · m · P
    std::int64_t trainingBytes = 0;            // sum of the two
    std::int64_t inferenceActivationBytes = 0; // b · N · peak pair
    std::int64_t inferenceParameterBytes = 0;  // b · P
    std::int64_t inferenceBytes = 0;           // sum of the two
};

// Empty when a byte count exceeds 2^63 − 1.
std::optional<MemoryEstimate> estimateMemory(const Settings &settings, CheckedInt activations,
                                             CheckedInt parameters, const PeakPairTracker &peak);

} // namespace cd
