#include "text/utf8.h"

#include <catch2/catch.hpp>

#include <string_view>

using namespace std::string_view_literals;

TEST_CASE("firstInvalidUtf8 accepts well-formed UTF-8", "[utf8]")
{
    const std::string_view text
        = GENERATE(""sv, "plain ASCII"sv, "a\0b"sv, "\xC2\x80"sv, "Faltung \xC3\xBC"sv,
                   "\xE2\x82\xAC"sv, "\xE6\xB1\xA0\xE5\x8C\x96"sv, "\xEF\xBF\xBF"sv,
                   "\xF0\x9D\x84\x9E"sv, "\xF4\x8F\xBF\xBF"sv, "\xEF\xBB\xBF{}"sv);
    CAPTURE(text);
    CHECK(cd::text::firstInvalidUtf8(QByteArrayView(text.data(), qsizetype(text.size()))) == -1);
}

TEST_CASE("firstInvalidUtf8 gives the offset of the first ill-formed sequence", "[utf8]")
{
    struct Case
    {
        std::string_view what;
        std::string_view bytes;
        qsizetype offset;
    };
    const Case c = GENERATE(values<Case>({
        {"0xff", "ab\xFF"sv, 2},
        {"0xfe", "\xFE"sv, 0},
        {"lone continuation byte", "x\x80y"sv, 1},
        {"overlong 2-byte form", "\xC0\xAF"sv, 0},
        {"overlong 2-byte form C1", "\xC1\xBF"sv, 0},
        {"overlong 3-byte form", "\xE0\x80\xAF"sv, 0},
        {"overlong 4-byte form", "\xF0\x8F\xBF\xBF"sv, 0},
        {"surrogate", "ok\xED\xA0\x80"sv, 2},
        {"above U+10FFFF", "\xF4\x90\x80\x80"sv, 0},
        {"lead F5", "\xF5\x80\x80\x80"sv, 0},
        {"truncated at the end", "ab\xE2\x82"sv, 2},
        {"truncated 2-byte at the end", "ok\xC3"sv, 2},
        {"continuation replaced by ASCII", "\xE2\x28\xA1"sv, 0},
        {"after valid multibyte text", "\xC3\xBC\xC3\xBC\xFF"sv, 4},
        {"Latin-1 text", "caf\xE9 au lait"sv, 3},
    }));
    CAPTURE(c.what);
    CHECK(cd::text::firstInvalidUtf8(QByteArrayView(c.bytes.data(), qsizetype(c.bytes.size())))
          == c.offset);
}
