#include "results_rows.h"

#include "qt_text.h"
#include "format.h"
#include "report/cells.h"

#include <QCoreApplication>

namespace cd::ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cd::ui::Inspector", text);
}

QString shape(const Shape &s)
{
    return QString::fromStdString(shapeText(s));
}

GridRow row(const QString &label, const QString &value, bool strong = false)
{
    return {{label, value}, strong, false};
}

} // namespace

std::vector<GridRow> layerFacts(const LayerReport &layer, const Settings &settings)
{
    if (!layer.ok())
        return {};
    const std::string receptive = receptiveText(layer.receptiveRows, layer.receptiveCols, "\u00d7");
    const std::string jump = jumpText(layer.receptiveRows, layer.receptiveCols, "\u00d7");
    // Summarised, one line for rows and one for columns: the panel is narrow.
    const std::string discarded = discardedSummary(layer, "\n");
    return {
        row(tr("Input"), shape(layer.input)),
        row(tr("Output"), shape(layer.output), true),
        row(tr("Weights"), thousands(layer.weights)),
        row(tr("Biases"), thousands(layer.biases)),
        row(tr("Parameters"), thousands(layer.params), true),
        row(tr("MACs per sample"), thousands(layer.macs)),
        row(tr("Kept activations"), thousands(layer.activations)),
        row(tr("Activation memory (batch %1)").arg(thousands(settings.batch)),
            bytesText(activationBytes(layer, settings))),
        row(tr("Receptive field"), receptive.empty() ? tr("beyond 2^63")
                                                     : tr("%1, jump %2")
                                                           .arg(QString::fromStdString(receptive),
                                                                QString::fromStdString(jump))),
        row(tr("Discarded"),
            discarded.empty() ? QStringLiteral("\u2014") : QString::fromStdString(discarded)),
    };
}

std::vector<GridRow> convFacts(const LayerReport &layer)
{
    if (layer.convs.empty())
        return {};
    std::vector<GridRow> rows;
    rows.push_back({{QString(), tr("weights"), tr("biases"), tr("MACs")}, false, true});
    for (const ConvCounts &conv : layer.convs) {
        // All three produce the block's output shape, shown above.
        rows.push_back({{QString::fromStdString(conv.label), thousands(conv.weights.value()),
                         thousands(conv.biases.value()), thousands(conv.macs.value())},
                        false,
                        false});
    }
    return rows;
}

std::vector<GridRow> networkFacts(const Analysis &analysis)
{
    if (!analysis.totals || !analysis.memory)
        return {};
    const Totals &t = *analysis.totals;
    const MemoryEstimate &m = *analysis.memory;
    const InputShape &in = analysis.input;
    std::vector<GridRow> rows;
    rows.push_back(
        row(tr("Input"),
            QStringLiteral("%1\u00d7%2\u00d7%3").arg(in.channels).arg(in.height).arg(in.width)));
    if (!analysis.layers.empty())
        rows.push_back(row(tr("Output"), shape(analysis.layers.back().output), true));
    rows.push_back(row(tr("Layers"), thousands(static_cast<std::int64_t>(analysis.layers.size()))));
    rows.push_back(row(tr("Parameters"), thousands(t.params), true));
    rows.push_back(row(tr("MACs per sample"), thousands(t.macs)));
    rows.push_back(row(tr("Kept activations"), thousands(t.activations)));
    rows.push_back(row(tr("Training memory"), bytesText(m.trainingBytes), true));
    rows.push_back(row(tr("Inference memory"), bytesText(m.inferenceBytes), true));
    return rows;
}

QString coverageNote(const Analysis &analysis)
{
    if (!analysis.inputCoverage || analysis.inputCoverage->unusedPixels == 0)
        return {};
    return tr("%1 input pixels never reach the output.")
        .arg(thousands(analysis.inputCoverage->unusedPixels));
}

} // namespace cd::ui
