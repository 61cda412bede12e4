#pragma once

// What the importer keeps of an ONNX model: the graph's nodes, inputs and outputs as
// protobuf messages (they are small) and of each initializer only its name, type and
// dimensions, plus the values of tiny integer or float tensors (shapes, pads, ratios).
// Weight data is never kept: a 528 MB VGG-16 becomes a few kilobytes here.

#include <onnx/onnx_pb.h>

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace cd::onnximport {

struct TensorInfo
{
    std::string name;
    std::int32_t dataType = 0; // onnx::TensorProto::DataType
    std::vector<std::int64_t> dims;
    // Set for tensors of at most smallTensorElements integers or floats, else empty.
    std::optional<std::vector<double>> values;
};

// Tensors with more elements than this are weights, not settings: their values are skipped.
inline constexpr std::int64_t smallTensorElements = 16;

struct Graph
{
    std::vector<onnx::NodeProto> nodes;
    std::map<std::string, TensorInfo> initializers;
    std::vector<onnx::ValueInfoProto> inputs;
    std::vector<onnx::ValueInfoProto> outputs;
};

// The dims, type and (for small tensors) values of a tensor held in a message, as a
// Constant node's `value` attribute holds it.
TensorInfo tensorInfo(const onnx::TensorProto &tensor);

} // namespace cd::onnximport
