#include "timeline_bars.h"

#include "palette/layer_style.h"
#include "qt_text.h"
#include "report/memory_terms.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <map>
#include <utility>

namespace cd::ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cd::ui::MemoryPanel", text);
}

const QColor inputColour(0x9a, 0xa5, 0xb1);

// Tensors stacked on each other were mostly written one after the other, often by layers of
// one family (conv after conv): every other tensor in writing order is drawn lighter, so that
// two neighbours still show as two, and a tensor keeps its shade from step to step.
class TensorColours
{
public:
    explicit TensorColours(const Analysis &analysis)
        : m_analysis(analysis)
    {}

    QColor of(const LiveTensor &tensor)
    {
        if (tensor.layer < 0)
            return inputColour;
        const int ordinal
            = m_ordinals
                  .try_emplace({tensor.layer, tensor.part}, static_cast<int>(m_ordinals.size()))
                  .first->second;
        const QColor family
            = layerColor(m_analysis.layers[static_cast<std::size_t>(tensor.layer)].type);
        return ordinal % 2 == 0 ? family : family.lighter(145);
    }

private:
    const Analysis &m_analysis;
    std::map<std::pair<int, int>, int> m_ordinals; // (layer, part) → order of first sight
};

} // namespace

TimelineBars timelineBars(const Analysis &analysis)
{
    TimelineBars bars;
    if (!analysis.memory)
        return bars;
    const MemoryEstimate &m = *analysis.memory;
    bars.steps.reserve(m.timeline.steps.size());
    TensorColours colours(analysis);
    for (const TimelineStep &step : m.timeline.steps) {
        TimelineBar bar;
        bar.label = step.layer < 0
                        ? tr("input")
                        : qtText(analysis.layers[static_cast<std::size_t>(step.layer)].name);
        bar.bytes = m.batchBytes(step.elements.value());
        for (const LiveTensor &tensor : step.live) {
            const LayerId owner = tensor.layer < 0
                                      ? Network::inputId
                                      : analysis.layers[static_cast<std::size_t>(tensor.layer)].id;
            bar.tensors.push_back({owner, qtText(tensorName(analysis, tensor)), colours.of(tensor),
                                   m.batchBytes(tensor.elements)});
        }
        bars.steps.push_back(std::move(bar));
    }
    bars.peakStep = bars.steps.empty() ? -1 : static_cast<int>(m.timeline.peakStep);
    return bars;
}

std::vector<LayerId> ownersOf(const TimelineBar &bar)
{
    std::vector<LayerId> owners;
    for (const TimelineTensor &tensor : bar.tensors) {
        if (std::find(owners.begin(), owners.end(), tensor.owner) == owners.end())
            owners.push_back(tensor.owner);
    }
    return owners;
}

QString peakTensorsText(const TimelineBars &bars)
{
    if (bars.peakStep < 0)
        return {};
    const TimelineBar &peak = bars.steps[static_cast<std::size_t>(bars.peakStep)];
    if (bars.peakStep == 0)
        return tr("The peak is the input alone: %1").arg(bytesText(peak.bytes));
    QStringList tensors;
    for (const TimelineTensor &tensor : peak.tensors)
        tensors << QStringLiteral("%1 (%2)").arg(tensor.name, bytesText(tensor.bytes));
    return tr("Alive at the peak, while %1 runs: %2; %3 in all")
        .arg(peak.label, tensors.join(QStringLiteral(", ")), bytesText(peak.bytes));
}

} // namespace cd::ui
