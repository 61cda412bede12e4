// Resolving padding "same" (same_padding.h).

#include "same_padding.h"

#include "checked.h"

namespace cd {

namespace {

std::string pairText(std::int64_t height, std::int64_t width, bool bareWhenSquare)
{
    if (bareWhenSquare && height == width)
        return std::to_string(height);
    return std::to_string(height) + "\u00d7" + std::to_string(width);
}

} // namespace

std::optional<PaddingSplit> samePaddingSplit(std::int64_t kernel, std::int64_t dilation)
{
    if (kernel < 1 || dilation < 1)
        return std::nullopt;
    const CheckedInt total = CheckedInt(dilation) * (CheckedInt(kernel) - 1);
    if (total.overflowed())
        return std::nullopt;
    // PyTorch puts the odd position of an even total on the bottom or right.
    const std::int64_t before = total.value() / 2;
    return PaddingSplit{before, total.value() - before};
}

std::string samePaddingText(Pair kernel, Pair dilation)
{
    const std::optional<PaddingSplit> rows = samePaddingSplit(kernel.height, dilation.height);
    const std::optional<PaddingSplit> cols = samePaddingSplit(kernel.width, dilation.width);
    if (!rows || !cols)
        return {};
    if (rows->before == rows->after && cols->before == cols->after)
        return "same: " + pairText(rows->before, cols->before, false);
    // Bare numbers only when rows and columns agree on both sides, so that a 1 never stands
    // for 1×1 beside a 2×1.
    const bool square = rows->before == cols->before && rows->after == cols->after;
    return "same: " + pairText(rows->before, cols->before, square) + " top/left, "
           + pairText(rows->after, cols->after, square) + " bottom/right";
}

} // namespace cd
