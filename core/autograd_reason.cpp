// The reasons beside autograd's figures (see autograd_reason.h), one sentence per rule of
// arithmetic.md §8's table.

#include "autograd_reason.h"

#include "format.h"

namespace cd {

namespace {

std::string bytesText(std::int64_t bytes)
{
    return withThousands(bytes) + (bytes == 1 ? " byte" : " bytes");
}

// What the layer keeps, set against what the lecture model counts for it.
std::string ruleText(const LayerReport &layer, std::int64_t b)
{
    switch (layer.saved->rule) {
    case SavedRule::Input:
        return layer.type == LayerType::Conv2d || layer.type == LayerType::Linear
                   ? "keeps its input, which its weight gradient needs, not its output"
                   : "keeps its input, not its output";
    case SavedRule::PaddedInputCopy:
        return "keeps a copy of its input padded by one more row or column (PyTorch pads an "
               "uneven \"same\" padding itself), not its output";
    case SavedRule::InputAndReLUOutputs:
        return "keeps its input and its three ReLU outputs, not its three conv outputs";
    case SavedRule::InputAndIndices:
        return "keeps its input, not its output, and the index of each maximum: 8 bytes per "
               "output element";
    case SavedRule::InputAndStatistics:
        return "keeps its input, not its output, and a batch mean and inverse standard "
               "deviation per channel (not per sample)";
    case SavedRule::Output:
        return layer.type == LayerType::ReLU
                   ? "keeps its output (the lecture model takes ReLU as in place and counts "
                     "nothing)"
                   : "keeps its output, as the lecture model does";
    case SavedRule::Mask:
        return "keeps a mask the size of its input in the network's dtype (" + bytesText(b)
               + " per element), not its output";
    case SavedRule::ZeroScalar:
        return "p = 1: keeps one zero scalar (" + bytesText(b) + "), not its output";
    case SavedRule::Nothing:
        if (layer.type == LayerType::Flatten)
            return "keeps nothing: a view of its input, as in the lecture model";
        if (layer.type == LayerType::Dropout)
            return "p = 0: keeps nothing, its output is its input's tensor (the lecture model "
                   "counts it)";
        return "keeps nothing: its backward needs no values (the lecture model counts its "
               "output)";
    }
    return {};
}

} // namespace

std::string savedReason(const Analysis &analysis, int index)
{
    const LayerReport &layer = analysis.layers[static_cast<std::size_t>(index)];
    if (!layer.saved)
        return {};
    if (!layer.saved->hasBackward)
        return "keeps nothing: no layer before it has parameters, so it has no backward (the "
               "next layer that keeps its input keeps its output)";
    std::string text = ruleText(layer, bytesPerElement(analysis.settings.dtype));
    if (layer.saved->inputSavedBy >= 0)
        text += "; its input is already counted at "
                + analysis.layers[static_cast<std::size_t>(layer.saved->inputSavedBy)].name;
    return text;
}

std::string savedKindsText(const SavedBytes &saved)
{
    const std::pair<std::int64_t, const char *> kinds[] = {
        {saved.indices, "max-pool indices"},
        {saved.masks, "dropout masks"},
        {saved.statistics, "batch-norm statistics"},
    };
    std::string text = withThousands(saved.activations) + " B of activations";
    for (const auto &[bytes, what] : kinds) {
        if (bytes != 0)
            text += " + " + withThousands(bytes) + " B of " + what;
    }
    return text;
}

std::string autogradDifference(const Analysis &analysis)
{
    if (!analysis.memory || !analysis.autograd || !analysis.autograd->saved)
        return {};
    // b · N · A: half of the lecture model's 2 · N · A term; the other half are gradients.
    const std::int64_t values = analysis.memory->trainingActivationBytes / 2;
    const SavedBytes &saved = *analysis.autograd->saved;
    return "the lecture model counts " + withThousands(values)
           + " B of kept values and as many of gradients; autograd keeps no gradient until "
             "backward, and "
           + withThousands(saved.total()) + " B of values: " + savedKindsText(saved);
}

} // namespace cd
