// The memory terms' explanations (see memory_explanations.h). They say what is counted in the
// terms a student checks by hand, and where this model and PyTorch part ways.

#include "memory_explanations.h"

#include "format.h"

namespace cd {

std::string trainingActivationsExplanation()
{
    return "Activations kept for the backward pass: 2 (each value and its gradient) \u00d7 batch "
           "N \u00d7 A, the elements kept per sample. A counts the network input once and the "
           "output of every layer, a nin_block's three convolution outputs included, except "
           "ReLU and flatten. ReLU keeps nothing in this model because it is taken as working "
           "in place, fused with the layer before it: its output is that layer's tensor, "
           "already counted. Flatten's output is a view of its input, the same tensor. "
           "(PyTorch's autograd does keep a ReLU's output as a new tensor, and keeps no "
           "gradients between the passes: see Autograd.)";
}

std::string trainingParametersExplanation(std::int64_t parameterCopies)
{
    std::string copies;
    switch (parameterCopies) {
    case 2: copies = "its value and its gradient (SGD)"; break;
    case 3: copies = "its value, its gradient and the momentum m (SGD with momentum)"; break;
    case 4: copies = "its value, its gradient and Adam's two moments m and v"; break;
    default: copies = "its value, its gradient and the optimizer's state"; break;
    }
    return withThousands(parameterCopies) + " copies of every parameter: " + copies
           + ". P counts the weights and biases of every convolution and linear layer and batch "
             "norm's scale \u03b3 and shift \u03b2; batch norm's running mean and variance are "
             "buffers, not parameters. Not multiplied by the batch: one set serves every "
             "sample.";
}

std::string inferenceActivationsExplanation()
{
    return "Batch N \u00d7 the most elements alive at once while the layers run in order. A "
           "layer writes its output while its inputs are still alive, and a tensor is freed "
           "after its last reader. On a chain that is two neighbouring tensors: a layer's "
           "input and its output. With branches more stay alive: a residual block's input "
           "lives until its add, an Inception block's branch outputs until the concat. ReLU, "
           "dropout and flatten make no tensor of their own (in place, identity, view).";
}

std::string inferenceParametersExplanation()
{
    return "One copy of every parameter: inference computes no gradients and keeps no "
           "optimizer state.";
}

std::string bytesPerElementExplanation(std::int64_t bytesPerElement)
{
    return "Every term counts elements; times " + withThousands(bytesPerElement)
           + " bytes per element of the network's dtype gives bytes.";
}

std::string autogradExplanation()
{
    return "What PyTorch 1.13's autograd really keeps alive between one forward pass in "
           "training mode and the backward pass, in bytes, plus the parameter copies of the "
           "lecture model. It differs from the lecture model's activations term: see each "
           "term and the list of layers below.";
}

std::string savedExplanation(SavedKind kind)
{
    switch (kind) {
    case SavedKind::Activations:
        return "The tensors the layers' backward passes read, each counted once however many "
               "layers save it: a convolution's and a linear layer's input, a ReLU's output "
               "(a new tensor here, not in place), a pooling or batch norm layer's input. "
               "A layer with no parameter before it (a pool on the network input) has no "
               "backward and saves nothing. No gradients: "
               "they exist during backward, not between the passes.";
    case SavedKind::Indices:
        return "Max pooling keeps where each maximum was: one int64 (8 bytes whatever the "
               "dtype) per output element.";
    case SavedKind::Masks:
        return "Dropout keeps which inputs it kept: one element of the network's dtype per "
               "input element (already scaled by 1/(1\u2212p)).";
    case SavedKind::Statistics:
        return "Batch norm keeps the batch's mean and inverse standard deviation: 2 values "
               "per channel, not multiplied by the batch.";
    }
    return {};
}

std::string autogradParametersExplanation(std::int64_t parameterCopies)
{
    return "The same " + withThousands(parameterCopies)
           + " copies of every parameter as the lecture model: values, gradients and optimizer "
             "state live through the whole step.";
}

} // namespace cd
