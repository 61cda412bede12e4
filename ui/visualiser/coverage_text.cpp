#include "coverage_text.h"

#include "qt_text.h"
#include "index_runs.h"
#include "shape.h"

#include <QObject>
#include <QStringList>

namespace cd::ui {

namespace {

// Longer lists are elided: a count line has to fit on one slide line.
constexpr std::size_t maxListedRuns = 4;

QString dashedRun(const IndexRun &run)
{
    return qtText(cd::runText(run, "\u2013"));
}

} // namespace

QString indexListText(const QString &singular, const QString &plural,
                      const std::vector<std::int64_t> &indices)
{
    if (indices.empty())
        return {};
    const QString noun = indices.size() == 1 ? singular : plural;
    const std::vector<IndexRun> runs = indexRuns(indices);
    if (runs.size() <= maxListedRuns) {
        // Core's spelling, as the table and the CLI show it, with typographic dashes.
        return noun + QLatin1Char(' ') + qtText(runsText(runs, "\u2013", ", "));
    }
    QStringList parts;
    for (std::size_t i = 0; i + 1 < maxListedRuns; ++i)
        parts << dashedRun(runs[i]);
    parts << QStringLiteral("\u2026") << dashedRun(runs.back());
    return QStringLiteral("%1 %2 (%3 %1)")
        .arg(noun, parts.join(QStringLiteral(", ")), thousands(std::int64_t(indices.size())));
}

QString coverageCountText(const NetworkCoverage &coverage)
{
    switch (coverage.state) {
    case NetworkCoverage::State::Invalid:
        return QObject::tr("coverage cannot be computed \u2014 %1").arg(qtText(coverage.error));
    case NetworkCoverage::State::NotAnalysed:
        return QObject::tr("coverage not analysed \u2014 a feature map is larger than %1 "
                           "positions")
            .arg(thousands(maxSpatialExtent));
    case NetworkCoverage::State::Pending:
        return QObject::tr("analysing input coverage\u2026");
    case NetworkCoverage::State::Known: break;
    }
    const InputCoverage &input = coverage.input;
    if (input.unusedPixels == 0)
        return QObject::tr("every input pixel can reach the output");
    const QString rows = indexListText(QObject::tr("row"), QObject::tr("rows"), input.unusedRows);
    const QString cols
        = indexListText(QObject::tr("column"), QObject::tr("columns"), input.unusedCols);
    const std::int64_t total = coverage.height * coverage.width; // ≤ 2^48: both ≤ 2^24
    const QString pixels = total == 1 ? QObject::tr("pixel") : QObject::tr("pixels");
    const QString verb = input.unusedPixels == 1 ? QObject::tr("never reaches the output")
                                                 : QObject::tr("never reach the output");
    const QString count
        = QObject::tr("%1 of %2 %3").arg(thousands(input.unusedPixels), thousands(total), pixels);
    if (input.isProduct()) {
        const QString where = rows.isEmpty() || cols.isEmpty()
                                  ? rows + cols
                                  : QObject::tr("%1 and %2").arg(rows, cols);
        return QStringLiteral("%1 \u2014 %2 \u2014 %3").arg(where, count, verb);
    }
    // Branches read different rows and columns: the whole rows and columns are only part of
    // the region, or none of it.
    if (rows.isEmpty() && cols.isEmpty())
        return QStringLiteral("%1 \u2014 %2 \u2014 %3")
            .arg(count, QObject::tr("in no whole row or column"), verb);
    // The pixels of the whole rows and columns, counted once where they cross, and the rest.
    const std::int64_t inLines = std::int64_t(input.unusedRows.size()) * coverage.width
                                 + std::int64_t(input.unusedCols.size()) * coverage.height
                                 - std::int64_t(input.unusedRows.size() * input.unusedCols.size());
    const std::int64_t others = input.unusedPixels - inLines;
    const QString lines
        = rows.isEmpty() || cols.isEmpty() ? rows + cols : QStringLiteral("%1, %2").arg(rows, cols);
    const QString where = QObject::tr("%1 and %2 other %3")
                              .arg(lines, thousands(others),
                                   others == 1 ? QObject::tr("pixel") : QObject::tr("pixels"));
    return QStringLiteral("%1 \u2014 %2 \u2014 %3").arg(where, count, verb);
}

QString pixelToolTip(const NetworkCoverage &coverage, std::int64_t row, std::int64_t col)
{
    const QString where = QObject::tr("row %1, column %2").arg(row).arg(col);
    if (coverage.state != NetworkCoverage::State::Known)
        return where;
    if (!coverage.isUnused(row, col))
        return QObject::tr("%1: can reach the output").arg(where);
    const bool rowLost = coverage.isRowUnused(row);
    const bool colLost = coverage.isColUnused(col);
    if (rowLost && colLost)
        return QObject::tr("%1: never reaches the output (no output depends on row %2 or "
                           "column %3)")
            .arg(where)
            .arg(row)
            .arg(col);
    if (rowLost)
        return QObject::tr("%1: never reaches the output (no output depends on row %2)")
            .arg(where)
            .arg(row);
    if (colLost)
        return QObject::tr("%1: never reaches the output (no output depends on column %2)")
            .arg(where)
            .arg(col);
    // Only branches do this: each reads other rows and columns, none this pixel.
    return QObject::tr("%1: never reaches the output (outputs depend on other pixels of row %2 "
                       "and of column %3, not on this one)")
        .arg(where)
        .arg(row)
        .arg(col);
}

QString coverageInputText(const NetworkCoverage &coverage)
{
    return QObject::tr("input %1 \u00d7 %2 \u00d7 %3")
        .arg(thousands(coverage.channels), thousands(coverage.height), thousands(coverage.width));
}

} // namespace cd::ui
