#pragma once

// A block's figures as its frame and its collapsed node show them: layer count, the input and
// output shapes, and the params and MACs subtotals the report's block rows give
// (report/layer_rows.h), so the canvas and the exported table never disagree.

#include "analysis.h"

#include <QString>
#include <QStringList>

#include <span>

namespace cd::ui::canvas {

struct BlockSummary
{
    QString name;
    int layerCount = 0;
    QStringList inputShapes; // one per distinct node the block reads from outside
    QString outputShape;     // "?" when unknown
    // Empty when a layer of the block failed.
    QString params;
    QString macs;
    LayerStatus status = LayerStatus::Ok; // the worst of its layers
    friend bool operator==(const BlockSummary &, const BlockSummary &) = default;
};

// `layers`: the block's reports, contiguous in execution order.
BlockSummary summarizeBlock(const QString &name, std::span<const LayerReport> layers,
                            const Analysis &analysis);

// The text an edge carrying node `index`'s output shows (-1: the input): "96×54×54", or "?"
// when the analysis could not compute it.
QString outputShapeText(const Analysis &analysis, int index);

} // namespace cd::ui::canvas
