#pragma once

// The network input from the ONNX graph's one real input (an input that is no
// initializer): an image batch [N, C, H, W] with any batch, or the size the user gives.

#include "onnx_model.h"
#include "onnx_reader.h"

#include <optional>
#include <string>

namespace cd::onnximport {

struct GraphInput
{
    std::string name;
    InputShape shape;
    // The batch as exported when it is a number, for the flatten pattern's [N, -1].
    std::optional<std::int64_t> exportBatch;
};

// On failure fills `result` (error, needsInputSize, fileChannels) and returns nullopt.
std::optional<GraphInput> graphInput(const Graph &graph,
                                     const std::optional<InputShape> &overrideInput,
                                     ReadResult &result);

} // namespace cd::onnximport
