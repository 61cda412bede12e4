// The formula sheet (see formula_text.h). The figures on the right of each "=" are the
// analysis's own; the factors on the left come from the same shapes and fields, so a reader
// can redo each product by hand and land on the figure the tables show.

#include "formula_text.h"

#include "format.h"
#include "memory_terms.h"
#include "window_explanation.h"

#include <variant>

namespace cd {

namespace {

const std::string dot = "\u00b7";
const std::string minus = " \u2212 ";

std::string num(std::int64_t value)
{
    return withThousands(value);
}

// "96·1·11·11".
std::string product(std::initializer_list<std::int64_t> factors)
{
    std::string text;
    for (std::int64_t f : factors)
        text += (text.empty() ? "" : dot) + std::to_string(f);
    return text;
}

// The shape a layer reads from node `node` (−1: the network input).
Shape nodeShape(const Analysis &analysis, int node)
{
    if (node < 0)
        return {analysis.input.channels, analysis.input.height, analysis.input.width, false};
    return analysis.layers[static_cast<std::size_t>(node)].output;
}

// "C·H·W = 96·54·54", or "F = 10" for flat features.
std::string elementsFactors(const Shape &shape)
{
    return shape.flat ? std::to_string(shape.channels)
                      : product({shape.channels, shape.height, shape.width});
}

std::string outputSize(const Window1D &w)
{
    const std::int64_t e = w.effectiveKernel();
    const std::int64_t room = w.paddedInput() - e;
    std::string text;
    if (w.dilation != 1) {
        text = "e = d" + dot + "(k" + minus + "1) + 1 = " + std::to_string(w.dilation) + dot + "("
               + std::to_string(w.kernel) + minus + "1) + 1 = " + std::to_string(e) + "; ";
    }
    const std::string fraction = "(" + paddedSizeText(w) + minus + std::to_string(e) + ")/"
                                 + std::to_string(w.stride);
    const std::string q = quotientText(room, w.stride);
    if (!w.ceilMode)
        return text + "out = \u230a" + fraction + "\u230b + 1 = \u230a" + q + "\u230b + 1 = "
               + std::to_string(w.output);
    const std::int64_t raw = ceilDiv(room, w.stride) + 1;
    text += "out = \u2308" + fraction + "\u2309 + 1 = \u2308" + q + "\u2309 + 1 = "
            + std::to_string(raw) + " (ceil mode)";
    if (raw > w.output) {
        text += "; the last window would start at (" + std::to_string(raw) + minus + "1)" + dot
                + std::to_string(w.stride) + " = " + std::to_string((raw - 1) * w.stride)
                + " \u2265 n + p = " + std::to_string(w.input + w.padBefore)
                + ", in the right padding \u2192 out = " + std::to_string(w.output);
    }
    return text;
}

std::string adaptiveSize(const AdaptiveWindows1D &w)
{
    return "out = the requested size = " + std::to_string(w.output) + "; window i reads [\u230ai"
           + dot + std::to_string(w.input) + "/" + std::to_string(w.output) + "\u230b, \u2308(i + 1)"
           + dot + std::to_string(w.input) + "/" + std::to_string(w.output)
           + "\u2309), the widest " + std::to_string(w.widestWindow());
}

void addOutputSize(std::vector<FormulaLine> &lines, const Analysis &analysis,
                   const LayerReport &layer)
{
    if (const auto *windows = std::get_if<Windows>(&layer.spatial)) {
        const std::string of = layer.type == LayerType::NinBlock ? " (first conv; 1\u00d71 convs keep it)" : "";
        lines.push_back({"output height" + of, outputSize(windows->rows)});
        lines.push_back({"output width" + of, outputSize(windows->cols)});
        lines.push_back({"rows read", explainWindows(windows->rows, "row")});
        lines.push_back({"columns read", explainWindows(windows->cols, "column")});
    } else if (const auto *adaptive = std::get_if<AdaptiveWindows>(&layer.spatial)) {
        lines.push_back({"output height", adaptiveSize(adaptive->rows)});
        lines.push_back({"output width", adaptiveSize(adaptive->cols)});
    } else if (layer.type == LayerType::Flatten) {
        lines.push_back({"output size", "F = C" + dot + "H" + dot + "W = "
                                            + elementsFactors(layer.input) + " = "
                                            + num(layer.output.channels)});
    } else if (layer.type == LayerType::Linear) {
        lines.push_back({"output size", "out_features = " + num(layer.output.channels)});
    } else if (layer.type == LayerType::Concat) {
        std::string sum;
        for (int node : layer.inputs)
            sum += (sum.empty() ? "" : " + ") + std::to_string(nodeShape(analysis, node).channels);
        lines.push_back({"output channels", "\u03a3C = " + sum + " = " + num(layer.output.channels)
                                                + "; output " + shapeText(layer.output)});
    } else {
        lines.push_back({"output size", "element-wise: output = input = " + shapeText(layer.output)});
    }
}

template <typename T>
const T *kindOf(const Network &network, const LayerReport &layer)
{
    const Layer *found = network.find(layer.id);
    return found ? std::get_if<T>(&found->kind) : nullptr;
}

void addParameters(std::vector<FormulaLine> &lines, const Network &network,
                   const LayerReport &layer)
{
    const std::int64_t c = layer.input.channels;
    const std::int64_t o = layer.output.channels;
    if (const auto *conv = kindOf<Conv2d>(network, layer)) {
        const std::int64_t g = conv->groups;
        const auto &w = std::get<Windows>(layer.spatial);
        const std::string perGroup = g == 1 ? std::to_string(c)
                                            : "(" + std::to_string(c) + "/" + std::to_string(g) + ")";
        lines.push_back({"weights", std::string(g == 1 ? "out" + dot + "C" : "out" + dot + "(C/groups)")
                                        + dot + "kh" + dot + "kw = " + std::to_string(o) + dot + perGroup
                                        + dot + product({w.rows.kernel, w.cols.kernel}) + " = "
                                        + num(layer.weights)});
        lines.push_back({"biases", conv->bias ? "out = " + num(layer.biases) : "0 (bias off)"});
    } else if (layer.type == LayerType::NinBlock) {
        const auto &w = std::get<Windows>(layer.spatial);
        std::string sum;
        for (std::size_t i = 0; i < layer.convs.size(); ++i) {
            const ConvCounts &part = layer.convs[i];
            const std::string factors = i == 0 ? product({o, c, w.rows.kernel, w.cols.kernel})
                                               : product({o, o, 1, 1});
            lines.push_back({"weights (conv " + std::to_string(i + 1) + ", " + part.label + ")",
                             "out" + dot + "in" + dot + "kh" + dot + "kw = " + factors + " = "
                                 + num(part.weights.value())});
            sum += (sum.empty() ? "" : " + ") + num(part.weights.value());
        }
        lines.push_back({"weights", sum + " = " + num(layer.weights)});
        lines.push_back({"biases", "3" + dot + "out = " + product({3, o}) + " = " + num(layer.biases)});
    } else if (const auto *linear = kindOf<Linear>(network, layer)) {
        lines.push_back({"weights", "in" + dot + "out = " + product({layer.input.channels, o})
                                        + " = " + num(layer.weights)});
        lines.push_back({"biases", linear->bias ? "out = " + num(layer.biases) : "0 (bias off)"});
    } else if (layer.type == LayerType::BatchNorm2d) {
        lines.push_back({"weights", "C (\u03b3) = " + num(layer.weights)});
        lines.push_back({"biases", "C (\u03b2) = " + num(layer.biases)
                                       + "; running mean and variance are buffers, not parameters"});
    } else {
        lines.push_back({"parameters", "0: " + std::string(typeName(layer.type))
                                           + " has no weights or biases"});
    }
}

void addMacs(std::vector<FormulaLine> &lines, const Network &network, const LayerReport &layer)
{
    const std::int64_t c = layer.input.channels;
    const Shape &out = layer.output;
    const std::string outFactors = product({out.channels, out.height, out.width});
    if (const auto *conv = kindOf<Conv2d>(network, layer)) {
        const auto &w = std::get<Windows>(layer.spatial);
        lines.push_back({"MACs", "out_elements" + dot + "(C/groups)" + dot + "kh" + dot + "kw = "
                                     + outFactors + dot + "("
                                     + product({c / conv->groups, w.rows.kernel, w.cols.kernel})
                                     + ") = " + num(layer.macs)});
    } else if (layer.type == LayerType::NinBlock) {
        const auto &w = std::get<Windows>(layer.spatial);
        std::string sum;
        for (std::size_t i = 0; i < layer.convs.size(); ++i) {
            const ConvCounts &part = layer.convs[i];
            const std::string perOutput = i == 0 ? product({c, w.rows.kernel, w.cols.kernel})
                                                 : product({out.channels, 1, 1});
            lines.push_back({"MACs (conv " + std::to_string(i + 1) + ", " + part.label + ")",
                             outFactors + dot + "(" + perOutput + ") = " + num(part.macs.value())});
            sum += (sum.empty() ? "" : " + ") + num(part.macs.value());
        }
        lines.push_back({"MACs", sum + " = " + num(layer.macs)});
    } else if (layer.type == LayerType::Linear) {
        lines.push_back({"MACs", "in" + dot + "out = " + product({c, out.channels}) + " = "
                                     + num(layer.macs)});
    } else {
        lines.push_back({"MACs", "0: only conv2d, nin_block and linear multiply-accumulate; "
                                 + std::string(typeName(layer.type)) + "'s operations are not MACs"});
    }
}

void addActivations(std::vector<FormulaLine> &lines, const LayerReport &layer)
{
    const Shape &out = layer.output;
    if (layer.type == LayerType::ReLU)
        lines.push_back({"kept activations", "0: ReLU counts as in place (fused with the layer before)"});
    else if (layer.type == LayerType::Flatten)
        lines.push_back({"kept activations", "0: flatten is a view of its input"});
    else if (layer.type == LayerType::NinBlock)
        lines.push_back({"kept activations", "3 conv outputs, 3" + dot + "C" + dot + "H" + dot + "W = "
                                                 + product({3, out.channels, out.height, out.width})
                                                 + " = " + num(layer.activations)});
    else
        lines.push_back({"kept activations", std::string(out.flat ? "F = " : "C" + dot + "H" + dot + "W = ")
                                                 + elementsFactors(out) + " = " + num(layer.activations)});
}

std::string receptiveText(const Analysis &analysis, const LayerReport &layer, bool rows)
{
    const Receptive1D &now = rows ? layer.receptiveRows : layer.receptiveCols;
    if (now.saturated)
        return "too large for 64-bit integers";
    if (now.global) {
        const bool passedOn = std::holds_alternative<Pointwise>(layer.spatial);
        return std::string(passedOn ? "unchanged: " : "") + "every output sees the whole input, r = "
               + num(now.size);
    }
    if (layer.inputs.size() != 1) {
        return "the widest input sets it: r = max over inputs = " + num(now.size)
               + ", j = max over inputs = " + num(now.jump);
    }
    Receptive1D before;
    if (layer.inputs[0] >= 0) {
        const LayerReport &in = analysis.layers[static_cast<std::size_t>(layer.inputs[0])];
        before = rows ? in.receptiveRows : in.receptiveCols;
    }
    std::int64_t e = 0;
    std::int64_t s = 0;
    if (const auto *windows = std::get_if<Windows>(&layer.spatial)) {
        const Window1D &w = rows ? windows->rows : windows->cols;
        e = w.effectiveKernel();
        s = w.stride;
    } else if (const auto *adaptive = std::get_if<AdaptiveWindows>(&layer.spatial)) {
        const AdaptiveWindows1D &w = rows ? adaptive->rows : adaptive->cols;
        e = w.widestWindow();
        s = std::max<std::int64_t>(1, w.input / w.output);
    } else {
        return "unchanged (pointwise): r = " + num(now.size) + ", j = " + num(now.jump);
    }
    return "r = r_in + (e" + minus + "1)" + dot + "j_in = " + num(before.size) + " + ("
           + std::to_string(e) + minus + "1)" + dot + num(before.jump) + " = " + num(now.size)
           + "; j = j_in" + dot + "s = " + num(before.jump) + dot + std::to_string(s) + " = "
           + num(now.jump);
}

} // namespace

std::vector<FormulaLine> layerFormulas(const Analysis &analysis, const Network &network,
                                       int layerIndex)
{
    const LayerReport &layer = analysis.layers.at(static_cast<std::size_t>(layerIndex));
    if (!layer.ok())
        return {{"not computed", layer.error}};
    std::vector<FormulaLine> lines;
    addOutputSize(lines, analysis, layer);
    addParameters(lines, network, layer);
    addMacs(lines, network, layer);
    addActivations(lines, layer);
    lines.push_back({"receptive field (rows)", receptiveText(analysis, layer, true)});
    lines.push_back({"receptive field (columns)", receptiveText(analysis, layer, false)});
    return lines;
}

std::vector<FormulaLine> networkFormulas(const Analysis &analysis)
{
    if (!analysis.valid() || !analysis.memory || !analysis.totals)
        return {{"network", "no sums: the network has errors (see the layers marked invalid)"}};
    const MemoryEstimate &m = *analysis.memory;
    const Totals &t = *analysis.totals;
    const std::string times = "\u00d7";
    std::string kept = "input " + num(nodeShape(analysis, -1).elements().value());
    for (const LayerReport &layer : analysis.layers) {
        if (layer.activations != 0)
            kept += " + " + layer.name + " " + num(layer.activations);
    }
    const MemoryFormula training = trainingMemory(m);
    const MemoryFormula inference = inferenceMemory(m);
    const auto numbers = [&](const MemoryFormula &f) {
        return formulaText(f, times).substr(f.name.size() + 3); // drop "training = "
    };
    return {
        {"kept activations A", kept + " = " + num(t.activations)},
        {"parameters P", "weights + biases = " + num(t.weights) + " + " + num(t.biases) + " = "
                             + num(t.params)},
        {"training memory", "b " + times + " (2 " + times + " N " + times + " A + m " + times
                                + " P) = " + numbers(training)},
        {"inference memory", "b " + times + " (N " + times + " peak + P) = " + numbers(inference)},
        {"inference peak", peakText(analysis) + " = " + num(m.peak)},
    };
}

std::string formulaSheetText(const Analysis &analysis, const Network &network, int layerIndex)
{
    const LayerReport &layer = analysis.layers.at(static_cast<std::size_t>(layerIndex));
    std::string text = layer.name + " (" + std::string(typeName(layer.type)) + ")\n";
    for (const FormulaLine &line : layerFormulas(analysis, network, layerIndex))
        text += "  " + line.title + ": " + line.formula + "\n";
    text += "network\n";
    for (const FormulaLine &line : networkFormulas(analysis))
        text += "  " + line.title + ": " + line.formula + "\n";
    return text;
}

} // namespace cd
