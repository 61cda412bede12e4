#include "layer_step.h"

#include "format.h"
#include "same_padding.h"

namespace cd {

namespace {

std::string atLeast(const char *field, std::int64_t value, std::int64_t minimum)
{
    return std::string(field) + " must be at least " + std::to_string(minimum) + ", not "
           + std::to_string(value);
}

LayerStep failure(std::string message)
{
    LayerStep step;
    step.error = std::move(message);
    return step;
}

std::string needsFeatureMap(const char *type, const Shape &input)
{
    return std::string(type) + " needs a C\u00d7H\u00d7W feature map, but its input is flat ("
           + withThousands(input.channels) + " features); move it before the flatten";
}

// Slides `rows` and `cols` over the input; on failure `step.error` says why.
bool slide(LayerStep &step, const Shape &input, const WindowSpec &rows, const WindowSpec &cols)
{
    auto r = slideWindows(input.height, rows, "height");
    if (auto *message = std::get_if<std::string>(&r)) {
        step.error = *message;
        return false;
    }
    auto c = slideWindows(input.width, cols, "width");
    if (auto *message = std::get_if<std::string>(&c)) {
        step.error = *message;
        return false;
    }
    step.spatial = Windows{std::get<Window1D>(r), std::get<Window1D>(c)};
    return true;
}

const Windows &windowsOf(const LayerStep &step) { return std::get<Windows>(step.spatial); }

// Output and counts of a layer that keeps and passes on one tensor of this shape.
void producesTensor(LayerStep &step, const Shape &output)
{
    step.output = output;
    step.keptActivations = output.elements();
    step.inferenceTensors = {output.elements()};
}

LayerStep poolStep(const char *type, const Shape &input, Pair kernel, Pair stride, Pair padding,
                   Pair dilation, bool ceilMode)
{
    if (input.flat)
        return failure(needsFeatureMap(type, input));
    LayerStep step;
    const WindowSpec rows{kernel.height,  stride.height,   padding.height, padding.height,
                          dilation.height, ceilMode, true};
    const WindowSpec cols{kernel.width,  stride.width,   padding.width, padding.width,
                          dilation.width, ceilMode, true};
    if (!slide(step, input, rows, cols))
        return step;
    producesTensor(step, {input.channels, windowsOf(step).rows.output,
                          windowsOf(step).cols.output, false});
    return step;
}

LayerStep adaptiveStep(const char *type, const Shape &input, Pair output)
{
    if (input.flat)
        return failure(needsFeatureMap(type, input));
    for (std::int64_t size : {output.height, output.width}) {
        if (size < 1)
            return failure(atLeast("output size", size, 1));
    }
    LayerStep step;
    step.spatial = AdaptiveWindows{{input.height, output.height}, {input.width, output.width}};
    producesTensor(step, {input.channels, output.height, output.width, false});
    return step;
}

// Same output as input: a new tensor that is kept, or the input's own (in place, a view).
LayerStep pointwiseStep(const Shape &input, bool newTensor)
{
    LayerStep step;
    if (newTensor)
        producesTensor(step, input);
    else
        step.output = input;
    return step;
}

std::string tooFewInputs(const char *type, std::size_t count)
{
    return std::string(type) + " needs at least 2 inputs, not " + std::to_string(count);
}

std::string shapeMismatch(const JoinInput &a, const JoinInput &b, const char *what)
{
    return "input " + a.name + " is " + shapeText(a.shape) + " but " + b.name + " is "
           + shapeText(b.shape) + what;
}

LayerStep addStep(const std::vector<JoinInput> &inputs)
{
    for (const JoinInput &other : inputs) {
        if (other.shape != inputs.front().shape)
            return failure(shapeMismatch(inputs.front(), other, "; add needs equal shapes"));
    }
    LayerStep step;
    producesTensor(step, inputs.front().shape);
    return step;
}

LayerStep concatStep(const std::vector<JoinInput> &inputs)
{
    const Shape &first = inputs.front().shape;
    CheckedInt channels;
    for (const JoinInput &other : inputs) {
        const Shape &shape = other.shape;
        if (shape.flat != first.flat)
            return failure(shapeMismatch(inputs.front(), other,
                                         "; concat joins feature maps or flat vectors, not both"));
        if (!first.flat && (shape.height != first.height || shape.width != first.width))
            return failure(shapeMismatch(inputs.front(), other,
                                         "; concat needs equal height and width"));
        channels += shape.channels;
    }
    if (channels.overflowed())
        return failure("channel count exceeds 2^63 \u2212 1");
    LayerStep step;
    producesTensor(step, Shape{channels.value(), first.height, first.width, first.flat});
    return step;
}

struct StepVisitor
{
    const Shape &input;

    LayerStep operator()(const Conv2d &conv) const
    {
        if (input.flat)
            return failure(needsFeatureMap("conv2d", input));
        if (conv.outChannels < 1)
            return failure(atLeast("out_channels", conv.outChannels, 1));
        if (conv.groups < 1)
            return failure(atLeast("groups", conv.groups, 1));
        if (input.channels % conv.groups != 0)
            return failure("groups " + std::to_string(conv.groups)
                           + " must divide the input channels ("
                           + std::to_string(input.channels) + ")");
        if (conv.outChannels % conv.groups != 0)
            return failure("groups " + std::to_string(conv.groups) + " must divide out_channels ("
                           + std::to_string(conv.outChannels) + ")");

        WindowSpec rows{conv.kernel.height, conv.stride.height, conv.padding.height,
                        conv.padding.height, conv.dilation.height, false, false};
        WindowSpec cols{conv.kernel.width, conv.stride.width, conv.padding.width,
                        conv.padding.width, conv.dilation.width, false, false};
        if (conv.paddingMode == PaddingMode::Valid) {
            rows.padBefore = rows.padAfter = cols.padBefore = cols.padAfter = 0;
        } else if (conv.paddingMode == PaddingMode::Same) {
            if (conv.stride.height != 1 || conv.stride.width != 1)
                return failure("padding \"same\" needs stride 1 (PyTorch refuses it for strided "
                               "convolutions), not stride "
                               + std::to_string(std::max(conv.stride.height, conv.stride.width)));
            for (WindowSpec *spec : {&rows, &cols}) {
                const std::optional<PaddingSplit> split
                    = samePaddingSplit(spec->kernel, spec->dilation);
                if (!split)
                    break; // slideWindows names the bad kernel or dilation
                spec->padBefore = split->before;
                spec->padAfter = split->after;
            }
        }
        LayerStep step;
        if (!slide(step, input, rows, cols))
            return step;
        const Shape output{conv.outChannels, windowsOf(step).rows.output,
                           windowsOf(step).cols.output, false};
        const ConvCounts counts = countConv(output, input.channels / conv.groups, conv.kernel,
                                            conv.bias);
        producesTensor(step, output);
        step.weights = counts.weights;
        step.biases = counts.biases;
        step.macs = counts.macs;
        return step;
    }

    LayerStep operator()(const MaxPool2d &pool) const
    {
        return poolStep("maxpool2d", input, pool.kernel, pool.effectiveStride(), pool.padding,
                        pool.dilation, pool.ceilMode);
    }

    LayerStep operator()(const AvgPool2d &pool) const
    {
        return poolStep("avgpool2d", input, pool.kernel, pool.effectiveStride(), pool.padding,
                        Pair::square(1), pool.ceilMode);
    }

    LayerStep operator()(const AdaptiveAvgPool2d &pool) const
    {
        return adaptiveStep("adaptive_avgpool2d", input, pool.output);
    }

    LayerStep operator()(const AdaptiveMaxPool2d &pool) const
    {
        return adaptiveStep("adaptive_maxpool2d", input, pool.output);
    }

    LayerStep operator()(const NinBlock &nin) const
    {
        if (input.flat)
            return failure(needsFeatureMap("nin_block", input));
        if (nin.outChannels < 1)
            return failure(atLeast("out_channels", nin.outChannels, 1));
        const WindowSpec rows{nin.kernel.height, nin.stride.height, nin.padding.height,
                              nin.padding.height, 1, false, false};
        const WindowSpec cols{nin.kernel.width, nin.stride.width, nin.padding.width,
                              nin.padding.width, 1, false, false};
        LayerStep step;
        if (!slide(step, input, rows, cols))
            return step;
        const Shape output{nin.outChannels, windowsOf(step).rows.output,
                           windowsOf(step).cols.output, false};
        const ConvCounts first = countConv(output, input.channels, nin.kernel, true);
        const ConvCounts pointwise = countConv(output, nin.outChannels, Pair::square(1), true);
        step.convs = {first, pointwise, pointwise};
        step.output = output;
        for (const ConvCounts &conv : step.convs) {
            step.weights += conv.weights;
            step.biases += conv.biases;
            step.macs += conv.macs;
            step.keptActivations += conv.activations;
            step.inferenceTensors.push_back(conv.activations);
        }
        return step;
    }

    LayerStep operator()(const BatchNorm2d &) const
    {
        if (input.flat)
            return failure(needsFeatureMap("batchnorm2d", input));
        LayerStep step;
        producesTensor(step, input);
        step.weights = input.channels; // γ
        step.biases = input.channels;  // β
        return step;
    }

    // In place (or fused with the layer before): neither kept nor a new tensor.
    LayerStep operator()(const ReLU &) const { return pointwiseStep(input, false); }

    LayerStep operator()(const Dropout &dropout) const
    {
        if (!(dropout.p >= 0.0 && dropout.p <= 1.0))
            return failure("p must be between 0 and 1, not " + std::to_string(dropout.p));
        // Its mask is kept for training; at inference it is the identity: no new tensor.
        LayerStep step = pointwiseStep(input, false);
        step.keptActivations = input.elements();
        return step;
    }

    LayerStep operator()(const Flatten &) const
    {
        LayerStep step; // a view: nothing kept, no new tensor
        step.output = Shape{input.elements().value(), 1, 1, true};
        step.spatial = Flattening{};
        return step;
    }

    // Not in place, unlike ReLU: a new tensor, kept for the backward pass.
    LayerStep operator()(const Sigmoid &) const { return pointwiseStep(input, true); }
    LayerStep operator()(const Tanh &) const { return pointwiseStep(input, true); }

    // With one input there is nothing to join; analyze() reports the count before this.
    LayerStep operator()(const Add &) const { return failure(tooFewInputs("add", 1)); }
    LayerStep operator()(const Concat &) const { return failure(tooFewInputs("concat", 1)); }

    LayerStep operator()(const Linear &linear) const
    {
        if (!input.flat)
            return failure("input is " + shapeText(input) + "; add a flatten first");
        if (linear.outFeatures < 1)
            return failure(atLeast("out_features", linear.outFeatures, 1));
        LayerStep step;
        producesTensor(step, Shape{linear.outFeatures, 1, 1, true});
        step.weights = CheckedInt(input.channels) * linear.outFeatures;
        step.biases = linear.bias ? linear.outFeatures : 0;
        step.macs = step.weights;
        step.spatial = Flattening{};
        return step;
    }
};

} // namespace

LayerStep stepThrough(const LayerKind &kind, const Shape &input)
{
    return std::visit(StepVisitor{input}, kind);
}

LayerStep joinThrough(const LayerKind &kind, const std::vector<JoinInput> &inputs)
{
    const char *type = std::holds_alternative<Add>(kind) ? "add" : "concat";
    if (inputs.size() < 2)
        return failure(tooFewInputs(type, inputs.size()));
    return std::holds_alternative<Add>(kind) ? addStep(inputs) : concatStep(inputs);
}

} // namespace cd
