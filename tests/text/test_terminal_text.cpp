// Paths and arguments on a terminal (text/terminal_text.h): printable text as it is, anything
// else quoted with escapes that show every byte.

#include "text/terminal_text.h"

#include <catch2/catch.hpp>

#include <string>

using namespace std::string_literals;

TEST_CASE("printable text is shown as it is", "[terminal_text]")
{
    for (const std::string &path : {"net.cnn.json"s, "/tmp/a b/\"quoted\"\\x.json"s,
                                    "Faltung \u00fc \u6c60\u5316.json"s, ""s}) {
        CAPTURE(path);
        CHECK(cd::text::isPrintableText(path));
        CHECK(cd::text::printablePath(path) == path);
    }
}

TEST_CASE("control characters, bidi controls and bytes that are no UTF-8 are quoted",
          "[terminal_text]")
{
    struct Row
    {
        std::string bytes;
        std::string shown;
    };
    const Row row = GENERATE(values<Row>({
        {"a\nb.json", R"("a\nb.json")"},
        {"a\rb\tc", R"("a\rb\tc")"},
        {"\x1b[2J.json", R"("\x1b[2J.json")"},
        {"\xff.cnn.json", R"("\xff.cnn.json")"},
        {"nul\0x"s, R"("nul\x00x")"},
        {"del\x7f", R"("del\x7f")"},
        {"csi\xc2\x9b"
         "2J",
         R"("csi\xc2\x9b2J")"}, // U+009B
        {"rlo\xe2\x80\xae"
         "txt.exe",
         R"("rlo\xe2\x80\xaetxt.exe")"}, // U+202E
        {"q\"\\\n", R"("q\"\\\n")"},
        {"caf\xe9", R"("caf\xe9")"}, // Latin-1
    }));
    CAPTURE(row.bytes);
    CHECK_FALSE(cd::text::isPrintableText(row.bytes));
    CHECK(cd::text::printablePath(row.bytes) == row.shown);
    CHECK(cd::text::quotedForTerminal(row.bytes) == row.shown);
}

TEST_CASE("quotedForTerminal quotes printable text too, escaping quotes and backslashes",
          "[terminal_text]")
{
    CHECK(cd::text::quotedForTerminal("--x") == R"("--x")");
    CHECK(cd::text::quotedForTerminal(R"(a"b\c)") == R"("a\"b\\c")");
    CHECK(cd::text::quotedForTerminal("\u00fc") == "\"\u00fc\"");
}
