#pragma once

// Tensor shapes and the output-size rules of windowed and adaptive layers along one
// dimension (arithmetic.md §1). Height and width use the same functions, called twice.

#include "checked.h"

#include <cstdint>
#include <string>
#include <variant>

namespace cd {

// A per-sample tensor: a feature map C×H×W, or flat features [channels] after flatten/linear.
struct Shape
{
    std::int64_t channels = 0;
    std::int64_t height = 1;
    std::int64_t width = 1;
    bool flat = false;

    CheckedInt elements() const { return CheckedInt(channels) * height * width; }
    friend bool operator==(const Shape &, const Shape &) = default;
};

// The largest extent (height or width, padding and ceil-mode overhang included) whose
// coverage the analysis walks position by position; larger maps get every other figure but
// no discarded rows/cols or input coverage, which would not fit in memory or on a screen.
inline constexpr std::int64_t maxSpatialExtent = std::int64_t{1} << 24;

// How a windowed layer (conv, pool) slides along one dimension. Positions are padded
// coordinates 0 … padBefore + input + padAfter − 1; real pixel x sits at x + padBefore.
struct Window1D
{
    std::int64_t input = 1;
    std::int64_t kernel = 1;
    std::int64_t stride = 1;
    std::int64_t padBefore = 0;
    std::int64_t padAfter = 0;
    std::int64_t dilation = 1;
    bool ceilMode = false;
    std::int64_t output = 1;

    std::int64_t effectiveKernel() const { return dilation * (kernel - 1) + 1; }
    std::int64_t paddedInput() const { return padBefore + input + padAfter; }
    // Padded positions up to the end of the last window; more than paddedInput() when a
    // ceil-mode window hangs past the padding (those cells are implicit padding).
    std::int64_t extent() const;
    // First padded position of window i, and of its tap j.
    std::int64_t windowStart(std::int64_t i) const { return i * stride; }
    std::int64_t tap(std::int64_t i, std::int64_t j) const { return i * stride + j * dilation; }
    // Positions after the end of the last window (floor mode's remainder, never negative).
    std::int64_t positionsPastLastWindow() const;
    friend bool operator==(const Window1D &, const Window1D &) = default;
};

struct WindowSpec
{
    std::int64_t kernel = 1;
    std::int64_t stride = 1;
    std::int64_t padBefore = 0;
    std::int64_t padAfter = 0;
    std::int64_t dilation = 1;
    bool ceilMode = false;
    bool isPool = false; // pools need padding ≤ kernel / 2 and allow ceil mode
};

// The windows along one dimension of size `input`, or a message saying why there are none.
// `dimension` is "height" or "width" and appears in the message.
std::variant<Window1D, std::string> slideWindows(std::int64_t input, const WindowSpec &spec,
                                                  const char *dimension);

// Adaptive pooling along one dimension: window i reads [floor(i·n/out), ceil((i+1)·n/out)).
struct AdaptiveWindows1D
{
    std::int64_t input = 1;
    std::int64_t output = 1;

    std::int64_t windowStart(std::int64_t i) const { return floorDiv(i * input, output); }
    std::int64_t windowEnd(std::int64_t i) const { return ceilDiv((i + 1) * input, output); }
    std::int64_t widestWindow() const;
    friend bool operator==(const AdaptiveWindows1D &, const AdaptiveWindows1D &) = default;
};

} // namespace cd

namespace cd {

// "96×54×54", or "10" for flat features; `times` replaces × (CSV uses "x").
std::string shapeText(const Shape &shape, const char *times = "\u00d7");

} // namespace cd
