#include "table_rows.h"

#include "qt_text.h"
#include "format.h"
#include "report/cells.h"

#include <QCoreApplication>

namespace cd::ui {

namespace {

const QString times = QStringLiteral("\u00d7");
const QString none = QStringLiteral("\u2014");

QString tr(const char *text)
{
    return QCoreApplication::translate("cd::ui::LayerTableModel", text);
}

// b · N · elements; the analysis already checked that the whole network's sum fits.
std::int64_t batchBytes(const Settings &settings, std::int64_t elements)
{
    return bytesPerElement(settings.dtype) * settings.batch * elements;
}

QString inputErrors(const Analysis &analysis)
{
    QStringList messages;
    for (const AnalysisError &error : analysis.errors) {
        if (error.layer < 0)
            messages << qtText(error.message);
    }
    return messages.join(QLatin1Char('\n'));
}

TableRow inputRow(const Analysis &analysis)
{
    TableRow row;
    row.kind = TableRow::Input;
    const InputShape &in = analysis.input;
    auto &c = row.cells;
    c[ColumnName] = tr("input");
    c[ColumnType] = tr("input");
    const QString errors = inputErrors(analysis);
    if (!errors.isEmpty()) {
        row.status = TableRow::Invalid;
        c[ColumnOutput] = errors.section(QLatin1Char('\n'), 0, 0);
        row.toolTip = errors;
        return row;
    }
    c[ColumnOutput] = QString::number(in.channels) + times + QString::number(in.height) + times
                      + QString::number(in.width);
    const std::int64_t elements = in.channels * in.height * in.width; // checked by the analysis
    c[ColumnActivations] = thousands(elements);
    c[ColumnMemory] = bytesText(batchBytes(analysis.settings, elements));
    c[ColumnReceptive] = QStringLiteral("1") + times + QStringLiteral("1");
    c[ColumnDiscarded] = none;
    return row;
}

TableRow layerRow(const LayerReport &layer, const Settings &settings)
{
    TableRow row;
    row.id = layer.id;
    auto &c = row.cells;
    c[ColumnIndex] = QString::number(layer.index);
    c[ColumnName] = qtText(layer.name);
    c[ColumnType] = qtText(std::string(typeName(layer.type)));
    if (!layer.ok()) {
        row.toolTip = qtText(layer.error);
        if (layer.status == LayerStatus::NotComputed) {
            // The full reason is in the tooltip; the invalid layer above says what is wrong.
            row.status = TableRow::NotComputed;
            c[ColumnOutput] = tr("not computed");
            return row;
        }
        row.status = TableRow::Invalid;
        // The name column already says which layer: drop the "name: " the message starts with.
        std::string message = layer.error;
        const std::string prefix = layer.name + ": ";
        if (message.starts_with(prefix))
            message.erase(0, prefix.size());
        c[ColumnOutput] = qtText(message);
        return row;
    }
    c[ColumnOutput] = qtText(shapeText(layer.output));
    c[ColumnWeights] = thousands(layer.weights);
    c[ColumnBiases] = thousands(layer.biases);
    c[ColumnParams] = thousands(layer.params);
    c[ColumnActivations] = thousands(layer.activations);
    c[ColumnMemory] = bytesText(activationBytes(layer, settings));
    c[ColumnMacs] = thousands(layer.macs);
    const std::string receptive = receptiveText(layer.receptiveRows, layer.receptiveCols, "\u00d7");
    c[ColumnReceptive] = receptive.empty() ? tr("beyond 2^63") : qtText(receptive);
    const std::string discarded = discardedText(layer);
    c[ColumnDiscarded] = discarded.empty() ? none : qtText(discarded);
    return row;
}

TableRow convRow(const LayerReport &layer, const ConvCounts &conv, const Settings &settings)
{
    TableRow row;
    row.kind = TableRow::Conv;
    row.id = layer.id;
    auto &c = row.cells;
    c[ColumnName] = QStringLiteral("  \u2514 ") + qtText(conv.label);
    c[ColumnOutput] = qtText(shapeText(conv.output));
    c[ColumnWeights] = thousands(conv.weights.value());
    c[ColumnBiases] = thousands(conv.biases.value());
    c[ColumnParams] = thousands(conv.weights.value() + conv.biases.value());
    c[ColumnActivations] = thousands(conv.activations.value());
    c[ColumnMemory] = bytesText(batchBytes(settings, conv.activations.value()));
    c[ColumnMacs] = thousands(conv.macs.value());
    return row;
}

TableRow totalsRow(const Analysis &analysis)
{
    TableRow row;
    row.kind = TableRow::Totals;
    auto &c = row.cells;
    c[ColumnName] = tr("total");
    if (!analysis.totals) {
        row.status = TableRow::Invalid;
        const auto count = static_cast<int>(analysis.errors.size());
        c[ColumnOutput] = count == 1 ? tr("invalid network: 1 error")
                                     : tr("invalid network: %1 errors").arg(count);
        QStringList messages;
        for (const AnalysisError &error : analysis.errors)
            messages << qtText(error.message);
        row.toolTip = messages.join(QLatin1Char('\n'));
        return row;
    }
    const Totals &t = *analysis.totals;
    c[ColumnWeights] = thousands(t.weights);
    c[ColumnBiases] = thousands(t.biases);
    c[ColumnParams] = thousands(t.params);
    c[ColumnActivations] = thousands(t.activations);
    c[ColumnMemory] = bytesText(batchBytes(analysis.settings, t.activations));
    c[ColumnMacs] = thousands(t.macs);
    return row;
}

} // namespace

QString columnTitle(int column)
{
    switch (column) {
    case ColumnIndex: return tr("#");
    case ColumnName: return tr("Name");
    case ColumnType: return tr("Type");
    case ColumnOutput: return tr("Output");
    case ColumnWeights: return tr("Weights");
    case ColumnBiases: return tr("Biases");
    case ColumnParams: return tr("Params");
    case ColumnActivations: return tr("Kept activations");
    case ColumnMemory: return tr("Activation memory");
    case ColumnMacs: return tr("MACs");
    case ColumnReceptive: return tr("Receptive field");
    case ColumnDiscarded: return tr("Discarded");
    default: return {};
    }
}

QString columnToolTip(int column)
{
    switch (column) {
    case ColumnOutput: return tr("Output tensor per sample: channels × height × width");
    case ColumnActivations:
        return tr("Elements kept for the backward pass, per sample (ReLU and flatten keep none)");
    case ColumnMemory:
        return tr("Kept activations × batch × bytes per element, for the network's settings");
    case ColumnMacs: return tr("Multiply-accumulates per sample");
    case ColumnReceptive: return tr("Input pixels one output position sees (height × width)");
    case ColumnDiscarded: return tr("Input rows and columns that no window of this layer reads");
    default: return {};
    }
}

bool isNumericColumn(int column)
{
    switch (column) {
    case ColumnIndex:
    case ColumnWeights:
    case ColumnBiases:
    case ColumnParams:
    case ColumnActivations:
    case ColumnMemory:
    case ColumnMacs: return true;
    default: return false;
    }
}

std::vector<TableRow> renderTableRows(const Analysis &analysis)
{
    std::vector<TableRow> rows;
    rows.reserve(analysis.layers.size() + 2);
    rows.push_back(inputRow(analysis));
    for (const LayerReport &layer : analysis.layers) {
        rows.push_back(layerRow(layer, analysis.settings));
        for (const ConvCounts &conv : layer.convs)
            rows.push_back(convRow(layer, conv, analysis.settings));
    }
    rows.push_back(totalsRow(analysis));
    return rows;
}

} // namespace cd::ui
