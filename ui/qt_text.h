#pragma once

// Core's UTF-8 texts and numbers as QStrings, spelled one way in every view.

#include "format.h"

#include <QString>

#include <cstdint>
#include <string_view>

namespace cd::ui {

inline QString qtText(std::string_view utf8)
{
    return QString::fromUtf8(utf8.data(), static_cast<qsizetype>(utf8.size()));
}

// 1234567 → "1,234,567"
inline QString thousands(std::int64_t value)
{
    return qtText(withThousands(value));
}

// 37480072 → "35.7 MiB"
inline QString bytesText(std::int64_t value)
{
    return qtText(humanBytes(value));
}

} // namespace cd::ui
