#include "memory_text.h"

#include "qt_text.h"
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

QString optimizerState(Optimizer optimizer)
{
    switch (optimizer) {
    case Optimizer::Sgd: return tr("values and gradients");
    case Optimizer::SgdMomentum: return tr("values, gradients, momentum");
    case Optimizer::Adam: return tr("values, gradients, two moments");
    }
    return {};
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
            "backward pass (the input included; ReLU and flatten keep none)")},
        {termText(parameters),
         tr("%1 copies of every parameter for %2: %3")
             .arg(copies)
             .arg(qtText(optimizerName(analysis.settings.optimizer)),
                  optimizerState(analysis.settings.optimizer))},
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
        {termText(peak), tr("batch \u00d7 %1").arg(where)},
        {termText(formula.terms.back()), tr("one copy of every parameter: no gradients, no "
                                            "optimizer state")},
    };
}

} // namespace cd::ui
