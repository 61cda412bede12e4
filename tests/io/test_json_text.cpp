#include "io/json_text.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <limits>
#include <string>

using namespace std::string_literals;

TEST_CASE("jsonString escapes what JSON needs and keeps UTF-8", "[json_text]")
{
    CHECK(cd::io::jsonString("plain") == "\"plain\"");
    CHECK(cd::io::jsonString("a\"b\\c") == "\"a\\\"b\\\\c\"");
    CHECK(cd::io::jsonString("1\n2\r3\t4\b5\f6") == "\"1\\n2\\r3\\t4\\b5\\f6\"");
    CHECK(cd::io::jsonString("\x01\x1f"s) == "\"\\u0001\\u001f\"");
    CHECK(cd::io::jsonString("nul\0here"s) == "\"nul\\u0000here\"");
    CHECK(cd::io::jsonString("Faltung \xC3\xBC \xE6\xB1\xA0")
          == "\"Faltung \xC3\xBC \xE6\xB1\xA0\"");
    CHECK(cd::io::jsonString("a/b") == "\"a/b\"");
}

TEST_CASE("jsonString replaces ill-formed UTF-8", "[json_text]")
{
    CHECK(cd::io::jsonString("bad \xFF!") == "\"bad \xEF\xBF\xBD!\"");
}

TEST_CASE("jsonNumber writes the shortest exact text", "[json_text]")
{
    CHECK(cd::io::jsonNumber(0.5) == "0.5");
    CHECK(cd::io::jsonNumber(0.1) == "0.1");
    CHECK(cd::io::jsonNumber(1e-5) == "1e-05");
    CHECK(cd::io::jsonNumber(0.1 + 0.2) == "0.30000000000000004");
    CHECK(cd::io::jsonNumber(1.0) == "1");
    CHECK(cd::io::jsonNumber(-2.5) == "-2.5");
    CHECK(cd::io::jsonNumber(0.0) == "0");
    CHECK(cd::io::jsonNumber(-0.0) == "0");
    CHECK(cd::io::jsonNumber(std::nan("")) == "null");
    CHECK(cd::io::jsonNumber(std::numeric_limits<double>::infinity()) == "null");
    CHECK(cd::io::jsonInteger(std::numeric_limits<std::int64_t>::min()) == "-9223372036854775808");
}

TEST_CASE("quotedForMessage keeps messages on one short line", "[json_text]")
{
    CHECK(cd::io::quotedForMessage("kernal") == "\"kernal\"");
    CHECK(cd::io::quotedForMessage("two\nlines") == "\"two\\nlines\"");
    CHECK(cd::io::quotedForMessage("abcdefgh", 3) == "\"abc\"...");
    CHECK(cd::io::quotedForMessage("abc", 3) == "\"abc\"");
    // Characters, not bytes: three CJK characters of three bytes each.
    CHECK(cd::io::quotedForMessage("\xE6\xB1\xA0\xE5\x8C\x96\xE5\xB1\x82", 2)
          == "\"\xE6\xB1\xA0\xE5\x8C\x96\"...");
    // A character outside the BMP is never split.
    CHECK(cd::io::quotedForMessage("\xF0\x9D\x84\x9E\xF0\x9D\x84\x9E", 1)
          == "\"\xF0\x9D\x84\x9E\"...");
}
