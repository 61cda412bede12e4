#include "onnx_input.h"

#include "onnx_names.h"

namespace cd::onnximport {

namespace {

// Sizes past this are no image a network file can describe (and would overflow counts).
constexpr std::int64_t largestSize = std::int64_t{1} << 31;

std::optional<std::int64_t> dimValue(const onnx::TensorShapeProto_Dimension &dim)
{
    if (dim.has_dim_value() && dim.dim_value() > 0)
        return dim.dim_value();
    return std::nullopt;
}

} // namespace

std::optional<GraphInput> graphInput(const Graph &graph,
                                     const std::optional<InputShape> &overrideInput,
                                     ReadResult &result)
{
    std::vector<const onnx::ValueInfoProto *> real;
    for (const onnx::ValueInfoProto &input : graph.inputs)
        if (!graph.initializers.contains(input.name()))
            real.push_back(&input);
    if (real.size() != 1) {
        result.error = "the graph has " + std::to_string(real.size())
                       + " inputs besides its initializers; ConvDesigner networks have one "
                         "image input";
        return std::nullopt;
    }
    const onnx::ValueInfoProto &input = *real.front();
    GraphInput found{input.name(), {}, std::nullopt};
    const auto &type = input.type();
    if (!type.has_tensor_type() || !type.tensor_type().has_shape()
        || type.tensor_type().shape().dim_size() != 4) {
        result.error = "the graph input " + quotedName(input.name())
                       + " is no 4-D tensor [batch, channels, height, width]; ConvDesigner "
                         "networks read images";
        return std::nullopt;
    }
    const auto &dims = type.tensor_type().shape().dim();
    found.exportBatch = dimValue(dims[0]);
    const std::optional<std::int64_t> channels = dimValue(dims[1]);
    const std::optional<std::int64_t> height = dimValue(dims[2]);
    const std::optional<std::int64_t> width = dimValue(dims[3]);
    for (const auto &size : {channels, height, width}) {
        if (size && *size > largestSize) {
            result.error = "the graph input " + quotedName(input.name()) + " has a size of "
                           + std::to_string(*size) + ", past the largest ConvDesigner reads ("
                           + std::to_string(largestSize) + ")";
            return std::nullopt;
        }
    }
    result.fileChannels = channels;
    if (overrideInput) {
        if (channels && *channels != overrideInput->channels) {
            result.error = "the graph input " + quotedName(input.name()) + " has "
                           + std::to_string(*channels) + " channels, not the "
                           + std::to_string(overrideInput->channels) + " given";
            return std::nullopt;
        }
        found.shape = *overrideInput;
        return found;
    }
    if (!channels || !height || !width) {
        result.needsInputSize = true;
        result.error = "the graph input " + quotedName(input.name())
                       + " leaves its channels, height or width symbolic: give the input size "
                         "as channels, height and width";
        return std::nullopt;
    }
    found.shape = {*channels, *height, *width};
    return found;
}

} // namespace cd::onnximport
