#pragma once

// Training and inference memory as formulas of named terms (arithmetic.md §4), built once
// from a MemoryEstimate: the terminal, Markdown and LaTeX footers and the GUI's memory panel
// only spell them, so a new term (or the graph's live-tensor peak) is a change here.

#include "analysis.h"
#include "memory.h"

#include <cstdint>
#include <string>
#include <vector>

namespace cd {

struct MemoryTerm
{
    std::string key;                   // "activations", "parameters"
    std::vector<std::int64_t> factors; // elements per byte: 2 · N · A
    // The inference activations term: the layer whose tensor ends the peak; -1 the input.
    int peakLayer = -1;
    // What it counts and why, in sentences (memory_explanations.h): tooltips, the handout.
    std::string explanation{};
};

struct MemoryFormula
{
    std::string name; // "training", "inference"
    std::int64_t bytesPerElement = 0;
    std::vector<MemoryTerm> terms; // summed, then times bytesPerElement
    std::int64_t bytes = 0;
};

MemoryFormula trainingMemory(const MemoryEstimate &memory);
MemoryFormula inferenceMemory(const MemoryEstimate &memory);

// "2 × 1 × 1,696,760", with `times` between the factors.
std::string factorsText(const MemoryTerm &term, const std::string &times);
// "training = 4 B × (2 × 1 × 1,696,760 + 3 × 1,992,166) = 37,480,072 B (35.7 MiB)"
std::string formulaText(const MemoryFormula &formula, const std::string &times);

// A tensor alive at inference by its writer: "input", "conv1", "nin1 conv 2".
std::string tensorName(const Analysis &analysis, const LiveTensor &tensor);

// What autograd keeps when the forward pass ends (arithmetic.md §8) beside the lecture model:
// "autograd = 7,677,880 B + 4 B × 3 × 1,992,166 = 31,583,872 B (30.1 MiB); the lecture
// model's training figure is 1.19 × this", the saved bytes plus the same parameter copies,
// and the ratio; or "autograd = no figure: " and why.
std::string autogradFormulaText(const Analysis &analysis, const std::string &times);
// "the lecture model's training figure is 1.19 × this"; empty without an autograd figure.
std::string trainingRatioText(const Analysis &analysis, const std::string &times);

// Where the inference peak is and the tensors alive then (arithmetic.md §7), so that a reader
// sees why a block costs more than its input and output: "while layer 5 (b4_1) writes:
// input 192 + b1 64 + b2 128 + b3 32 + b4_1 192", or "the input alone".
std::string peakText(const Analysis &analysis);

} // namespace cd
