#include "text/json_text.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <limits>
#include <string>

using namespace std::string_literals;

TEST_CASE("jsonString escapes what JSON needs and keeps UTF-8", "[json_text]")
{
    CHECK(cd::text::jsonString("plain") == "\"plain\"");
    CHECK(cd::text::jsonString("a\"b\\c") == "\"a\\\"b\\\\c\"");
    CHECK(cd::text::jsonString("1\n2\r3\t4\b5\f6") == "\"1\\n2\\r3\\t4\\b5\\f6\"");
    CHECK(cd::text::jsonString("\x01\x1f"s) == "\"\\u0001\\u001f\"");
    CHECK(cd::text::jsonString("nul\0here"s) == "\"nul\\u0000here\"");
    CHECK(cd::text::jsonString("Faltung \xC3\xBC \xE6\xB1\xA0")
          == "\"Faltung \xC3\xBC \xE6\xB1\xA0\"");
    CHECK(cd::text::jsonString("a/b") == "\"a/b\"");
}

TEST_CASE("jsonString replaces ill-formed UTF-8", "[json_text]")
{
    CHECK(cd::text::jsonString("bad \xFF!") == "\"bad \xEF\xBF\xBD!\"");
}

TEST_CASE("jsonNumber writes the shortest exact text", "[json_text]")
{
    CHECK(cd::text::jsonNumber(0.5) == "0.5");
    CHECK(cd::text::jsonNumber(0.1) == "0.1");
    CHECK(cd::text::jsonNumber(1e-5) == "1e-05");
    CHECK(cd::text::jsonNumber(0.1 + 0.2) == "0.30000000000000004");
    CHECK(cd::text::jsonNumber(1.0) == "1");
    CHECK(cd::text::jsonNumber(-2.5) == "-2.5");
    CHECK(cd::text::jsonNumber(0.0) == "0");
    CHECK(cd::text::jsonNumber(-0.0) == "0");
    CHECK(cd::text::jsonNumber(std::nan("")) == "null");
    CHECK(cd::text::jsonNumber(std::numeric_limits<double>::infinity()) == "null");
    CHECK(cd::text::jsonInteger(std::numeric_limits<std::int64_t>::min()) == "-9223372036854775808");
}

TEST_CASE("quotedForMessage keeps messages on one short line", "[json_text]")
{
    CHECK(cd::text::quotedForMessage("kernal") == "\"kernal\"");
    CHECK(cd::text::quotedForMessage("two\nlines") == "\"two\\nlines\"");
    CHECK(cd::text::quotedForMessage("abcdefgh", 3) == "\"abc\"...");
    CHECK(cd::text::quotedForMessage("abc", 3) == "\"abc\"");
    // Characters, not bytes: three CJK characters of three bytes each.
    CHECK(cd::text::quotedForMessage("\xE6\xB1\xA0\xE5\x8C\x96\xE5\xB1\x82", 2)
          == "\"\xE6\xB1\xA0\xE5\x8C\x96\"...");
    // A character outside the BMP is never split.
    CHECK(cd::text::quotedForMessage("\xF0\x9D\x84\x9E\xF0\x9D\x84\x9E", 1)
          == "\"\xF0\x9D\x84\x9E\"...");
}
