#include "memory_text.h"

#include "qt_text.h"
#include "format.h"

#include <QCoreApplication>

namespace cd::ui {

namespace {

const QString times = QStringLiteral(" \u00d7 ");

QString tr(const char *text)
{
    return QCoreApplication::translate("cd::ui::MemoryPanel", text);
}

QString total(std::int64_t bytes)
{
    return thousands(bytes) + QStringLiteral(" B (") + QString::fromStdString(humanBytes(bytes))
           + QLatin1Char(')');
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
    return QStringLiteral("training = ") + thousands(m.bytesPerElement) + QStringLiteral(" B") + times
           + QStringLiteral("(2") + times + thousands(m.batch) + times + thousands(m.activations)
           + QStringLiteral(" + ") + thousands(m.parameterCopies) + times + thousands(m.parameters)
           + QStringLiteral(") = ") + total(m.trainingBytes);
}

QString inferenceFormula(const MemoryEstimate &m)
{
    return QStringLiteral("inference = ") + thousands(m.bytesPerElement) + QStringLiteral(" B") + times
           + QLatin1Char('(') + thousands(m.batch) + times + thousands(m.peak) + QStringLiteral(" + ")
           + thousands(m.parameters) + QStringLiteral(") = ") + total(m.inferenceBytes);
}

std::vector<MemoryTerm> trainingTerms(const Analysis &analysis)
{
    const MemoryEstimate &m = *analysis.memory;
    return {
        {QStringLiteral("2") + times + thousands(m.batch) + times + thousands(m.activations),
         tr("values and gradients \u00d7 batch \u00d7 activations kept per sample for the "
            "backward pass (the input included; ReLU and flatten keep none)")},
        {thousands(m.parameterCopies) + times + thousands(m.parameters),
         tr("%1 copies of every parameter for %2: %3")
             .arg(m.parameterCopies)
             .arg(qtText(optimizerName(analysis.settings.optimizer)),
                  optimizerState(analysis.settings.optimizer))},
    };
}

std::vector<MemoryTerm> inferenceTerms(const Analysis &analysis)
{
    const MemoryEstimate &m = *analysis.memory;
    QString where;
    if (m.peakLayer < 0) {
        where = tr("the input alone is the largest tensor");
    } else {
        const LayerReport &layer = analysis.layers.at(static_cast<std::size_t>(m.peakLayer));
        where = tr("the largest pair of neighbouring tensors ends at layer %1 (%2); only two "
                   "are alive at once")
                    .arg(m.peakLayer)
                    .arg(QString::fromStdString(layer.name));
    }
    return {
        {thousands(m.batch) + times + thousands(m.peak), tr("batch \u00d7 %1").arg(where)},
        {thousands(m.parameters), tr("one copy of every parameter: no gradients, no optimizer "
                                  "state")},
    };
}

} // namespace cd::ui
