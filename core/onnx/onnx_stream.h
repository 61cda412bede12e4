#pragma once

// Reads an ONNX ModelProto from a stream field by field, keeping the graph and only the
// name, type and dimensions of each initializer: weight bytes are skipped, never copied,
// so memory stays bounded however large the file is.

#include "onnx_model.h"

#include <google/protobuf/io/zero_copy_stream.h>

#include <optional>
#include <string>

namespace cd::onnximport {

// On failure: nullopt and `error` says what is wrong ("truncated", "not an ONNX model", ...).
std::optional<Graph> readGraph(google::protobuf::io::ZeroCopyInputStream &stream,
                               std::string &error);

} // namespace cd::onnximport
