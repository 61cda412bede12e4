#pragma once

// One cell of the layer table as a value, before any output spells it: the CSV writes numbers
// bare and shapes with "x", the documents and the terminal group digits and use ×, the GUI
// writes bytes in binary units. Keeping the value apart from its spelling lets one column
// description (layer_columns.h) serve every output.

#include "shape.h"

#include <cstdint>
#include <string>
#include <variant>

namespace cd::cell {

struct Blank
{};
// "Nothing to report" where a value was expected: a layer that discards nothing.
struct Nothing
{};
// A figure that outgrew 64 bits (a saturated receptive field).
struct Beyond
{};
struct Count
{
    std::int64_t value = 0;
};
struct Bytes
{
    std::int64_t value = 0;
};
// Rows by columns: a receptive field, a jump.
struct Pair
{
    std::int64_t rows = 0;
    std::int64_t cols = 0;
};

using Value = std::variant<Blank, std::string, Count, Bytes, Shape, Pair, Nothing, Beyond>;

// How one output spells the kinds of value.
struct Spelling
{
    const char *times = "\u00d7";
    const char *nothing = "";
    std::string beyond = {}; // empty: a blank cell
    bool grouped = true; // 1,234,567 and 35.7 MiB; else bare integers, as a spreadsheet wants
};

std::string text(const Value &value, const Spelling &spelling);
// Count and Bytes: a spreadsheet should read them as numbers, never quoted.
bool isNumber(const Value &value);

} // namespace cd::cell
