#include "io/text_position.h"

#include <catch2/catch.hpp>

#include <string_view>

TEST_CASE("textPosition counts lines and characters", "[text_position]")
{
    struct Case
    {
        std::string_view text;
        qsizetype offset;
        qsizetype line;
        qsizetype column;
    };
    const Case c = GENERATE(values<Case>({
        {"abc", 0, 1, 1},
        {"abc", 2, 1, 3},
        {"abc", 3, 1, 4},
        {"a\nb", 1, 1, 2},
        {"a\nb", 2, 2, 1},
        {"a\r\nbc", 4, 2, 2},
        {"\n\n\nx", 3, 4, 1},
        // Two bytes, one character.
        {"\xC3\xBC x", 3, 1, 3},
        {"\xE6\xB1\xA0\xE5\x8C\x96!", 6, 1, 3},
        // Past the end: clamped.
        {"ab", 99, 1, 3},
        {"ab", -4, 1, 1},
    }));
    CAPTURE(c.text, c.offset);
    const cd::io::TextPosition position
        = cd::io::textPosition(QByteArrayView(c.text.data(), qsizetype(c.text.size())), c.offset);
    CHECK(position.line == c.line);
    CHECK(position.column == c.column);
}
