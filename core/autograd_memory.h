#pragma once

// What PyTorch 1.13's autograd keeps alive between the forward and the backward pass
// (arithmetic.md §8), over a whole graph in one pass in execution order: which layers have a
// backward at all, which outputs are one storage (flatten's is its input's), and which layer
// each saved byte is credited to: the first that saves the storage, so a tensor saved by two
// layers (a ReLU's output, saved by the ReLU and by the next conv) counts once.

#include "autograd_saved.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace cd {

struct SavedBytes
{
    std::int64_t activations = 0;
    std::int64_t indices = 0;
    std::int64_t masks = 0;
    std::int64_t statistics = 0;

    // Fits: the pass checks the running total.
    std::int64_t total() const { return activations + indices + masks + statistics; }
    friend bool operator==(const SavedBytes &, const SavedBytes &) = default;
};

// One layer's share of the saved tensors.
struct LayerSaved
{
    SavedRule rule = SavedRule::Nothing;
    // False: neither it nor any layer before it on its paths has parameters, so autograd
    // records no backward for it and it saves nothing (a max pool on the network input).
    bool hasBackward = false;
    SavedBytes bytes{}; // the tensors it saves that no earlier layer saved, by kind
    // ≥ 0: it saves its input, which that earlier layer saved first (and is credited with).
    int inputSavedBy = -1;
    friend bool operator==(const LayerSaved &, const LayerSaved &) = default;
};

// The figures for the memory footer and the report's `memory` entry.
struct AutogradMemory
{
    std::optional<SavedBytes> saved; // every layer's; empty: no figure (`note` says why)
    std::int64_t parameterBytes = 0; // b · m · P: values, gradients, optimizer state
    // saved + b · m · P: what is alive when the forward pass ends; empty without a figure.
    std::optional<std::int64_t> trainingBytes;
    // False for float16 and int8: PyTorch 1.13 cannot train them on a CPU, so the figures
    // apply the measured rules with their element size.
    bool measured = true;
    std::string note; // why there is no figure, or why it is not measured; empty when neither
};

// A layer as the pass sees it.
struct SavingNode
{
    const LayerKind *kind = nullptr;
    std::string_view name;       // for the note
    std::span<const int> inputs; // nodes read: −1 the network input, else a layer index
    Shape input;                 // the first input's shape
    Shape output;
};

struct AutogradSaved
{
    std::vector<LayerSaved> layers; // one per node; empty when there is no figure
    AutogradMemory memory;
};

// `nodes` in execution order, every input earlier; `parameterBytes` is the lecture model's
// b · m · P, which autograd keeps as well.
AutogradSaved autogradSaved(const std::vector<SavingNode> &nodes, const Settings &settings,
                            std::int64_t parameterBytes);

} // namespace cd
