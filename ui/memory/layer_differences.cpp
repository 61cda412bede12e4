// Which layers the memory panel lists as differing between the two training models, and the
// words for each (see layer_differences.h).

#include "layer_differences.h"

#include "autograd_reason.h"
#include "qt_text.h"
#include "report/cells.h"

#include <QCoreApplication>

namespace cd::ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cd::ui::MemoryPanel", text);
}

} // namespace

std::vector<LayerDifference> layerDifferences(const Analysis &analysis)
{
    std::vector<LayerDifference> differences;
    if (!analysis.autograd || !analysis.autograd->saved)
        return differences;
    for (std::size_t i = 0; i < analysis.layers.size(); ++i) {
        const LayerReport &layer = analysis.layers[i];
        if (!layer.ok() || !layer.saved)
            continue;
        // The lecture model keeps the layer's own output values; the same bytes of plain
        // activations in autograd read the same in the table, so only these are left out.
        const std::int64_t lecture = activationBytes(layer, analysis.settings);
        if (layer.saved->bytes == SavedBytes{.activations = lecture})
            continue;
        differences.push_back(
            {layer.id, qtText(layer.name), qtText(savedReason(analysis, static_cast<int>(i))),
             tr("lecture model: %1 B of values, and as many of gradients\nautograd: %2")
                 .arg(thousands(lecture), qtText(savedKindsText(layer.saved->bytes)))});
    }
    return differences;
}

} // namespace cd::ui
