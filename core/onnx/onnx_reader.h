#pragma once

// Imports an ONNX model (a PyTorch export, say) as a ConvDesigner network: the graph is
// converted layer by layer, never executed, and weights are never read, only their
// dimensions. Anything the network format cannot hold is refused with one message naming
// the node, its op and what is supported; never a crash, never a partial network.

#include "network.h"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace cd::onnximport {

struct ReadResult
{
    std::optional<Network> network; // set on success
    std::string error;              // set on failure: one clear line, UTF-8
    // The input's height or width is symbolic: read again with an input size (the error
    // says so). `fileChannels` is the channel count the file gives, when it gives one.
    bool needsInputSize = false;
    std::optional<std::int64_t> fileChannels;
};

// `overrideInput` replaces the file's input shape (it must keep a channel count the file
// fixes); it is needed when the file leaves height or width symbolic.
ReadResult readOnnx(std::string_view bytes, const std::optional<InputShape> &overrideInput = {});
// Messages start with the path: "x.onnx: ...". The network is named after the file.
ReadResult readOnnxFile(const std::filesystem::path &path,
                        const std::optional<InputShape> &overrideInput = {});

// Whether these first bytes of a file look like an ONNX model rather than a network file
// (JSON): a protobuf ModelProto starts with its ir_version, field 1.
bool looksLikeOnnx(std::string_view firstBytes);
// Whether `path` is to be read as an ONNX model: by its extension (.onnx, any case) or,
// whatever its name, by its first bytes. The CLI and File ▸ Open both decide by this.
bool isOnnxFile(const std::filesystem::path &path);

} // namespace cd::onnximport
