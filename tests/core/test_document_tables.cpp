// The Markdown and LaTeX tables (report/markdown_table.h, latex_table.h): totals, memory terms
// and escaping of what a layer name may hold.

#include "analysis.h"
#include "report/latex_table.h"
#include "report/markdown_table.h"

#include <catch2/catch.hpp>

namespace {

cd::Analysis smallNetwork(const std::string &firstName)
{
    cd::Network network;
    network.name = "small";
    network.input = {3, 8, 8};
    cd::Conv2d conv;
    conv.outChannels = 4; // weights 4·3·3·3 = 108, biases 4; output 4×6×6
    network.append(conv, firstName);
    network.append(cd::Flatten{});
    return cd::analyze(network);
}

} // namespace

TEST_CASE("the Markdown table has a header, right-aligned numbers, totals and the memory terms")
{
    const std::string md = cd::markdownTable(smallNetwork("conv|1"));
    CHECK(md.find("| # | name | type | inputs | block | output | weights |") != std::string::npos);
    CHECK(md.find("| ---: | --- | --- | --- | --- | --- | ---: |") != std::string::npos);
    CHECK(md.find("| 0 | conv\\|1 | conv2d | input |  | 4\u00d76\u00d76 | 108 | 4 |") != std::string::npos);
    CHECK(md.find("|  | total |  |  |  |  | 108 | 4 |") != std::string::npos);
    // A = 192 + 144 (the input and the conv's output; flatten is a view), P = 112.
    CHECK(md.find("- training = 4 B \u00d7 (2 \u00d7 1 \u00d7 336 + 3 \u00d7 112)")
          != std::string::npos);
}

TEST_CASE("the LaTeX table escapes special characters and typesets times")
{
    CHECK(cd::latexEscaped("a_b & 50% #1 {x} $") == "a\\_b \\& 50\\% \\#1 \\{x\\} \\$");
    const std::string tex = cd::latexTable(smallNetwork("conv_1"));
    CHECK(tex.find("\\begin{tabular}{rlllllrrrrrll}") != std::string::npos);
    CHECK(tex.find("0 & conv\\_1 & conv2d & input &  & 4$\\times$6$\\times$6 & 108 & 4") != std::string::npos);
    CHECK(tex.find("\\midrule\n & total") != std::string::npos);
    CHECK(tex.find("\\bottomrule") != std::string::npos);
}

TEST_CASE("an invalid network's document tables list its error instead of memory")
{
    cd::Network network;
    network.input = {3, 4, 4};
    cd::Conv2d conv;
    conv.kernel = cd::Pair::square(9);
    network.append(conv);
    const std::string md = cd::markdownTable(cd::analyze(network));
    CHECK(md.find("- The network is invalid:") != std::string::npos);
    CHECK(md.find("kernel 9 is larger than the padded input") != std::string::npos);
    CHECK(md.find("total") == std::string::npos);
}

// Issue 9: names are text, never markup, in every document.
TEST_CASE("Markdown escapes HTML, links and emphasis in names", "[markdown]")
{
    const std::string md = cd::markdownTable(smallNetwork("<img src=x onerror=alert(1)>"));
    CHECK(md.find("| 0 | \\<img src=x onerror=alert(1)\\> | conv2d |") != std::string::npos);
    for (std::size_t at = md.find('<'); at != std::string::npos; at = md.find('<', at + 1))
        CHECK(md[at - 1] == '\\'); // every < escaped

    const std::string links = cd::markdownTable(smallNetwork("[click](http://x) *b* _i_ `c` a\\b"));
    CHECK(links.find("| 0 | \\[click\\](http://x) \\*b\\* \\_i\\_ \\`c\\` a\\\\b |")
          != std::string::npos);
}

TEST_CASE("Markdown shows control characters instead of writing them", "[markdown]")
{
    const std::string md = cd::markdownTable(smallNetwork("a\x1b[2Jb\x01"));
    CHECK(md.find("| 0 | a\u241b\\[2Jb\u2401 |") != std::string::npos);
    CHECK(md.find('\x1b') == std::string::npos);
}

TEST_CASE("LaTeX: a U+0001 in a name is no times sign, and no control character gets through",
          "[latex]")
{
    const std::string tex = cd::latexTable(smallNetwork("a\x01"
                                                        "b"));
    CHECK(tex.find("0 & a\u2401b & conv2d") != std::string::npos);
    CHECK(tex.find('\x01') == std::string::npos);
    // The times sign is still typeset.
    CHECK(tex.find("4$\\times$6$\\times$6") != std::string::npos);
}

TEST_CASE("LaTeX: a CR in the network name cannot end the % comment line", "[latex]")
{
    cd::Network network;
    network.name = "x\r\\input{/etc/passwd}\ny";
    network.input = {1, 4, 4};
    network.append(cd::ReLU{});
    const std::string tex = cd::latexTable(cd::analyze(network));
    const std::string firstLine = tex.substr(0, tex.find('\n'));
    CHECK(firstLine.find('\r') == std::string::npos);
    CHECK(firstLine.find("\\begin") == std::string::npos);
    CHECK(tex.find("\\input") == std::string::npos);
    CHECK(firstLine.find("(ConvDesigner)") != std::string::npos);
}
