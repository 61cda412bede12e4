#pragma once

// While an analysis's coverage is still being walked, the GUI keeps showing what it showed:
// the earlier analysis's figures wherever they still describe the same thing.

#include "analysis.h"

namespace cd {

// Into a coveragePending analysis: each pending layer's discarded rows and columns from the
// layer of the same id in `shown`, when that one's coverage is known (or itself carried) and it
// reads the same input shape through the same windows; and `shown`'s input coverage when the
// network input has the same height and width. Everything carried stays pending: addCoverage()
// replaces it.
void carryCoverage(const Analysis &shown, Analysis &pending);

} // namespace cd
