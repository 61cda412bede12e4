// The Python spellings the PyTorch exporter writes: identifiers from free-text layer names,
// float literals that read back exactly, string literals and one-line names.

#include "export/python_text.h"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <limits>
#include <string>

using cd::python::IdentifierPool;

TEST_CASE("a layer name becomes a Python identifier, or a fallback when it has none")
{
    struct Row
    {
        const char *name;
        const char *identifier;
    };
    const Row row = GENERATE(values<Row>({
        {"conv1", "conv1"},
        {"b2_1", "b2_1"},           // underscores inside a name stay
        {"conv 1", "conv_1"},       // a space is no identifier character
        {"conv, \"first\"", "conv_first"}, // a run of them becomes one underscore
        {"__dunder__", "dunder"},   // no leading underscore: no private or magic names
        {"a__b", "a_b"},
        {"Faltung \xc3\xbc", "Faltung"}, // non-ASCII letters are dropped (ü)
        {"\xe6\xb1\xa0\xe5\x8c\x96", "conv2d"}, // 池化: nothing left, the fallback
        {"", "conv2d"},
        {"1x1", "conv2d_1x1"},      // an identifier cannot start with a digit
    }));
    CAPTURE(row.name);
    CHECK(cd::python::identifierFrom(row.name, "conv2d") == row.identifier);
}

TEST_CASE("the identifier pool avoids keywords, reserved names and names taken before")
{
    IdentifierPool pool({"forward", "x"});
    CHECK(pool.take("class", "relu") == "class_"); // a keyword
    CHECK(pool.take("match", "relu") == "match_"); // a soft keyword, to be safe
    CHECK(pool.take("forward", "relu") == "forward_"); // would hide nn.Module.forward
    CHECK(pool.take("x", "relu") == "x_");             // forward()'s parameter
    CHECK(pool.take("conv", "relu") == "conv");
    CHECK(pool.take("conv", "relu") == "conv_2");
    CHECK(pool.take("conv!", "relu") == "conv_3"); // sanitised to a name taken twice already
    CHECK(pool.take("conv_2", "relu") == "conv_2_2");
    CHECK(pool.take("", "relu") == "relu");
    CHECK(pool.take("", "relu") == "relu_2");

    IdentifierPool classes({"Net"}, "");
    CHECK(classes.take("Residual", "Block") == "Residual");
    CHECK(classes.take("Residual", "Block") == "Residual2");
    CHECK(classes.take("Net", "Block") == "Net_");
}

TEST_CASE("floats are written as the shortest literal Python reads back as the same double")
{
    CHECK(cd::python::floatLiteral(1e-5) == "1e-05");
    CHECK(cd::python::floatLiteral(0.1) == "0.1");
    CHECK(cd::python::floatLiteral(0.5) == "0.5");
    CHECK(cd::python::floatLiteral(1.0) == "1.0"); // a float, not the int 1
    CHECK(cd::python::floatLiteral(0.0) == "0.0");
    CHECK(cd::python::floatLiteral(0.1 + 0.2) == "0.30000000000000004");
    CHECK(cd::python::floatLiteral(1e22) == "1e+22");
    CHECK(cd::python::floatLiteral(std::numeric_limits<double>::infinity()) == "float(\"inf\")");
    for (const double value : {1e-5, 0.1, 0.3, 0.999, 1.0 / 3.0, 5e-324, 1.7976931348623157e308}) {
        const std::string text = cd::python::floatLiteral(value);
        CAPTURE(text);
        CHECK(std::strtod(text.c_str(), nullptr) == value);
    }
}

TEST_CASE("string literals escape quotes, backslashes and control characters")
{
    CHECK(cd::python::stringLiteral("conv, \"first\"") == R"("conv, \"first\"")");
    CHECK(cd::python::stringLiteral("a\\b") == R"("a\\b")");
    CHECK(cd::python::stringLiteral("a\nb\x1b") == R"("a\nb\x1b")");
    CHECK(cd::python::stringLiteral("Faltung \xc3\xbc") == "\"Faltung \xc3\xbc\""); // UTF-8 kept
    CHECK(cd::python::stringLiteral("bad \xff") == R"("bad \ufffd")"); // not UTF-8
    // Printed, a name stays on its line but keeps its quotes and backslashes as typed.
    CHECK(cd::python::oneLine("a\nb \"c\" d\\e") == R"(a\nb "c" d\e)");
}
