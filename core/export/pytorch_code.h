#pragma once

// A network as one self-contained PyTorch module (issue 11): a chain becomes
// `net = nn.Sequential(...)`, a branching network an nn.Module whose forward runs the layers in
// the file's order, blocks that share a structure one class each. Its main() runs a zero
// tensor of the input shape and prints every layer's output shape and the parameter count,
// the numbers ConvDesigner shows.

#include "analysis.h"
#include "network.h"

#include <string>

namespace cd {

struct PytorchCode
{
    std::string code;  // the Python source, UTF-8
    std::string error; // why there is no code: the network is invalid
    bool ok() const { return error.empty(); }
};

// `analysis` must be analyze(network). An invalid network gives no code: the message names
// its first error.
PytorchCode pytorchCode(const Network &network, const Analysis &analysis);

} // namespace cd
