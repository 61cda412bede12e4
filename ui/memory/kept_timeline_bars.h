#pragma once

// Training's memory over the forward pass, for the timeline chart's training modes: at each
// step the bytes kept for the backward pass so far, under the lecture model (arithmetic.md §4)
// or autograd (§8), stacked by the layer that keeps them.
//
// Why so far, and not alive: at inference a tensor is freed once its last reader has run, so
// the chart shows what is alive at each step and the peak can be anywhere. In training nothing
// kept for backward is freed before the backward pass starts: what is kept only grows, and the
// end of the forward pass is the peak, the single figure the text gives. The steps show where
// that figure comes from, which is what a reader comparing the two models wants to see.
//
// Values only, in both models: when the forward pass ends no activation gradient exists yet
// (the lecture model counts as many, but for the backward pass), and the parameter copies are
// the same constant under every bar of either model. So the lecture bars end at b · N · A, half
// of its activations term, and autograd's at the saved bytes, the layer table's "Saved for
// backward" total: like for like.

#include "memory/timeline_bars.h"

#include <QString>

namespace cd::ui {

enum class TrainingModel { Lecture, Autograd };

// Step 0 is the input (the lecture model keeps it; autograd credits it to the first layer that
// saves it, so its step 0 is empty), then one step per layer: the step before plus what that
// layer keeps. `cumulative` is set. No steps without a memory estimate, nor for autograd
// without its figure.
TimelineBars keptBars(const Analysis &analysis, TrainingModel model);

// The line under the chart: "When the forward pass ends, autograd has saved 7.32 MiB for the
// backward pass, the most at nin1 (3.40 MiB), nin2 (2.23 MiB), nin3 (792 KiB)", or why
// autograd has no figure.
QString keptSummaryText(const Analysis &analysis, const TimelineBars &bars, TrainingModel model);

} // namespace cd::ui
