#pragma once

// The inference timeline of one analysis (core's MemoryTimeline) as the memory panel charts
// it: per step a stacked bar of the tensors alive, in bytes for the whole batch, each named
// and coloured by the layer that wrote it, with the layer ids the canvas highlights.

#include "analysis.h"

#include <QColor>
#include <QString>

#include <cstdint>
#include <vector>

namespace cd::ui {

struct TimelineTensor
{
    LayerId owner = 0;      // the layer that wrote it; 0 the network input
    QString name;           // "input", "conv1", "nin1 conv 2"
    QColor colour;          // the writer's family colour, shaded apart from its neighbours
    std::int64_t bytes = 0; // for the batch
    friend bool operator==(const TimelineTensor &, const TimelineTensor &) = default;
};

struct TimelineBar
{
    QString label;                       // the layer that runs at this step; "input" for step 0
    std::int64_t bytes = 0;              // all of `tensors`
    std::vector<TimelineTensor> tensors; // bottom to top: the input first, the newest last
    friend bool operator==(const TimelineBar &, const TimelineBar &) = default;
};

struct TimelineBars
{
    std::vector<TimelineBar> steps; // step 0 the input alone, then one per layer
    int peakStep = -1;              // −1 when there are no steps
    friend bool operator==(const TimelineBars &, const TimelineBars &) = default;
};

// Empty (no steps) when the analysis has no memory estimate: an invalid network.
TimelineBars timelineBars(const Analysis &analysis);

// The layers whose tensors are alive at a bar, each once, in the bar's order.
std::vector<LayerId> ownersOf(const TimelineBar &bar);

// The tensors alive at the peak, for the line under the chart: "Alive at the peak, while b
// runs: input (1.00 KiB), a (2.00 KiB), b (1.00 KiB); 4.00 KiB in all"; empty without steps.
QString peakTensorsText(const TimelineBars &bars);

} // namespace cd::ui
