#include "receptive.h"

#include <algorithm>

namespace cd {

namespace {

Receptive1D grow(Receptive1D in, std::int64_t effectiveKernel, std::int64_t stride)
{
    if (in.global || in.saturated)
        return in;
    const CheckedInt size = CheckedInt(in.size) + (CheckedInt(effectiveKernel) - 1) * in.jump;
    const CheckedInt jump = CheckedInt(in.jump) * stride;
    if (size.overflowed() || jump.overflowed())
        return Receptive1D{0, 0, true, false};
    return Receptive1D{size.value(), jump.value(), false, false};
}

} // namespace

Receptive1D throughWindows(Receptive1D in, const Window1D &window)
{
    return grow(in, window.effectiveKernel(), window.stride);
}

Receptive1D throughAdaptive(Receptive1D in, const AdaptiveWindows1D &windows,
                            std::int64_t networkInput)
{
    if (windows.output == 1)
        return wholeInput(in, networkInput);
    return grow(in, windows.widestWindow(),
                std::max<std::int64_t>(1, windows.input / windows.output));
}

Receptive1D wholeInput(Receptive1D in, std::int64_t networkInput)
{
    return Receptive1D{networkInput, in.saturated ? 0 : in.jump, false, true};
}

} // namespace cd
