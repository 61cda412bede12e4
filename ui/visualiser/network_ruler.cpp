#include "network_ruler.h"

#include "qt_text.h"

#include <algorithm>
#include <cmath>

namespace cd::ui {

std::int64_t rulerStep(qreal cell, qreal spacing)
{
    for (std::int64_t decade = 1;; decade *= 10) {
        for (std::int64_t factor : {1, 2, 5}) {
            const std::int64_t step = factor * decade;
            if (step * cell >= spacing || step > (std::int64_t{1} << 40))
                return step;
        }
    }
}

QString runLabel(const IndexRun &run)
{
    return qtText(runText(run, "\u2013"));
}

std::pair<std::int64_t, std::int64_t> visiblePositions(const RulerAxis &axis)
{
    if (axis.count <= 0 || axis.cell <= 0)
        return {0, -1};
    const auto position = [&](qreal coordinate) {
        const qreal index = std::floor((coordinate - axis.origin) / axis.cell);
        return std::int64_t(std::clamp<qreal>(index, -1, qreal(axis.count)));
    };
    return {std::max<std::int64_t>(position(axis.visibleFrom), 0),
            std::min(position(axis.visibleTo), axis.count - 1)};
}

std::vector<RulerLabel> rulerLabels(const RulerAxis &axis, const std::vector<IndexRun> &unused,
                                    const LabelExtent &extent, qreal gap)
{
    const auto [first, last] = visiblePositions(axis);
    std::vector<RulerLabel> labels;
    if (first > last)
        return labels;
    std::vector<std::pair<qreal, qreal>> taken; // [from, to) along the axis, ascending
    const auto place = [&](qreal centre, const QString &text, bool isUnused) {
        const qreal half = extent(text, isUnused) / 2;
        const qreal from = centre - half - gap / 2;
        const qreal to = centre + half + gap / 2;
        const auto next = std::lower_bound(taken.begin(), taken.end(), std::pair{from, from});
        if (next != taken.end() && next->first < to)
            return;
        if (next != taken.begin() && std::prev(next)->second > from)
            return;
        taken.insert(next, {from, to});
        labels.push_back({centre, text, isUnused});
    };
    const auto centreOf = [&](qreal firstIndex, qreal lastIndex) {
        return axis.origin + (firstIndex + lastIndex + 1) / 2 * axis.cell;
    };

    // The unused runs first: they are what the view is about. Runs hidden under a placed
    // label are skipped by search, so a zoomed-out view of many thin runs stays cheap.
    const auto runEndingFrom = [&](auto from, std::int64_t index) {
        return std::lower_bound(from, unused.end(), index,
                                [](const IndexRun &r, std::int64_t i) { return r.last < i; });
    };
    for (auto run = runEndingFrom(unused.begin(), first);
         run != unused.end() && run->first <= last;) {
        place(centreOf(qreal(run->first), qreal(run->last)), runLabel(*run), true);
        const qreal blockedTo = taken.empty() ? axis.origin : taken.back().second;
        const auto blockedIndex = std::int64_t(std::floor((blockedTo - axis.origin) / axis.cell));
        run = runEndingFrom(std::next(run), blockedIndex);
    }
    if (last == axis.count - 1)
        place(centreOf(qreal(last), qreal(last)), QString::number(last), false);

    const qreal widest = extent(QString::number(axis.count - 1), false);
    const std::int64_t step = rulerStep(axis.cell, widest + gap);
    for (std::int64_t i = (first + step - 1) / step * step; i <= last; i += step)
        place(centreOf(qreal(i), qreal(i)), QString::number(i), false);

    std::sort(labels.begin(), labels.end(),
              [](const RulerLabel &a, const RulerLabel &b) { return a.centre < b.centre; });
    return labels;
}

} // namespace cd::ui
