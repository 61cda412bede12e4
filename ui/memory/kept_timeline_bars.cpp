// The timeline chart's training modes: what each model keeps for backward, step by step (see
// kept_timeline_bars.h for why the bars add up rather than free).

#include "kept_timeline_bars.h"

#include "qt_text.h"
#include "report/cells.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>

namespace cd::ui {

namespace {

// The largest contributors the line under the chart names.
constexpr std::size_t namedContributors = 3;

QString tr(const char *text)
{
    return QCoreApplication::translate("cd::ui::MemoryPanel", text);
}

bool hasFigure(const Analysis &analysis, TrainingModel model)
{
    if (!analysis.memory)
        return false;
    return model == TrainingModel::Lecture || (analysis.autograd && analysis.autograd->saved);
}

std::int64_t keptBy(const LayerReport &layer, const Settings &settings, TrainingModel model)
{
    if (model == TrainingModel::Lecture)
        return activationBytes(layer, settings);
    return layer.saved ? layer.saved->bytes.total() : 0;
}

} // namespace

TimelineBars keptBars(const Analysis &analysis, TrainingModel model)
{
    TimelineBars bars;
    bars.cumulative = true;
    if (!hasFigure(analysis, model))
        return bars;
    const Settings &s = analysis.settings;
    bars.steps.reserve(analysis.layers.size() + 1);
    TimelineBar bar;
    bar.label = tr("input");
    if (model == TrainingModel::Lecture) {
        const InputShape &in = analysis.input;
        // Fits: the lecture model's activation bytes, which count the input, do.
        bar.bytes = analysis.memory->batchBytes(in.channels * in.height * in.width);
        bar.tensors.push_back(
            {Network::inputId, bar.label, writerColour(analysis, -1, 0), bar.bytes});
    }
    bars.steps.push_back(bar);
    for (std::size_t i = 0; i < analysis.layers.size(); ++i) {
        const LayerReport &layer = analysis.layers[i];
        bar.label = qtText(layer.name);
        // Fits: every bar is at most the last, the model's total.
        if (const std::int64_t kept = keptBy(layer, s, model); kept != 0) {
            const int ordinal = static_cast<int>(bar.tensors.size());
            bar.tensors.push_back(
                {layer.id, bar.label, writerColour(analysis, static_cast<int>(i), ordinal), kept});
            bar.bytes += kept;
        }
        bars.steps.push_back(bar);
    }
    bars.peakStep = static_cast<int>(bars.steps.size()) - 1;
    return bars;
}

QString keptSummaryText(const Analysis &analysis, const TimelineBars &bars, TrainingModel model)
{
    if (bars.steps.empty()) {
        if (model == TrainingModel::Autograd && analysis.autograd)
            return tr("Autograd has no figure: %1").arg(qtText(analysis.autograd->note));
        return {};
    }
    const TimelineBar &end = bars.steps.back();
    std::vector<TimelineTensor> largest = end.tensors;
    std::stable_sort(
        largest.begin(), largest.end(),
        [](const TimelineTensor &a, const TimelineTensor &b) { return a.bytes > b.bytes; });
    QStringList named;
    for (std::size_t i = 0; i < std::min(largest.size(), namedContributors); ++i)
        named << QStringLiteral("%1 (%2)").arg(largest[i].name, bytesText(largest[i].bytes));
    const QString most = named.isEmpty()
                             ? QString()
                             : tr(", the most at %1").arg(named.join(QStringLiteral(", ")));
    return model == TrainingModel::Lecture
               ? tr("When the forward pass ends, the lecture model keeps %1 of activations "
                    "(and counts as many of gradients for the backward pass)%2")
                     .arg(bytesText(end.bytes), most)
               : tr("When the forward pass ends, autograd has saved %1 for the backward pass%2")
                     .arg(bytesText(end.bytes), most);
}

} // namespace cd::ui
