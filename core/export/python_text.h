#pragma once

// How values are spelled in generated Python source: string literals, floats that read back
// exactly, and identifiers made from free-text names. Pure text, so that the PyTorch exporter
// and its tests share one spelling.

#include <set>
#include <string>
#include <string_view>

namespace cd::python {

// `utf8` as a double-quoted Python literal: backslash, quote and control characters escaped,
// well-formed non-ASCII kept (Python source is UTF-8), ill-formed bytes as \ufffd.
std::string stringLiteral(std::string_view utf8);
// The literal's contents without the quotes: safe on one line of a comment.
std::string escaped(std::string_view utf8);
// `utf8` with only its control characters escaped (\n, \t, \x1b), so that printed it stays
// one line and otherwise reads as written.
std::string oneLine(std::string_view utf8);
// The shortest decimal that Python reads back as the same double, always a float literal
// ("0.5", "1e-05", "1.0"); non-finite values as float("inf") / float("nan").
std::string floatLiteral(double value);
// "True" / "False".
std::string_view boolLiteral(bool value);

// True for Python's keywords (and soft keywords), which no identifier may be.
bool isKeyword(std::string_view word);

// Hands out distinct Python identifiers made from free-text names. A name keeps its ASCII
// letters, digits and underscores; every other run of characters becomes one underscore;
// a leading digit gets a prefix; a keyword or a reserved name (one the generated code already
// uses) gets a trailing underscore; a name taken before gets "_2", "_3", ... (or "2", "3" with
// an empty separator, for class names).
class IdentifierPool
{
public:
    explicit IdentifierPool(std::set<std::string> reserved, std::string separator = "_");
    // A fresh identifier for `name`; `fallback` (an identifier) replaces a name with no ASCII
    // letter or digit.
    std::string take(std::string_view name, std::string_view fallback);
    bool isTaken(const std::string &identifier) const;

private:
    std::set<std::string> m_reserved;
    std::set<std::string> m_taken;
    std::string m_separator;
};

// The identifier part of `name` before uniqueness: the first rules of IdentifierPool.
std::string identifierFrom(std::string_view name, std::string_view fallback);

} // namespace cd::python
