#include "counts.h"

namespace cd {

ConvCounts countConv(const Shape &output, std::int64_t inChannelsPerGroup, Pair kernel, bool bias)
{
    const CheckedInt perOutputValue = CheckedInt(inChannelsPerGroup) * kernel.height * kernel.width;
    ConvCounts counts;
    counts.label = std::to_string(kernel.height) + "\u00d7" + std::to_string(kernel.width) + " conv";
    counts.output = output;
    counts.weights = CheckedInt(output.channels) * perOutputValue;
    counts.biases = bias ? output.channels : 0;
    counts.activations = output.elements();
    counts.macs = counts.activations * perOutputValue;
    return counts;
}

} // namespace cd
