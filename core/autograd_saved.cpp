// arithmetic.md §8's table, one visitor case per layer type (see autograd_saved.h).

#include "autograd_saved.h"

namespace cd {

namespace {

// Max pooling's indices are int64 whatever the network's dtype.
constexpr std::int64_t indexBytes = 8;

// conv2d "same": PyTorch pads an odd total d·(k−1) by hand, one more at the bottom (right).
std::int64_t extraPadding(std::int64_t kernel, std::int64_t dilation)
{
    return dilation * (kernel - 1) % 2;
}

struct SpecVisitor
{
    const Shape &input;
    const Shape &output;
    std::int64_t batch; // N
    std::int64_t b;     // bytes per element

    // N · b: what one element per sample costs across the batch.
    CheckedInt perElement() const { return CheckedInt(batch) * b; }

    SavedTensor activation(SavedStorage storage, const Shape &shape) const
    {
        return {storage, shape.elements() * perElement(), SavedKind::Activations};
    }
    SavedTensor inputTensor() const { return activation(SavedStorage::Input, input); }

    SavedSpec operator()(const Conv2d &conv) const
    {
        if (conv.paddingMode == PaddingMode::Same) {
            const std::int64_t dh = extraPadding(conv.kernel.height, conv.dilation.height);
            const std::int64_t dw = extraPadding(conv.kernel.width, conv.dilation.width);
            if (dh != 0 || dw != 0) {
                // The padded copy is saved instead of the input, a new tensor.
                const Shape padded{input.channels, input.height + dh, input.width + dw, false};
                return {.rule = SavedRule::PaddedInputCopy,
                        .hasParameters = true,
                        .tensors = {activation(SavedStorage::Own, padded)}};
            }
        }
        return {.rule = SavedRule::Input, .hasParameters = true, .tensors = {inputTensor()}};
    }

    SavedSpec maxPool() const
    {
        return {.rule = SavedRule::InputAndIndices,
                .tensors = {inputTensor(),
                            {SavedStorage::Own, output.elements() * batch * indexBytes,
                             SavedKind::Indices}}};
    }
    SavedSpec operator()(const MaxPool2d &) const { return maxPool(); }
    SavedSpec operator()(const AdaptiveMaxPool2d &) const { return maxPool(); }

    // Also to 1×1, where PyTorch could have taken a mean that keeps nothing: the cases show
    // that nn.AdaptiveAvgPool2d keeps its input.
    SavedSpec operator()(const AvgPool2d &) const
    {
        return {.rule = SavedRule::Input, .tensors = {inputTensor()}};
    }
    SavedSpec operator()(const AdaptiveAvgPool2d &) const
    {
        return {.rule = SavedRule::Input, .tensors = {inputTensor()}};
    }

    // Each ReLU keeps its result and each next convolution reads that same tensor; the
    // conv outputs before the ReLUs are not kept. The third ReLU's output is the block's.
    SavedSpec operator()(const NinBlock &) const
    {
        return {.rule = SavedRule::InputAndReLUOutputs,
                .hasParameters = true,
                .tensors = {inputTensor(), activation(SavedStorage::Own, output),
                            activation(SavedStorage::Own, output),
                            activation(SavedStorage::Output, output)}};
    }

    // The batch mean and inverse standard deviation per channel, in the network's dtype and
    // not per sample; the running statistics are buffers and never count.
    SavedSpec operator()(const BatchNorm2d &) const
    {
        return {.rule = SavedRule::InputAndStatistics,
                .hasParameters = true,
                .tensors
                = {inputTensor(),
                   {SavedStorage::Own, CheckedInt(2) * input.channels * b, SavedKind::Statistics}}};
    }

    SavedSpec keepsOutput() const
    {
        return {.rule = SavedRule::Output, .tensors = {activation(SavedStorage::Output, output)}};
    }
    SavedSpec operator()(const ReLU &) const { return keepsOutput(); }
    SavedSpec operator()(const Sigmoid &) const { return keepsOutput(); }
    SavedSpec operator()(const Tanh &) const { return keepsOutput(); }

    // On a CPU dropout multiplies by a mask of the input's dtype (scaled by 1/(1−p)), and the
    // product keeps the mask; p = 1 multiplies by one zero scalar; p = 0 returns the input.
    SavedSpec operator()(const Dropout &dropout) const
    {
        if (dropout.p == 0.0)
            return {.rule = SavedRule::Nothing, .outputIsInput = true};
        if (dropout.p == 1.0)
            return {.rule = SavedRule::ZeroScalar,
                    .tensors = {{SavedStorage::Own, b, SavedKind::Masks}}};
        return {.rule = SavedRule::Mask,
                .tensors
                = {{SavedStorage::Own, input.elements() * perElement(), SavedKind::Masks}}};
    }

    SavedSpec operator()(const Flatten &) const
    {
        return {.rule = SavedRule::Nothing, .outputIsInput = true};
    }
    SavedSpec operator()(const Add &) const { return {.rule = SavedRule::Nothing}; }
    SavedSpec operator()(const Concat &) const { return {.rule = SavedRule::Nothing}; }

    // After flatten its input is flatten's, a view of the tensor flatten read.
    SavedSpec operator()(const Linear &) const
    {
        return {.rule = SavedRule::Input, .hasParameters = true, .tensors = {inputTensor()}};
    }
};

} // namespace

SavedSpec savedSpec(const LayerKind &kind, const Shape &input, const Shape &output,
                    const Settings &settings)
{
    return std::visit(SpecVisitor{input, output, settings.batch, bytesPerElement(settings.dtype)},
                      kind);
}

} // namespace cd
