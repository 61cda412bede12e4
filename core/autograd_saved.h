#pragma once

// What one layer's backward saves in PyTorch 1.13 (arithmetic.md §8's table), as tensors with
// their bytes and kind. Which of them count, and for which layer, is the graph pass's job
// (autograd_memory.h): a tensor here only says whose storage it is.

#include "checked.h"
#include "layer.h"
#include "network.h"
#include "shape.h"

#include <cstdint>
#include <vector>

namespace cd {

// What a saved tensor holds; the report shows the bytes per kind.
enum class SavedKind {
    Activations, // a layer's input or output, a nin_block's ReLU outputs, a padded copy
    Indices,     // max pooling's int64 index of each maximum
    Masks,       // dropout's mask (or its zero scalar for p = 1)
    Statistics,  // batch norm's batch mean and inverse standard deviation
};

// Whose storage a saved tensor is: only the input's and the output's can be saved by another
// layer too (and then count once); every other tensor exists for this layer alone.
enum class SavedStorage {
    Input,  // the tensor of the (first) node the layer reads
    Output, // the layer's output tensor
    Own,    // indices, a mask, a padded copy, statistics, a nin_block's inner ReLU outputs
};

struct SavedTensor
{
    SavedStorage storage = SavedStorage::Own;
    CheckedInt bytes;
    SavedKind kind = SavedKind::Activations;
};

// The rows of §8's table, refined where one layer type saves in two ways; the reasons shown
// beside the figures (autograd_reason.h) are written per rule.
enum class SavedRule {
    Input,               // conv2d, avgpool2d, adaptive_avgpool2d, linear
    PaddedInputCopy,     // conv2d "same" with an odd total padding d·(k−1) in a dimension
    InputAndReLUOutputs, // nin_block
    InputAndIndices,     // maxpool2d, adaptive_maxpool2d
    InputAndStatistics,  // batchnorm2d
    Output,              // relu, sigmoid, tanh
    Mask,                // dropout, 0 < p < 1
    ZeroScalar,          // dropout, p = 1
    Nothing,             // flatten, add, concat, dropout with p = 0
};

struct SavedSpec
{
    SavedRule rule = SavedRule::Nothing;
    // The output is the input's tensor (flatten: a view; dropout with p = 0: the same tensor).
    bool outputIsInput = false;
    // Its backward always runs (it has parameters), whatever its inputs need.
    bool hasParameters = false;
    std::vector<SavedTensor> tensors{}; // what it saves when its backward runs
};

// One layer with its first input's and its output's shape, at batch and dtype of `settings`.
SavedSpec savedSpec(const LayerKind &kind, const Shape &input, const Shape &output,
                    const Settings &settings);

} // namespace cd
