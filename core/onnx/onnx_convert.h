#pragma once

// The graph of an ONNX model (onnx_stream.h) turned into a network (onnx_reader.h).

#include "onnx_model.h"
#include "onnx_reader.h"

namespace cd::onnximport {

ReadResult convertGraph(const Graph &graph, const std::optional<InputShape> &overrideInput);

// The ops the importer understands, for messages.
extern const char *const supportedOps;

} // namespace cd::onnximport
