// The GUI's spelling of core's layer-table rows, and where it puts a failed row's message.

#include "table_rows.h"

#include "qt_text.h"
#include "report/layer_rows.h"

#include <QCoreApplication>
#include <QStringList>

namespace cd::ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cd::ui::LayerTableModel", text);
}

const std::vector<const LayerColumn *> &columns()
{
    static const std::vector<const LayerColumn *> gui = columnsFor(TableOutput::Gui);
    return gui;
}

const LayerColumn *columnAt(int column)
{
    if (column < 0 || column >= layerTableColumnCount())
        return nullptr;
    return columns()[static_cast<std::size_t>(column)];
}

QString errorLines(const Analysis &analysis, bool inputOnly)
{
    QStringList messages;
    for (const AnalysisError &error : analysis.errors) {
        if (!inputOnly || error.layer < 0)
            messages << qtText(error.message);
    }
    return messages.join(QLatin1Char('\n'));
}

// A failed row keeps what says which row it is; its message goes in the output column, which
// the view spans across the rest.
void keepIdentity(TableRow &row, const QString &message)
{
    for (std::size_t c = 0; c < row.cells.size(); ++c) {
        if (!columns()[c]->onFailedRows)
            row.cells[c].clear();
    }
    row.cells[static_cast<std::size_t>(layerTableColumn("output"))] = message;
}

void markFailedLayer(TableRow &row, const LayerTableRow &source)
{
    row.toolTip = qtText(source.error);
    if (source.status == LayerStatus::NotComputed) {
        // The full reason is in the tooltip; the invalid layer above says what is wrong.
        row.status = TableRow::NotComputed;
        keepIdentity(row, tr("not computed"));
        return;
    }
    row.status = TableRow::Invalid;
    // The name column already says which layer: drop the "name: " the message starts with.
    const QString name = row.cells[static_cast<std::size_t>(layerTableColumn("name"))];
    QString message = row.toolTip;
    if (message.startsWith(name + QStringLiteral(": ")))
        message.remove(0, name.size() + 2);
    keepIdentity(row, message);
}

TableRow::Kind kindOf(LayerTableRow::Kind kind)
{
    switch (kind) {
    case LayerTableRow::Kind::Input: return TableRow::Input;
    case LayerTableRow::Kind::Layer: return TableRow::Layer;
    case LayerTableRow::Kind::Conv: return TableRow::Conv;
    case LayerTableRow::Kind::BlockTotals: return TableRow::Block;
    case LayerTableRow::Kind::Totals: return TableRow::Totals;
    }
    return TableRow::Layer;
}

TableRow render(const LayerTableRow &source, const Analysis &analysis)
{
    static const cell::Spelling spelling{.nothing = "\u2014",
                                         .beyond = tr("beyond 2^63").toStdString()};
    TableRow row;
    row.kind = kindOf(source.kind);
    row.id = source.id;
    row.block = qtText(source.block);
    for (const std::string &text : spelledCells(source, spelling))
        row.cells.push_back(qtText(text));
    switch (source.kind) {
    case LayerTableRow::Kind::Layer:
        if (source.status != LayerStatus::Ok)
            markFailedLayer(row, source);
        break;
    case LayerTableRow::Kind::Input:
        row.toolTip = errorLines(analysis, true);
        if (!row.toolTip.isEmpty()) {
            row.status = TableRow::Invalid;
            keepIdentity(row, row.toolTip.section(QLatin1Char('\n'), 0, 0));
        }
        break;
    case LayerTableRow::Kind::Totals:
        if (source.status != LayerStatus::Ok) {
            row.status = TableRow::Invalid;
            const auto count = static_cast<int>(analysis.errors.size());
            keepIdentity(row, count == 1 ? tr("invalid network: 1 error")
                                         : tr("invalid network: %1 errors").arg(count));
            row.toolTip = errorLines(analysis, false);
        }
        break;
    case LayerTableRow::Kind::BlockTotals:
        if (source.status != LayerStatus::Ok) {
            // Not red: the failed layer beneath says what is wrong.
            row.status = TableRow::NotComputed;
            keepIdentity(row, tr("not computed"));
            row.toolTip = tr("A layer of this block failed, so the block has no subtotals");
        }
        break;
    case LayerTableRow::Kind::Conv: break;
    }
    return row;
}

} // namespace

int layerTableColumnCount()
{
    return static_cast<int>(columns().size());
}

int layerTableColumn(std::string_view key)
{
    for (std::size_t c = 0; c < columns().size(); ++c) {
        if (columns()[c]->key == key)
            return static_cast<int>(c);
    }
    return -1;
}

QString columnTitle(int column)
{
    const LayerColumn *c = columnAt(column);
    return c ? tr(std::string(c->guiTitle).c_str()) : QString();
}

QString columnToolTip(int column)
{
    const LayerColumn *c = columnAt(column);
    return c && !c->toolTip.empty() ? tr(std::string(c->toolTip).c_str()) : QString();
}

bool isNumericColumn(int column)
{
    const LayerColumn *c = columnAt(column);
    return c && c->numeric;
}

QString columnWidthSample(int column)
{
    const LayerColumn *c = columnAt(column);
    return c ? qtText(c->sample) : QString();
}

std::vector<TableRow> renderTableRows(const Analysis &analysis)
{
    std::vector<TableRow> rows;
    for (const LayerTableRow &row : layerTableRows(analysis, TableOutput::Gui))
        rows.push_back(render(row, analysis));
    return rows;
}

} // namespace cd::ui
