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
    case NetworkCoverage::State::Known: break;
    }
    if (coverage.unusedPixels == 0)
        return QObject::tr("every input pixel can reach the output");
    const QString rows
        = indexListText(QObject::tr("row"), QObject::tr("rows"), coverage.unusedRows);
    const QString cols
        = indexListText(QObject::tr("column"), QObject::tr("columns"), coverage.unusedCols);
    const QString where
        = rows.isEmpty() || cols.isEmpty() ? rows + cols : QObject::tr("%1 and %2").arg(rows, cols);
    const std::int64_t total = coverage.height * coverage.width; // ≤ 2^48: both ≤ 2^24
    const QString pixels = total == 1 ? QObject::tr("pixel") : QObject::tr("pixels");
    const QString verb = coverage.unusedPixels == 1 ? QObject::tr("never reaches the output")
                                                    : QObject::tr("never reach the output");
    return QStringLiteral("%1 \u2014 %2 of %3 %4 \u2014 %5")
        .arg(where, thousands(coverage.unusedPixels), thousands(total), pixels, verb);
}

QString pixelToolTip(const NetworkCoverage &coverage, std::int64_t row, std::int64_t col)
{
    const QString where = QObject::tr("row %1, column %2").arg(row).arg(col);
    if (coverage.state != NetworkCoverage::State::Known)
        return where;
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
    return QObject::tr("%1: can reach the output").arg(where);
}

QString coverageInputText(const NetworkCoverage &coverage)
{
    return QObject::tr("input %1 \u00d7 %2 \u00d7 %3")
        .arg(thousands(coverage.channels), thousands(coverage.height), thousands(coverage.width));
}

} // namespace cd::ui
