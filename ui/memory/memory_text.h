#pragma once

// The memory panel's text: training and inference memory of arithmetic.md §4 and what autograd
// keeps (§8) with every term as a number, and what each term means in plain words.

#include "analysis.h"

#include <QString>

#include <vector>

namespace cd::ui {

// "training = 4 B × (2 × 1 × 1,696,760 + 3 × 1,992,166) = 37,480,072 B (35.7 MiB)"
QString trainingFormula(const MemoryEstimate &memory);
// "inference = 4 B × (1 × 559,872 + 1,992,166) = 10,208,152 B (9.74 MiB)"
QString inferenceFormula(const MemoryEstimate &memory);
struct MemoryTerm
{
    QString value;       // "2 × 1 × 1,696,760"
    QString meaning;     // what it counts, in plain words
    QString explanation; // exactly what is counted and why, for its tooltip
};
// The formulas' tooltips: what the bytes per element do; what autograd's figure is.
QString formulaExplanation(const MemoryEstimate &memory);
QString autogradExplanationText();

// One term per formula term (the bytes per element are in the panel's subtitle).
std::vector<MemoryTerm> trainingTerms(const Analysis &analysis);
std::vector<MemoryTerm> inferenceTerms(const Analysis &analysis);

// "autograd = 7,677,880 B + 4 B × 3 × 1,992,166 = 31,583,872 B (30.1 MiB); the lecture model's
// training figure is 1.19 × this", or "autograd = no figure: " and why.
QString autogradFormula(const Analysis &analysis);
// The saved bytes by kind (only the kinds it has), then the parameter copies; none without a
// figure.
std::vector<MemoryTerm> autogradTerms(const Analysis &analysis);
// "Why the two differ: the lecture model counts …"; empty without a figure.
QString autogradWhy(const Analysis &analysis);
// Why the figure is not measured (float16, int8), when there is a figure to qualify; without
// one the formula already says why.
QString autogradNote(const Analysis &analysis);

} // namespace cd::ui
