#include "window_explanation.h"

#include "coverage.h"
#include "format.h"

#include <algorithm>
#include <cstdio>

namespace cd {

namespace {

std::string plural(std::int64_t count, const std::string &singular)
{
    return withThousands(count) + " " + singular + (count == 1 ? "" : "s");
}

std::string tail(const Window1D &w, const std::string &dimension)
{
    const std::int64_t past = w.positionsPastLastWindow();
    if (past == 0)
        return "the last window ends at the edge: nothing is past it";
    const std::int64_t padding = std::min(past, w.padAfter);
    const std::int64_t real = past - padding;
    std::string text = plural(past, "cell") + " past the last window, ";
    if (real == 0)
        return text + (past == 1 ? "padding" : past == 2 ? "both padding" : "all padding")
               + " \u2192 nothing real lost";
    const std::int64_t first = w.input - real; // real positions at the very end
    text += withThousands(padding) + " of them padding \u2192 " + plural(real, "real " + dimension)
            + " lost (" + dimension + (real == 1 ? " " : "s ") + std::to_string(first)
            + (real == 1 ? "" : "-" + std::to_string(w.input - 1)) + ")";
    return text;
}

std::string gaps(const Window1D &w, const std::string &dimension)
{
    if (w.extent() > maxSpatialExtent)
        return {}; // too large to walk: the rest of the line still holds
    const std::vector<std::int64_t> discarded = discardedPositions(w);
    // Real positions past the last window are the remainder; the rest are gaps.
    const std::int64_t trailing = std::max<std::int64_t>(0, w.positionsPastLastWindow() - w.padAfter);
    const auto interior = static_cast<std::int64_t>(discarded.size()) - trailing;
    if (interior <= 0)
        return {};
    const std::string cause = w.stride > w.effectiveKernel()
                                  ? "stride " + std::to_string(w.stride) + " > kernel "
                                        + std::to_string(w.effectiveKernel())
                                  : "dilation " + std::to_string(w.dilation);
    return "; " + plural(interior, dimension) + " between windows never read (" + cause + ")";
}

} // namespace

std::string quotientText(std::int64_t numerator, std::int64_t denominator)
{
    if (numerator % denominator == 0)
        return std::to_string(numerator / denominator);
    char buffer[40];
    std::snprintf(buffer, sizeof buffer, "%.2f", static_cast<double>(numerator) / denominator);
    std::string text = buffer;
    text.erase(text.find_last_not_of('0') + 1);
    return text;
}

std::string paddedSizeText(const Window1D &w)
{
    const std::string n = std::to_string(w.input);
    if (w.padBefore == w.padAfter)
        return n + " + 2\u00b7" + std::to_string(w.padBefore);
    return n + " + " + std::to_string(w.padBefore) + " + " + std::to_string(w.padAfter);
}

std::string explainWindows(const Window1D &w, const std::string &dimension)
{
    const std::int64_t e = w.effectiveKernel();
    const std::int64_t room = w.paddedInput() - e;
    std::string text = "(" + paddedSizeText(w) + " \u2212 " + std::to_string(e) + ") / "
                       + std::to_string(w.stride) + " = " + quotientText(room, w.stride);
    if (!w.ceilMode) {
        const std::int64_t steps = room / w.stride;
        text += " \u2192 " + plural(steps, "full step") + " \u2192 " + plural(w.output, "output")
                + "; " + tail(w, dimension);
        return text + gaps(w, dimension);
    }
    const std::int64_t steps = w.output - 1;
    text += " \u2192 ceil mode: " + plural(steps, "step") + " \u2192 " + plural(w.output, "output");
    const std::int64_t overhang = w.extent() - w.paddedInput();
    if (overhang > 0)
        text += "; the last window hangs " + plural(overhang, "cell")
                + " past the padded input (implicit padding)";
    else
        text += "; " + tail(w, dimension);
    if (ceilDiv(room, w.stride) + 1 > w.output)
        text += "; a window that would start in the right padding is dropped";
    return text + gaps(w, dimension);
}

std::vector<std::string> windowArithmeticLines(const Windows &windows)
{
    // Same numbers in both dimensions: one line, as the Layer View writes it.
    if (windows.rows == windows.cols)
        return {"rows and columns: " + explainWindows(windows.rows, "row")};
    return {"rows: " + explainWindows(windows.rows, "row"),
            "columns: " + explainWindows(windows.cols, "column")};
}

} // namespace cd
