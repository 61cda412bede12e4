#pragma once

// Layer names and blocks from the node names PyTorch's exporter writes: a node is named by
// the module scopes it ran in, then its op ("/b3/b3.0/conv1/Conv"), each scope written as
// the module's own attribute name or as its full dotted path.

#include <string>
#include <string_view>
#include <vector>

namespace cd::onnximport {

// The full dotted module path of every scope of a node, outermost first:
// "/b3/b3.0/conv1/Conv" -> {"b3", "b3.0", "b3.0.conv1"}; "/features/features.0/Conv" ->
// {"features", "features.0"}; a name without "/" (older exporters, other tools) -> {}.
std::vector<std::string> moduleScopes(std::string_view nodeName);

// The last "/" part of a node name ("Relu_1" of "/b3/b3.0/Relu_1"), lower-cased; the whole
// name when it has no "/".
std::string opPart(std::string_view nodeName);

// A node or tensor name for a message: in single quotes, control bytes escaped as \xHH, cut
// after 200 bytes, so a hostile file cannot flood or garble the terminal.
std::string quotedName(std::string_view name);

struct NamedNode
{
    std::string nodeName; // as in the file
    std::string fallback; // used when the node has no name: "conv2d_3"
};

struct LayerNaming
{
    // Unique, never "input"; printable ASCII (other bytes become "_"), at most 200 bytes.
    std::vector<std::string> names;
    std::vector<std::string> blocks; // "" for none; each block contiguous
};

// A layer named by its module when that module is a leaf ("features.0"), by its module and
// op when the module is a container that ran a functional op ("b3.0.relu_1"). The block is
// the second scope when modules sit below it (ResNet's "b3.0" holding "b3.0.conv1"), else
// the first scope of a nested node ("features"), never a block that would not be contiguous.
// `allNodeNames` are every node's name in the graph (containers are seen from all of them).
LayerNaming nameLayers(const std::vector<NamedNode> &layers,
                       const std::vector<std::string> &allNodeNames);

} // namespace cd::onnximport
