#pragma once

// Receptive field and jump along one dimension (arithmetic.md §6).

#include "shape.h"

#include <cstdint>

namespace cd {

struct Receptive1D
{
    std::int64_t size = 1; // r: input positions one output position sees
    std::int64_t jump = 1; // j: input positions between neighbouring outputs
    // r and j outgrew 64 bits (deep strided chains); then neither is meaningful.
    bool saturated = false;
    // Every output sees the whole input (after adaptive pool to 1, flatten or linear).
    bool global = false;

    friend bool operator==(const Receptive1D &, const Receptive1D &) = default;
};

Receptive1D throughWindows(Receptive1D in, const Window1D &window);
// `networkInput` is the network input's height or width: the r of an output that sees it all.
Receptive1D throughAdaptive(Receptive1D in, const AdaptiveWindows1D &windows,
                            std::int64_t networkInput);
Receptive1D wholeInput(Receptive1D in, std::int64_t networkInput);

} // namespace cd
