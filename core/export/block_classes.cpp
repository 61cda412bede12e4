#include "block_classes.h"

#include "pytorch_modules.h"

#include <algorithm>
#include <map>
#include <unordered_map>

namespace cd {

namespace {

bool hasOutSize(LayerType type)
{
    return type == LayerType::Conv2d || type == LayerType::NinBlock || type == LayerType::Linear;
}

bool readsInSize(LayerType type)
{
    return hasOutSize(type) || type == LayerType::BatchNorm2d;
}

std::int64_t outSize(const LayerKind &kind)
{
    if (const auto *conv = std::get_if<Conv2d>(&kind))
        return conv->outChannels;
    if (const auto *nin = std::get_if<NinBlock>(&kind))
        return nin->outChannels;
    if (const auto *linear = std::get_if<Linear>(&kind))
        return linear->outFeatures;
    return 0;
}

std::string canonicalText(const SizeExpression &expression)
{
    std::string text;
    for (const SizeTerm &term : expression) {
        if (!text.empty())
            text += " + ";
        text += term.argument >= 0 ? "a" + std::to_string(term.argument)
                                   : std::to_string(term.literal);
    }
    return text;
}

std::int64_t nodeChannels(const Network &network, const Analysis &analysis, LayerId id)
{
    if (id == Network::inputId)
        return network.input.channels;
    return analysis.layers[static_cast<std::size_t>(network.indexOf(id))].output.channels;
}

// One instance with its class-to-be before instances are grouped: arguments are every
// external input's channels, then every member's out size, in member order.
struct Candidate
{
    BlockInstance instance;
    std::vector<SizeExpression> memberIn;
    std::vector<int> memberOut;
    int argumentCount = 0;
    std::vector<BlockArgument> arguments;
    std::string signature;
};

std::vector<std::pair<int, int>> blockRuns(const Network &network)
{
    std::vector<std::pair<int, int>> runs;
    const int count = static_cast<int>(network.layers.size());
    for (int begin = 0; begin < count;) {
        int end = begin + 1;
        const std::string &block = network.layers[static_cast<std::size_t>(begin)].block;
        while (end < count && network.layers[static_cast<std::size_t>(end)].block == block)
            ++end;
        if (!block.empty())
            runs.emplace_back(begin, end);
        begin = end;
    }
    return runs;
}

Candidate describe(const Network &network, const Analysis &analysis, int begin, int end)
{
    Candidate c;
    c.instance.block = network.layers[static_cast<std::size_t>(begin)].block;
    c.instance.begin = begin;
    c.instance.end = end;
    const auto member = [&](LayerId id) {
        const int index = network.indexOf(id);
        return index >= begin && index < end ? index - begin : -1;
    };
    for (int i = begin; i < end; ++i)
        for (LayerId id : network.layers[static_cast<std::size_t>(i)].inputs)
            if (member(id) < 0
                && std::find(c.instance.externalInputs.begin(), c.instance.externalInputs.end(), id)
                       == c.instance.externalInputs.end())
                c.instance.externalInputs.push_back(id);
    for (LayerId id : c.instance.externalInputs) {
        c.arguments.push_back({.externalInput = static_cast<int>(c.arguments.size())});
        c.instance.argumentValues.push_back(nodeChannels(network, analysis, id));
    }

    std::unordered_map<LayerId, SizeExpression> sizes;
    for (std::size_t k = 0; k < c.instance.externalInputs.size(); ++k)
        sizes[c.instance.externalInputs[k]] = {SizeTerm{.argument = static_cast<int>(k)}};
    std::string &signature = c.signature;
    signature = std::to_string(c.instance.externalInputs.size()) + " inputs\n";
    for (int i = begin; i < end; ++i) {
        const Layer &layer = network.layers[static_cast<std::size_t>(i)];
        const LayerType type = layerType(layer.kind);
        const SizeExpression in = sizes[layer.inputs.front()];
        int out = -1;
        SizeExpression produced = in;
        if (hasOutSize(type)) {
            out = static_cast<int>(c.arguments.size());
            c.arguments.push_back({.member = i - begin});
            c.instance.argumentValues.push_back(outSize(layer.kind));
            produced = {SizeTerm{.argument = out}};
        } else if (type == LayerType::Flatten) {
            produced = {SizeTerm{.literal = analysis.layers[static_cast<std::size_t>(i)]
                                                .output.channels}};
        } else if (type == LayerType::Concat) {
            produced.clear();
            for (LayerId id : layer.inputs)
                for (const SizeTerm &term : sizes[id])
                    produced.push_back(term);
        }
        sizes[layer.id] = produced;
        c.memberIn.push_back(readsInSize(type) ? in : SizeExpression{});
        c.memberOut.push_back(out);

        signature += moduleExpression(layer.kind, {.in = canonicalText(c.memberIn.back()),
                                                   .out = "a" + std::to_string(out)});
        for (LayerId id : layer.inputs) {
            const int m = member(id);
            signature += m >= 0 ? " m" + std::to_string(m) : " e" + std::to_string(
                std::find(c.instance.externalInputs.begin(), c.instance.externalInputs.end(), id)
                - c.instance.externalInputs.begin());
        }
        signature += '\n';
    }
    const int last = static_cast<int>(network.layers.size()) - 1;
    for (int i = begin; i < end; ++i) {
        const LayerId id = network.layers[static_cast<std::size_t>(i)].id;
        bool readAfter = i == last;
        for (int r = end; r <= last && !readAfter; ++r) {
            const auto &inputs = network.layers[static_cast<std::size_t>(r)].inputs;
            readAfter = std::find(inputs.begin(), inputs.end(), id) != inputs.end();
        }
        if (readAfter) {
            c.instance.outputs.push_back(i);
            signature += "out m" + std::to_string(i - begin) + '\n';
        }
    }
    return c;
}

// Drops the arguments no module reads and merges those equal in every instance, so that
// d2l's Residual(64) is not Residual(64, 64, 64).
BlockClass merged(std::vector<Candidate> group)
{
    const Candidate &first = group.front();
    const std::size_t count = first.arguments.size();
    std::vector<bool> used(count, false);
    for (const SizeExpression &in : first.memberIn)
        for (const SizeTerm &term : in)
            if (term.argument >= 0)
                used[static_cast<std::size_t>(term.argument)] = true;
    for (int out : first.memberOut)
        if (out >= 0)
            used[static_cast<std::size_t>(out)] = true;

    const auto sameEverywhere = [&](std::size_t a, std::size_t b) {
        for (const Candidate &c : group)
            if (c.instance.argumentValues[a] != c.instance.argumentValues[b])
                return false;
        return true;
    };
    std::vector<int> newIndex(count, -1);
    BlockClass result;
    for (std::size_t a = 0; a < count; ++a) {
        if (!used[a])
            continue;
        for (std::size_t b = 0; b < a && newIndex[a] < 0; ++b)
            if (used[b] && sameEverywhere(a, b))
                newIndex[a] = newIndex[b];
        if (newIndex[a] < 0) {
            newIndex[a] = static_cast<int>(result.arguments.size());
            result.arguments.push_back(first.arguments[a]);
        }
    }
    const auto renumber = [&](int argument) {
        return argument < 0 ? -1 : newIndex[static_cast<std::size_t>(argument)];
    };
    result.memberIn = first.memberIn;
    for (SizeExpression &in : result.memberIn)
        for (SizeTerm &term : in)
            term.argument = renumber(term.argument);
    for (int out : first.memberOut)
        result.memberOut.push_back(renumber(out));
    for (Candidate &c : group) {
        std::vector<std::int64_t> values(result.arguments.size());
        for (std::size_t a = 0; a < count; ++a)
            if (used[a])
                values[static_cast<std::size_t>(newIndex[a])] = c.instance.argumentValues[a];
        c.instance.argumentValues = std::move(values);
        result.instances.push_back(std::move(c.instance));
    }
    return result;
}

} // namespace

std::vector<BlockClass> findBlockClasses(const Network &network, const Analysis &analysis)
{
    std::vector<std::vector<Candidate>> groups;
    std::map<std::string, std::size_t> groupOfSignature;
    for (const auto &[begin, end] : blockRuns(network)) {
        Candidate c = describe(network, analysis, begin, end);
        const auto [it, inserted] = groupOfSignature.try_emplace(c.signature, groups.size());
        if (inserted)
            groups.emplace_back();
        groups[it->second].push_back(std::move(c));
    }
    std::vector<BlockClass> classes;
    for (std::vector<Candidate> &group : groups)
        if (group.size() >= 2)
            classes.push_back(merged(std::move(group)));
    return classes;
}

} // namespace cd
