// The memory formulas' terms and their spelling (see memory_terms.h). The only place that
// reads a MemoryEstimate's terms for display.

#include "memory_terms.h"

#include "format.h"
#include "memory_explanations.h"

#include <cstdio>

namespace cd {

MemoryFormula trainingMemory(const MemoryEstimate &m)
{
    return {.name = "training",
            .bytesPerElement = m.bytesPerElement,
            .terms = {{.key = "activations",
                       .factors = {2, m.batch, m.activations},
                       .explanation = trainingActivationsExplanation()},
                      {.key = "parameters",
                       .factors = {m.parameterCopies, m.parameters},
                       .explanation = trainingParametersExplanation(m.parameterCopies)}},
            .bytes = m.trainingBytes};
}

MemoryFormula inferenceMemory(const MemoryEstimate &m)
{
    return {.name = "inference",
            .bytesPerElement = m.bytesPerElement,
            .terms = {{.key = "activations",
                       .factors = {m.batch, m.peak},
                       .peakLayer = m.peakLayer,
                       .explanation = inferenceActivationsExplanation()},
                      {.key = "parameters",
                       .factors = {m.parameters},
                       .explanation = inferenceParametersExplanation()}},
            .bytes = m.inferenceBytes};
}

std::string factorsText(const MemoryTerm &term, const std::string &times)
{
    std::string text;
    for (std::size_t i = 0; i < term.factors.size(); ++i)
        text += (i == 0 ? "" : " " + times + " ") + withThousands(term.factors[i]);
    return text;
}

std::string formulaText(const MemoryFormula &formula, const std::string &times)
{
    std::string sum;
    for (std::size_t i = 0; i < formula.terms.size(); ++i)
        sum += (i == 0 ? "" : " + ") + factorsText(formula.terms[i], times);
    return formula.name + " = " + withThousands(formula.bytesPerElement) + " B " + times + " ("
           + sum + ") = " + withThousands(formula.bytes) + " B (" + humanBytes(formula.bytes) + ")";
}

std::string tensorName(const Analysis &analysis, const LiveTensor &tensor)
{
    if (tensor.layer < 0)
        return std::string(inputNodeName);
    const LayerReport &layer = analysis.layers[static_cast<std::size_t>(tensor.layer)];
    return layer.type == LayerType::NinBlock
               ? layer.name + " conv " + std::to_string(tensor.part + 1)
               : layer.name;
}

std::string autogradFormulaText(const Analysis &analysis, const std::string &times)
{
    const AutogradMemory &autograd = *analysis.autograd;
    if (!autograd.saved || !autograd.trainingBytes)
        return "autograd = no figure: " + autograd.note;
    const MemoryEstimate &m = *analysis.memory;
    const std::string ratio = trainingRatioText(analysis, times);
    return "autograd = " + withThousands(autograd.saved->total()) + " B + "
           + withThousands(m.bytesPerElement) + " B " + times + " "
           + withThousands(m.parameterCopies) + " " + times + " " + withThousands(m.parameters)
           + " = " + withThousands(*autograd.trainingBytes) + " B ("
           + humanBytes(*autograd.trainingBytes) + ")" + (ratio.empty() ? "" : "; " + ratio);
}

std::string trainingRatioText(const Analysis &analysis, const std::string &times)
{
    if (!analysis.autograd || !analysis.autograd->trainingBytes
        || *analysis.autograd->trainingBytes == 0)
        return {};
    char ratio[32];
    std::snprintf(ratio, sizeof ratio, "%.2f",
                  static_cast<double>(analysis.memory->trainingBytes)
                      / static_cast<double>(*analysis.autograd->trainingBytes));
    return std::string("the lecture model's training figure is ") + ratio + " " + times + " this";
}

std::string peakText(const Analysis &analysis)
{
    const MemoryEstimate &m = *analysis.memory;
    if (m.peakLayer < 0)
        return "the input alone";
    const LayerReport &writer = analysis.layers[static_cast<std::size_t>(m.peakLayer)];
    std::string text = "while layer " + std::to_string(m.peakLayer) + " (" + writer.name
                       + ") writes: ";
    for (std::size_t i = 0; i < m.peakTensors.size(); ++i) {
        text += (i == 0 ? "" : " + ") + tensorName(analysis, m.peakTensors[i]) + " "
                + withThousands(m.peakTensors[i].elements);
    }
    return text;
}

} // namespace cd
