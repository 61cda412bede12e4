#include "memory_text.h"

#include "qt_text.h"
#include "autograd_reason.h"
#include "report/memory_explanations.h"
#include "report/memory_terms.h"

#include <QCoreApplication>

namespace cd::ui {

namespace {

const std::string times = "\u00d7";

QString tr(const char *text)
{
    return QCoreApplication::translate("cd::ui::MemoryPanel", text);
}

QString termText(const cd::MemoryTerm &term)
{
    return qtText(factorsText(term, times));
}

QString explanationOf(const cd::MemoryTerm &term)
{
    return qtText(term.explanation);
}

QString optimizerState(Optimizer optimizer)
{
    switch (optimizer) {
    case Optimizer::Sgd: return tr("values and gradients");
    case Optimizer::SgdMomentum: return tr("values, gradients, momentum");
    case Optimizer::Adam: return tr("values, gradients, two moments");
    }
    return {};
}

QString byteCount(std::int64_t bytes)
{
    return tr("%1 B").arg(thousands(bytes));
}

} // namespace

QString trainingFormula(const MemoryEstimate &m)
{
    return qtText(formulaText(trainingMemory(m), times));
}

QString inferenceFormula(const MemoryEstimate &m)
{
    return qtText(formulaText(inferenceMemory(m), times));
}

std::vector<MemoryTerm> trainingTerms(const Analysis &analysis)
{
    const MemoryFormula formula = trainingMemory(*analysis.memory);
    const auto &activations = formula.terms.front();
    const auto &parameters = formula.terms.back();
    const std::int64_t copies = parameters.factors.front();
    return {
        {termText(activations),
         tr("values and gradients \u00d7 batch \u00d7 activations kept per sample for the "
            "backward pass (the input included; ReLU and flatten keep none)"),
         explanationOf(activations)},
        {termText(parameters),
         tr("%1 copies of every parameter for %2: %3")
             .arg(copies)
             .arg(qtText(optimizerName(analysis.settings.optimizer)),
                  optimizerState(analysis.settings.optimizer)),
         explanationOf(parameters)},
    };
}

std::vector<MemoryTerm> inferenceTerms(const Analysis &analysis)
{
    const MemoryFormula formula = inferenceMemory(*analysis.memory);
    const auto &peak = formula.terms.front();
    // The tensors alive at the peak: on a chain two neighbours, with branches more.
    const QString where = peak.peakLayer < 0
                              ? tr("the input alone is the largest tensor")
                              : tr("the most elements alive at once, %1")
                                    .arg(QString::fromStdString(peakText(analysis)));
    return {
        {termText(peak), tr("batch \u00d7 %1").arg(where), explanationOf(peak)},
        {termText(formula.terms.back()),
         tr("one copy of every parameter: no gradients, no optimizer state"),
         explanationOf(formula.terms.back())},
    };
}

QString formulaExplanation(const MemoryEstimate &memory)
{
    return qtText(bytesPerElementExplanation(memory.bytesPerElement));
}

QString autogradExplanationText()
{
    return qtText(autogradExplanation());
}

QString autogradFormula(const Analysis &analysis)
{
    return qtText(autogradFormulaText(analysis, times));
}

std::vector<MemoryTerm> autogradTerms(const Analysis &analysis)
{
    const AutogradMemory &autograd = *analysis.autograd;
    if (!autograd.saved || !autograd.trainingBytes)
        return {};
    const SavedBytes &saved = *autograd.saved;
    // Activations always, so that a network that saves nothing still shows its 0 B.
    std::vector<MemoryTerm> terms
        = {{byteCount(saved.activations),
            tr("activations: the inputs and outputs the layers' backward passes read, each tensor "
               "once; no gradients until backward"),
            qtText(savedExplanation(SavedKind::Activations))}};
    if (saved.indices != 0)
        terms.push_back({byteCount(saved.indices),
                         tr("max-pool indices: one int64 (8 bytes) per output element"),
                         qtText(savedExplanation(SavedKind::Indices))});
    if (saved.masks != 0)
        terms.push_back({byteCount(saved.masks),
                         tr("dropout masks: one element of the network's dtype per input "
                            "element"),
                         qtText(savedExplanation(SavedKind::Masks))});
    if (saved.statistics != 0)
        terms.push_back({byteCount(saved.statistics),
                         tr("batch-norm statistics: a mean and an inverse standard deviation "
                            "per channel"),
                         qtText(savedExplanation(SavedKind::Statistics))});
    // The parameter copies are the lecture model's own term: autograd keeps them too.
    const MemoryFormula lecture = trainingMemory(*analysis.memory);
    const cd::MemoryTerm &parameters = lecture.terms.back();
    terms.push_back(
        {QStringLiteral("%1 B %2 %3")
             .arg(thousands(lecture.bytesPerElement), qtText(times), termText(parameters)),
         tr("the same %1 copies of every parameter as the lecture model")
             .arg(parameters.factors.front()),
         qtText(autogradParametersExplanation(parameters.factors.front()))});
    return terms;
}

QString autogradWhy(const Analysis &analysis)
{
    const std::string why = autogradDifference(analysis);
    return why.empty() ? QString() : tr("Why the two differ: %1").arg(qtText(why));
}

QString autogradNote(const Analysis &analysis)
{
    const AutogradMemory &autograd = *analysis.autograd;
    if (!autograd.saved || !autograd.trainingBytes || autograd.note.empty())
        return {};
    return tr("Note: %1").arg(qtText(autograd.note));
}

} // namespace cd::ui
