#pragma once

// What every memory term counts and why (arithmetic.md §4, §7, §8), in sentences for the
// memory panel's tooltips and the HTML handout: one source for both, next to the terms.

#include "autograd_saved.h"

#include <cstdint>
#include <string>

namespace cd {

// The lecture model's terms (memory_terms.h fills MemoryTerm::explanation with these).
// 2 · N · A: values and gradients of the activations kept for backward, and why ReLU and
// flatten keep none.
std::string trainingActivationsExplanation();
// m · P: the parameter copies the optimizer needs.
std::string trainingParametersExplanation(std::int64_t parameterCopies);
// N · peak: the tensors alive at once during inference.
std::string inferenceActivationsExplanation();
// P: parameters at inference.
std::string inferenceParametersExplanation();
// b, the factor in front of every formula.
std::string bytesPerElementExplanation(std::int64_t bytesPerElement);

// Autograd's figure as a whole (§8), then its terms: the kinds of saved bytes and the same
// parameter copies.
std::string autogradExplanation();
std::string savedExplanation(SavedKind kind);
std::string autogradParametersExplanation(std::int64_t parameterCopies);

} // namespace cd
