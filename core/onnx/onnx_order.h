#pragma once

// The order in which an ONNX graph's nodes can run: the file's order wherever the data
// dependencies allow it (PyTorch writes them in order), or an error naming a node on a cycle
// or a name that two nodes produce.

#include "onnx_model.h"

#include <optional>
#include <string>
#include <vector>

namespace cd::onnximport {

std::optional<std::vector<std::size_t>> executionOrder(const Graph &graph, std::string &error);

} // namespace cd::onnximport
