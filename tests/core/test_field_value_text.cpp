// Field values as the undo history spells them (field_value_text.h).

#include "field_value_text.h"

#include <catch2/catch.hpp>

TEST_CASE("fieldValueText spells each kind of field value", "[field_value_text]")
{
    using cd::FieldValue;
    CHECK(cd::fieldValueText(FieldValue(std::int64_t{96})) == "96");
    CHECK(cd::fieldValueText(FieldValue(cd::Pair{3, 3})) == "3");
    CHECK(cd::fieldValueText(FieldValue(cd::Pair{3, 2})) == "3\u00d72");
    CHECK(cd::fieldValueText(FieldValue(std::optional<cd::Pair>{})) == "unset");
    CHECK(cd::fieldValueText(FieldValue(std::optional<cd::Pair>{cd::Pair{2, 2}})) == "2");
    CHECK(cd::fieldValueText(FieldValue(cd::ConvPaddingValue{cd::PaddingMode::Same, {0, 0}}))
          == "same");
    CHECK(cd::fieldValueText(FieldValue(cd::ConvPaddingValue{cd::PaddingMode::Valid, {1, 1}}))
          == "valid");
    CHECK(cd::fieldValueText(FieldValue(cd::ConvPaddingValue{cd::PaddingMode::Explicit, {1, 2}}))
          == "1\u00d72");
    CHECK(cd::fieldValueText(FieldValue(true)) == "on");
    CHECK(cd::fieldValueText(FieldValue(false)) == "off");
    CHECK(cd::fieldValueText(FieldValue(0.5)) == "0.5");
}
