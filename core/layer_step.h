#pragma once

// What one layer does to the tensor flowing through it: its output shape, counts, the
// tensors it leaves alive at inference, and how its outputs map back onto its input.

#include "counts.h"
#include "layer.h"
#include "shape.h"

#include <string>
#include <variant>
#include <vector>

namespace cd {

// How output positions depend on input positions, per dimension.
struct Pointwise {                      // relu, batchnorm2d, dropout, sigmoid, tanh, add, concat
    friend bool operator==(const Pointwise &, const Pointwise &) = default;
};
struct Windows {                        // conv2d, pools, nin_block (its first conv)
    Window1D rows;
    Window1D cols;
    friend bool operator==(const Windows &, const Windows &) = default;
};
struct AdaptiveWindows {                // adaptive pools
    AdaptiveWindows1D rows;
    AdaptiveWindows1D cols;
    friend bool operator==(const AdaptiveWindows &, const AdaptiveWindows &) = default;
};
struct Flattening {                     // flatten, linear: every output sees every input
    friend bool operator==(const Flattening &, const Flattening &) = default;
};
using SpatialMap = std::variant<Pointwise, Windows, AdaptiveWindows, Flattening>;

struct LayerStep
{
    std::string error; // empty when the layer can be computed
    Shape output;
    CheckedInt weights;
    CheckedInt biases;
    CheckedInt macs;
    CheckedInt keptActivations; // per sample, for the backward pass (arithmetic.md §4)
    std::vector<CheckedInt> inferenceTensors; // alive at inference, in order (§4's T)
    SpatialMap spatial;
    std::vector<ConvCounts> convs; // a nin_block's three convolutions, for its breakdown
};

// A layer that reads one input.
LayerStep stepThrough(const LayerKind &kind, const Shape &input);

struct JoinInput
{
    std::string name; // for messages: the layer it comes from
    Shape shape;
};
// add and concat (arithmetic.md §7): the output of joining two or more inputs.
LayerStep joinThrough(const LayerKind &kind, const std::vector<JoinInput> &inputs);

} // namespace cd
