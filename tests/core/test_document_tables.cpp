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
