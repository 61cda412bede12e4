// Field values as short text (field_value_text.h).

#include "field_value_text.h"

#include <cstdio>
#include <type_traits>

namespace cd {

namespace {

std::string pairText(const Pair &pair)
{
    if (pair.isSquare())
        return std::to_string(pair.height);
    return std::to_string(pair.height) + "\u00d7" + std::to_string(pair.width);
}

} // namespace

std::string fieldValueText(const FieldValue &value)
{
    return std::visit(
        [](const auto &v) -> std::string {
            using T = std::decay_t<decltype(v)>;
            if constexpr (std::is_same_v<T, std::int64_t>) {
                return std::to_string(v);
            } else if constexpr (std::is_same_v<T, Pair>) {
                return pairText(v);
            } else if constexpr (std::is_same_v<T, std::optional<Pair>>) {
                return v ? pairText(*v) : std::string("unset");
            } else if constexpr (std::is_same_v<T, ConvPaddingValue>) {
                switch (v.mode) {
                case PaddingMode::Same: return "same";
                case PaddingMode::Valid: return "valid";
                case PaddingMode::Explicit: break;
                }
                return pairText(v.padding);
            } else if constexpr (std::is_same_v<T, bool>) {
                return v ? "on" : "off";
            } else {
                char text[32];
                std::snprintf(text, sizeof text, "%g", v);
                return text;
            }
        },
        value);
}

} // namespace cd
