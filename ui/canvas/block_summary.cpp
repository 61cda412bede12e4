// A block's figures for the canvas (block_summary.h).

#include "block_summary.h"

#include "qt_text.h"
#include "report/layer_rows.h"
#include "shape.h"

#include <algorithm>

namespace cd::ui::canvas {

QString outputShapeText(const Analysis &analysis, int index)
{
    if (index < 0) {
        const bool inputFailed = std::any_of(analysis.errors.begin(), analysis.errors.end(),
                                             [](const AnalysisError &e) { return e.layer == -1; });
        if (inputFailed)
            return QStringLiteral("?");
        const InputShape &input = analysis.input;
        return qtText(shapeText(Shape{input.channels, input.height, input.width, false}));
    }
    const LayerReport &report = analysis.layers[static_cast<std::size_t>(index)];
    return report.ok() ? qtText(shapeText(report.output)) : QStringLiteral("?");
}

BlockSummary summarizeBlock(const QString &name, std::span<const LayerReport> layers,
                            const Analysis &analysis)
{
    BlockSummary summary;
    summary.name = name;
    summary.layerCount = static_cast<int>(layers.size());
    if (layers.empty())
        return summary;
    const int first = layers.front().index;
    const int last = layers.back().index;
    for (const LayerReport &layer : layers) {
        if (layer.status == LayerStatus::Invalid)
            summary.status = LayerStatus::Invalid;
        else if (layer.status == LayerStatus::NotComputed && summary.status == LayerStatus::Ok)
            summary.status = LayerStatus::NotComputed;
        for (int input : layer.inputs) {
            if (input >= first && input <= last)
                continue; // inside the block
            const QString shape = outputShapeText(analysis, input);
            if (!summary.inputShapes.contains(shape))
                summary.inputShapes << shape;
        }
    }
    summary.outputShape = outputShapeText(analysis, last);
    if (const std::optional<Totals> totals = blockTotals(layers)) {
        summary.params = thousands(totals->params);
        summary.macs = thousands(totals->macs);
    }
    return summary;
}

} // namespace cd::ui::canvas
