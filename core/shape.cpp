#include "shape.h"

#include <algorithm>
#include <numeric>

namespace cd {

std::int64_t Window1D::extent() const
{
    return std::max(paddedInput(), windowStart(output - 1) + effectiveKernel());
}

std::int64_t Window1D::positionsPastLastWindow() const
{
    return std::max<std::int64_t>(0, paddedInput() - (windowStart(output - 1) + effectiveKernel()));
}

std::variant<Window1D, std::string> slideWindows(std::int64_t input, const WindowSpec &spec,
                                                  const char *dimension)
{
    const std::string dim(dimension); // short enough for no allocation
    if (spec.kernel < 1)
        return "kernel " + dim + " must be at least 1, not " + std::to_string(spec.kernel);
    if (spec.stride < 1)
        return "stride " + dim + " must be at least 1, not " + std::to_string(spec.stride);
    if (spec.dilation < 1)
        return "dilation " + dim + " must be at least 1, not " + std::to_string(spec.dilation);
    if (spec.padBefore < 0 || spec.padAfter < 0)
        return "padding " + dim + " must not be negative, not "
               + std::to_string(std::min(spec.padBefore, spec.padAfter));
    if (spec.isPool && spec.padBefore > spec.kernel / 2) {
        return "padding " + std::to_string(spec.padBefore) + " exceeds half the kernel "
               + std::to_string(spec.kernel) + " (" + dim + "; PyTorch allows at most "
               + std::to_string(spec.kernel / 2) + ")";
    }

    const CheckedInt effective = CheckedInt(spec.dilation) * (spec.kernel - 1) + 1;
    const CheckedInt padded = CheckedInt(input) + spec.padBefore + spec.padAfter;
    if (effective.overflowed() || padded.overflowed())
        return "padded input " + dim + " or dilated kernel exceeds 2^63 \u2212 1 positions";
    const std::int64_t e = effective.value();
    const std::int64_t room = padded.value() - e; // may be negative
    // Built only on failure: the GUI analyses on every keystroke.
    const auto tooSmall = [&](const std::string &detail) {
        const std::string kernelText = spec.dilation == 1
                                           ? "kernel " + std::to_string(spec.kernel)
                                           : "kernel " + std::to_string(spec.kernel)
                                                 + " (dilated " + std::to_string(e) + ")";
        return kernelText + detail + " the padded input " + dim + " "
               + std::to_string(padded.value()) + " (" + std::to_string(input) + " + "
               + std::to_string(spec.padBefore + spec.padAfter) + " padding)";
    };

    Window1D w{input,         spec.kernel,   spec.stride,   spec.padBefore,
               spec.padAfter, spec.dilation, spec.ceilMode, 0};
    if (!spec.ceilMode) {
        if (room < 0)
            return tooSmall(" is larger than");
        w.output = room / spec.stride + 1;
        return w;
    }
    // PyTorch's ceil mode: one more window for a partial remainder, unless that window
    // would start in the right padding.
    w.output = ceilDiv(room, spec.stride) + 1;
    if ((w.output - 1) * spec.stride >= input + spec.padBefore)
        --w.output;
    if (w.output < 1)
        return tooSmall(" leaves no window, even in ceil mode, on");
    return w;
}

std::int64_t AdaptiveWindows1D::widestWindow() const
{
    // Window i spans ceil((a + n) / out) positions, a = i·n mod out; a reaches out − gcd(n, out),
    // so the widest is ceil((out − g + n) / out) = 1 + ceil((n − g) / out), in O(1).
    const std::int64_t g = std::gcd(input, output);
    return 1 + ceilDiv(input - g, output);
}

} // namespace cd

namespace cd {

std::string shapeText(const Shape &shape, const char *times)
{
    if (shape.flat)
        return std::to_string(shape.channels);
    return std::to_string(shape.channels) + times + std::to_string(shape.height) + times
           + std::to_string(shape.width);
}

} // namespace cd
