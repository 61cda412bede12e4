#include "format.h"

#include <algorithm>
#include <array>
#include <cstdio>

namespace cd {

std::string withThousands(std::int64_t value)
{
    const bool negative = value < 0;
    // Work on the unsigned magnitude so that INT64_MIN does not overflow.
    std::uint64_t magnitude = negative ? 0 - static_cast<std::uint64_t>(value)
                                       : static_cast<std::uint64_t>(value);
    std::string digits = std::to_string(magnitude);
    std::string out;
    out.reserve(digits.size() + digits.size() / 3 + 1);
    const std::size_t lead = digits.size() % 3 == 0 ? 3 : digits.size() % 3;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i != 0 && (i - lead) % 3 == 0 && i >= lead)
            out += ',';
        out += digits[i];
    }
    return negative ? "-" + out : out;
}

std::string humanBytes(std::int64_t bytes)
{
    static constexpr std::array<const char *, 7> units = {"B",   "KiB", "MiB", "GiB",
                                                          "TiB", "PiB", "EiB"};
    if (bytes < 1024)
        return std::to_string(bytes) + " B";
    double scaled = static_cast<double>(bytes);
    std::size_t unit = 0;
    while (scaled >= 1024.0 && unit + 1 < units.size()) {
        scaled /= 1024.0;
        ++unit;
    }
    // Three significant digits, chosen after rounding: 9.996 KiB is "10.0 KiB", and
    // 1023.9 KiB is "1.00 MiB".
    if (scaled >= 1023.5 && unit + 1 < units.size()) {
        scaled /= 1024.0;
        ++unit;
    }
    char buffer[32];
    const char *pattern = scaled < 9.995 ? "%.2f %s" : scaled < 99.95 ? "%.1f %s" : "%.0f %s";
    std::snprintf(buffer, sizeof buffer, pattern, scaled, units[unit]);
    return buffer;
}

std::size_t displayWidth(const std::string &text)
{
    return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
        return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    }));
}

} // namespace cd
