#include "onnx_names.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <map>
#include <set>

namespace cd::onnximport {

namespace {

std::vector<std::string_view> slashParts(std::string_view name)
{
    std::vector<std::string_view> parts;
    std::size_t start = 0;
    while (start <= name.size()) {
        const std::size_t end = std::min(name.find('/', start), name.size());
        if (end > start)
            parts.push_back(name.substr(start, end - start));
        start = end + 1;
    }
    return parts;
}

std::string lowered(std::string_view text)
{
    std::string result(text);
    for (char &c : result)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return result;
}

// A name a network file shows as it is: printable ASCII without spaces, at most 200 bytes;
// anything else (control bytes, bytes that may be no UTF-8) becomes "_".
std::string tidyText(std::string_view text)
{
    std::string result(text.substr(0, 200));
    for (char &c : result)
        if (static_cast<unsigned char>(c) <= 0x20 || static_cast<unsigned char>(c) >= 0x7f)
            c = '_';
    return result;
}

// The scopes that hold other modules: some node's scopes go deeper than them.
std::set<std::string> containerScopes(const std::vector<std::string> &allNodeNames)
{
    std::set<std::string> containers;
    for (const std::string &name : allNodeNames) {
        const std::vector<std::string> scopes = moduleScopes(name);
        for (std::size_t i = 0; i + 1 < scopes.size(); ++i)
            containers.insert(scopes[i]);
    }
    return containers;
}

// Whether every block's layers are contiguous; clears `blocks` entries of those that are not
// and returns false when it cleared any.
bool keepContiguous(std::vector<std::string> &blocks)
{
    std::map<std::string, std::pair<std::size_t, std::size_t>> spans; // first, last
    std::map<std::string, std::size_t> counts;
    for (std::size_t i = 0; i < blocks.size(); ++i) {
        if (blocks[i].empty())
            continue;
        auto [it, fresh] = spans.try_emplace(blocks[i], i, i);
        it->second.second = i;
        ++counts[blocks[i]];
    }
    bool all = true;
    for (const auto &[block, span] : spans) {
        if (span.second - span.first + 1 == counts[block])
            continue;
        all = false;
        for (std::string &b : blocks)
            if (b == block)
                b.clear();
    }
    return all;
}

} // namespace

std::vector<std::string> moduleScopes(std::string_view nodeName)
{
    std::vector<std::string_view> parts = slashParts(nodeName);
    if (nodeName.empty() || nodeName.front() != '/' || parts.size() < 2)
        return {};
    parts.pop_back(); // the op
    std::vector<std::string> scopes;
    for (std::string_view part : parts) {
        // PyTorch writes a scope as the module's full path ("b3.0") or as its attribute name
        // under the scope before ("conv1" under "b3.0").
        const std::string &outer = scopes.empty() ? std::string() : scopes.back();
        if (outer.empty() || part.substr(0, outer.size() + 1) == outer + ".")
            scopes.emplace_back(part);
        else
            scopes.push_back(outer + "." + std::string(part));
    }
    return scopes;
}

std::string opPart(std::string_view nodeName)
{
    const std::vector<std::string_view> parts = slashParts(nodeName);
    return lowered(parts.empty() ? nodeName : parts.back());
}

std::string quotedName(std::string_view name)
{
    constexpr std::size_t longest = 200;
    std::string result = "'";
    for (std::size_t i = 0; i < name.size() && i < longest; ++i) {
        const auto byte = static_cast<unsigned char>(name[i]);
        if (byte < 0x20 || byte == 0x7f || byte == '\'' || byte == '\\') {
            char escaped[8];
            std::snprintf(escaped, sizeof escaped, "\\x%02X", byte);
            result += escaped;
        } else {
            result += static_cast<char>(byte);
        }
    }
    if (name.size() > longest)
        result += "...";
    return result + "'";
}

LayerNaming nameLayers(const std::vector<NamedNode> &layers,
                       const std::vector<std::string> &allNodeNames)
{
    const std::set<std::string> containers = containerScopes(allNodeNames);
    LayerNaming naming;
    std::vector<std::string> outerBlocks;
    for (const NamedNode &layer : layers) {
        const std::vector<std::string> scopes = moduleScopes(layer.nodeName);
        std::string name;
        if (layer.nodeName.empty())
            name = layer.fallback;
        else if (scopes.empty())
            name = layer.nodeName;
        else if (!containers.contains(scopes.back()))
            name = scopes.back();
        else
            name = scopes.back() + "." + opPart(layer.nodeName);
        naming.names.push_back(tidyText(name));

        std::string block;
        if (scopes.size() >= 2 && containers.contains(scopes[1]))
            block = scopes[1];
        else if (!scopes.empty() && containers.contains(scopes[0]))
            block = scopes[0];
        naming.blocks.push_back(tidyText(block));
        outerBlocks.push_back(scopes.empty() || !containers.contains(scopes[0])
                                  ? ""
                                  : tidyText(scopes[0]));
    }
    // A block interrupted by its parent's own ops (DenseNet's concat between the convs of
    // its "net") becomes the parent's block; one still interrupted gets none.
    std::vector<std::string> inner = naming.blocks;
    if (!keepContiguous(inner))
        for (std::size_t i = 0; i < inner.size(); ++i)
            if (inner[i].empty())
                inner[i] = outerBlocks[i];
    keepContiguous(inner);
    naming.blocks = inner;

    // Unique names: a repeat (or "input") gets "_2", "_3", ...
    std::set<std::string> taken{"input"};
    for (std::string &name : naming.names) {
        if (name.empty())
            name = "layer";
        std::string unique = name;
        for (int n = 2; taken.contains(unique); ++n)
            unique = name + "_" + std::to_string(n);
        taken.insert(unique);
        name = unique;
    }
    return naming;
}

} // namespace cd::onnximport
