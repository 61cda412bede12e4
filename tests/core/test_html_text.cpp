// Text and SVG made safe for the XHTML handout (report/html_text.h): what a name may hold never
// becomes markup or a character XML forbids, and an SVG file's prolog is left out.

#include "report/html_text.h"

#include <catch2/catch.hpp>

TEST_CASE("markup characters in a name become references")
{
    CHECK(cd::htmlEscaped("a<b>&\"c\" 'd'") == "a&lt;b&gt;&amp;&quot;c&quot; &#39;d&#39;");
    CHECK(cd::htmlEscaped("conv 3\u00d73 \u2192 ok") == "conv 3\u00d73 \u2192 ok");
}

TEST_CASE("characters XML 1.0 does not allow are replaced, tab and line feed kept")
{
    // U+0001 as its control picture ␁ (U+2401), like every export shows it.
    CHECK(cd::htmlEscaped(std::string("a\x01"
                                      "b"))
          == "a\u2401b");
    CHECK(cd::htmlEscaped("a\tb\nc") == "a\tb\nc");
    // A lone continuation byte and a truncated sequence: not UTF-8.
    CHECK(cd::htmlEscaped("x\x80y") == "x\uFFFDy");
    CHECK(cd::htmlEscaped("x\xE2\x82") == "x\uFFFD\uFFFD");
    // U+FFFE and U+FFFF are UTF-8 but no XML characters.
    CHECK(cd::htmlEscaped("\xEF\xBF\xBE\xEF\xBF\xBF") == "\uFFFD\uFFFD");
}

TEST_CASE("an SVG document is inlined without its prolog")
{
    const std::string svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"p\"><rect/></svg>";
    CHECK(cd::inlinedSvg(svg) == svg);
    CHECK(cd::inlinedSvg("\n <?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n" + svg
                         + "\n")
          == svg);
    CHECK(cd::inlinedSvg("<?xml version=\"1.0\"?>\n<!-- made by Qt -->\n"
                         "<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" "
                         "\"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\">\n"
                         + svg)
          == svg);
    // An internal subset may hold > inside brackets and quotes.
    CHECK(cd::inlinedSvg("<!DOCTYPE svg [<!ENTITY arrow \"->\">]>" + svg) == svg);
}

TEST_CASE("no picture or an unfinished prolog inlines nothing")
{
    CHECK(cd::inlinedSvg("").empty());
    CHECK(cd::inlinedSvg("  \n").empty());
    CHECK(cd::inlinedSvg("<?xml version=\"1.0\"").empty());
    CHECK(cd::inlinedSvg("<!DOCTYPE svg [").empty());
}
