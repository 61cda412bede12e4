#include "grid_content.h"

#include "format.h"
#include "qt_text.h"
#include "visualiser/grid_image.h"
#include "visualiser/layer_coverage_text.h"

#include <QCoreApplication>

#include <algorithm>
#include <set>

namespace cd::ui {

namespace {

constexpr std::size_t maxGapCallouts = 3;
constexpr std::size_t maxLegendCounts = 8;

std::vector<std::int64_t> padded(const std::vector<std::int64_t> &real, const Window1D &w)
{
    std::vector<std::int64_t> positions;
    positions.reserve(real.size());
    for (const std::int64_t x : real)
        positions.push_back(x + w.padBefore);
    return positions;
}

void addCallouts(std::vector<GridCallout> &callouts, const std::vector<std::int64_t> &discarded,
                 const Window1D &w, bool rows)
{
    std::vector<DiscardedRun> gaps;
    for (const DiscardedRun &run : discardedRuns(discarded, w)) {
        if (run.pastLastWindow)
            callouts.push_back(
                {rows, run.first + w.padBefore, run.last + w.padBefore, discardedText(run, rows)});
        else
            gaps.push_back(run);
    }
    // A stride larger than the kernel leaves a gap after every window: label them as one.
    if (gaps.size() > maxGapCallouts) {
        callouts.push_back({rows, gaps.front().first + w.padBefore, gaps.front().last + w.padBefore,
                            gapSummary(gaps, rows), true});
        return;
    }
    for (const DiscardedRun &run : gaps)
        callouts.push_back(
            {rows, run.first + w.padBefore, run.last + w.padBefore, discardedText(run, rows)});
}

std::set<std::int64_t> readCountsOf(const GridAxis &axis)
{
    std::set<std::int64_t> counts;
    for (std::int64_t x = 0; x < axis.extent(); ++x) {
        if (axis.kind(x) == CellKind::Read)
            counts.insert(axis.readCount(x));
    }
    return counts;
}

std::vector<std::int64_t> legendCountsOf(const LayerGrid &grid)
{
    const std::set<std::int64_t> rows = readCountsOf(grid.rows);
    const std::set<std::int64_t> cols = readCountsOf(grid.cols);
    if (rows.size() * cols.size() > 4 * maxLegendCounts)
        return {};
    std::set<std::int64_t> products;
    for (const std::int64_t r : rows) {
        for (const std::int64_t c : cols)
            products.insert(r * c);
    }
    if (products.size() > maxLegendCounts)
        return {};
    return {products.begin(), products.end()};
}

QString gridTitle(const Windows &w, bool padding, bool implicit)
{
    const QString real = QStringLiteral("%1\u00d7%2").arg(w.rows.input).arg(w.cols.input);
    if (!padding && !implicit)
        return QCoreApplication::translate("cd::ui::LayerView", "input %1").arg(real);
    return QCoreApplication::translate("cd::ui::LayerView", "padded input %1\u00d7%2 (%3 real)")
        .arg(w.rows.extent())
        .arg(w.cols.extent())
        .arg(real);
}

const LayerReport *findLayer(const Analysis &analysis, LayerId id)
{
    const auto found = std::find_if(analysis.layers.begin(), analysis.layers.end(),
                                    [id](const LayerReport &r) { return r.id == id; });
    return found == analysis.layers.end() ? nullptr : &*found;
}

} // namespace

bool GridContent::hasGrid(const Analysis &analysis, LayerId id)
{
    const LayerReport *report = id == 0 ? nullptr : findLayer(analysis, id);
    return report && report->ok() && std::holds_alternative<Windows>(report->spatial)
           && report->coverageKnown;
}

GridContent GridContent::forLayer(const Analysis &analysis, LayerId id, const GridContent *previous)
{
    GridContent content;
    const LayerReport *report = id == 0 ? nullptr : findLayer(analysis, id);
    if (!report) {
        content.statement = selectLayerHint();
        return content;
    }
    content.layer = id;
    content.heading = layerHeading(*report);
    const auto *windows = std::get_if<Windows>(&report->spatial);
    if (!report->ok() || !windows || !report->coverageKnown) {
        content.statement = coverageStatement(*report);
        content.statementIsError = !report->ok();
        return content;
    }

    content.windows = *windows;
    content.arithmetic = arithmeticLines(*windows);
    if (previous && previous->grid && previous->windows == content.windows) {
        content.grid = previous->grid;
        content.image = previous->image;
        content.legendCounts = previous->legendCounts;
    } else {
        content.grid.emplace(windows->rows, windows->cols);
        content.image = coverageImage(*content.grid);
        content.legendCounts = legendCountsOf(*content.grid);
    }
    content.discardedRows = padded(report->discardedRows, windows->rows);
    content.discardedCols = padded(report->discardedCols, windows->cols);
    addCallouts(content.callouts, report->discardedRows, windows->rows, true);
    addCallouts(content.callouts, report->discardedCols, windows->cols, false);
    const auto padding = [](const Window1D &w) {
        return w.padBefore > 0 || w.padAfter > 0;
    };
    content.hasPadding = padding(windows->rows) || padding(windows->cols);
    content.hasImplicit = windows->rows.extent() > windows->rows.paddedInput()
                          || windows->cols.extent() > windows->cols.paddedInput();
    content.inputTitle = gridTitle(*windows, content.hasPadding, content.hasImplicit);
    content.outputTitle = QCoreApplication::translate("cd::ui::LayerView", "output %1\u00d7%2")
                              .arg(windows->rows.output)
                              .arg(windows->cols.output);
    return content;
}

GridContent GridContent::forBlockConv(const Analysis &analysis, LayerId id, int conv,
                                      const GridContent *previous)
{
    const LayerReport *report = id == 0 ? nullptr : findLayer(analysis, id);
    if (conv <= 0 || !report || !report->ok() || report->type != LayerType::NinBlock
        || static_cast<std::size_t>(conv) >= report->convs.size())
        return forLayer(analysis, id, previous);
    const ConvCounts &counts = report->convs[static_cast<std::size_t>(conv)];
    GridContent content;
    content.layer = id;
    content.heading = QCoreApplication::translate("cd::ui::LayerView", "%1 (nin_block, conv %2 of %3: %4) \u00b7 %5 \u2192 %6")
                          .arg(qtText(report->name))
                          .arg(conv + 1)
                          .arg(report->convs.size())
                          .arg(qtText(counts.label), qtText(shapeText(report->output)),
                               qtText(shapeText(counts.output)));
    content.statement = QCoreApplication::translate(
        "cd::ui::LayerView",
        "A 1\u00d71 convolution with stride 1 and no padding: each output position reads the "
        "one input position under it, across all channels. Every position is read once, so "
        "this convolution discards nothing; only the block's first convolution can.");
    return content;
}

} // namespace cd::ui
