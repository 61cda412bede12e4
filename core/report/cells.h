#pragma once

// The text of one table cell, shared by the CSV writer, the terminal table and the GUI, so
// that every view says the same thing the same way.

#include "analysis.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace cd {

// "11x11" (or with × in `times`); empty when the receptive field outgrew 64 bits.
std::string receptiveText(const Receptive1D &rows, const Receptive1D &cols, const char *times);
std::string jumpText(const Receptive1D &rows, const Receptive1D &cols, const char *times);
// "row 223, col 223", "rows 219-223", "" when nothing is discarded, or "not analysed" when
// the map is too large to walk.
std::string discardedText(const LayerReport &layer);
// The same, summarised for a narrow panel (index_summary.h), rows and columns joined by
// `separator`: "rows 2, 5, …, 53 (18 rows, every 3rd)".
std::string discardedSummary(const LayerReport &layer, std::string_view separator);
// What a layer's coverage cell says while coverageKnown is false: still being walked, or too
// large to walk.
std::string notKnownText(const LayerReport &layer);
// Bytes one batch of this layer's kept activations takes (values only): b · N · activations.
std::int64_t activationBytes(const LayerReport &layer, const Settings &settings);

} // namespace cd
