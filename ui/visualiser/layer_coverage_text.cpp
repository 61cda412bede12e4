#include "layer_coverage_text.h"

#include "index_runs.h"
#include "qt_text.h"
#include "window_explanation.h"

#include <QCoreApplication>

namespace cd::ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cd::ui::LayerView", text);
}

QString pairText(std::int64_t rows, std::int64_t cols)
{
    return rows == cols ? QString::number(rows) : QStringLiteral("%1\u00d7%2").arg(rows).arg(cols);
}

QString paddingText(const Window1D &w)
{
    return w.padBefore == w.padAfter ? QString::number(w.padBefore)
                                     : QStringLiteral("%1+%2").arg(w.padBefore).arg(w.padAfter);
}

QString windowSettings(const Windows &windows)
{
    const Window1D &r = windows.rows;
    const Window1D &c = windows.cols;
    QString text = tr("kernel %1, stride %2, padding %3")
                       .arg(pairText(r.kernel, c.kernel), pairText(r.stride, c.stride),
                            r.padBefore == c.padBefore && r.padAfter == c.padAfter
                                ? paddingText(r)
                                : QStringLiteral("%1\u00d7%2").arg(paddingText(r), paddingText(c)));
    if (r.dilation != 1 || c.dilation != 1)
        text += tr(", dilation %1").arg(pairText(r.dilation, c.dilation));
    if (r.ceilMode)
        text += tr(", ceil mode");
    return text;
}

QString positionRange(std::int64_t first, std::int64_t last)
{
    return qtText(runText({first, last}, "\u2013"));
}

} // namespace

QString layerHeading(const LayerReport &report)
{
    QString heading = qtText(report.name) + QStringLiteral(" (") + qtText(typeName(report.type));
    if (report.type == LayerType::NinBlock)
        heading += tr(", first conv");
    heading += QStringLiteral(")");
    if (!report.ok())
        return heading;
    if (const auto *windows = std::get_if<Windows>(&report.spatial))
        heading += QStringLiteral(": ") + windowSettings(*windows);
    return heading + QStringLiteral(" \u00b7 ") + qtText(shapeText(report.input))
           + QStringLiteral(" \u2192 ") + qtText(shapeText(report.output));
}

QStringList arithmeticLines(const Windows &windows)
{
    // The core's lines, so that the handout prints what the Layer View shows. One line when
    // both dimensions agree, which the projector shows in large type.
    QStringList lines;
    for (const std::string &line : windowArithmeticLines(windows))
        lines << qtText(line);
    return lines;
}

std::vector<DiscardedRun> discardedRuns(const std::vector<std::int64_t> &discarded,
                                        const Window1D &window)
{
    // The real positions past the last window; the padding takes the remainder's last cells.
    const std::int64_t realPast
        = std::max<std::int64_t>(0, window.positionsPastLastWindow() - window.padAfter);
    const std::int64_t firstPast = window.input - realPast;
    std::vector<DiscardedRun> runs;
    for (const IndexRun &run : indexRuns(discarded)) {
        // A run that straddles the last window's end has two causes: split it there.
        if (run.first < firstPast && run.last >= firstPast) {
            runs.push_back({run.first, firstPast - 1, false});
            runs.push_back({firstPast, run.last, true});
        } else {
            runs.push_back({run.first, run.last, run.first >= firstPast});
        }
    }
    return runs;
}

QString discardedText(const DiscardedRun &run, bool rows)
{
    const bool one = run.first == run.last;
    const QString noun
        = rows ? (one ? tr("row") : tr("rows")) : (one ? tr("column") : tr("columns"));
    return QStringLiteral("%1 %2: %3")
        .arg(noun, positionRange(run.first, run.last),
             run.pastLastWindow ? tr("past the last window") : tr("between windows"));
}

QString gapSummary(const std::vector<DiscardedRun> &gaps, bool rows)
{
    std::int64_t count = 0;
    for (const DiscardedRun &run : gaps)
        count += run.last - run.first + 1;
    QStringList examples;
    for (std::size_t i = 0; i < gaps.size() && i < 3; ++i)
        examples << positionRange(gaps[i].first, gaps[i].last);
    examples << QStringLiteral("\u2026");
    const QString noun = rows ? (count == 1 ? tr("row") : tr("rows"))
                              : (count == 1 ? tr("column") : tr("columns"));
    return tr("%1 %2 between windows (%3)")
        .arg(thousands(count), noun, examples.join(QStringLiteral(", ")));
}

QString coverageStatement(const LayerReport &report)
{
    if (!report.ok())
        return qtText(report.error);
    const QString name = qtText(report.name);
    if (std::holds_alternative<Pointwise>(report.spatial))
        return tr("%1 is pointwise: coverage passes through unchanged. Every input pixel "
                  "reaches the output at the same position, so nothing is discarded here.")
            .arg(name);
    if (std::holds_alternative<AdaptiveWindows>(report.spatial))
        return tr("%1: adaptive pools read every input pixel. Their windows are sized to "
                  "cover the whole %2\u00d7%3 input, so nothing is discarded here.")
            .arg(name)
            .arg(report.input.height)
            .arg(report.input.width);
    if (std::holds_alternative<Flattening>(report.spatial))
        return tr("%1 is flatten/linear: every output sees every input, so nothing is "
                  "discarded here.")
            .arg(name);
    if (!report.coverageKnown && report.coveragePending)
        return tr("%1: analysing which of the %2\u00d7%3 input's cells its windows read\u2026")
            .arg(name)
            .arg(report.input.height)
            .arg(report.input.width);
    if (!report.coverageKnown)
        return tr("%1: the %2\u00d7%3 input is too large to draw cell by cell.")
            .arg(name)
            .arg(report.input.height)
            .arg(report.input.width);
    return {};
}

QString selectLayerHint()
{
    return tr("Select a convolution, pooling or NiN layer to see which input pixels its "
              "windows read, and which ones floor division discards.");
}

} // namespace cd::ui
