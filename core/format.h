#pragma once

// Number formatting shared by the terminal table, the GUI and messages.

#include <cstdint>
#include <string>

namespace cd {

// 1234567 → "1,234,567".
std::string withThousands(std::int64_t value);
// Bytes in binary units with three significant digits: 37480072 → "35.7 MiB"; below 1 KiB
// the exact count: "512 B".
std::string humanBytes(std::int64_t bytes);
// Terminal columns of UTF-8 text: one per code point (wide glyphs are rare in layer names).
std::size_t displayWidth(const std::string &text);

} // namespace cd
