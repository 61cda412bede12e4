#include "python_text.h"

#include <array>
#include <charconv>
#include <cmath>
#include <cstdint>

namespace cd::python {

namespace {

// The length of the well-formed UTF-8 sequence at `at`, or 0 (Unicode Table 3-7).
std::size_t utf8SequenceLength(std::string_view s, std::size_t at)
{
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(s[i]); };
    const unsigned char b0 = byte(at);
    std::size_t length = 0;
    unsigned char low = 0x80, high = 0xBF; // the second byte's range
    if (b0 >= 0xC2 && b0 <= 0xDF)
        length = 2;
    else if (b0 >= 0xE0 && b0 <= 0xEF) {
        length = 3;
        if (b0 == 0xE0)
            low = 0xA0;
        if (b0 == 0xED)
            high = 0x9F; // no surrogates
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
        length = 4;
        if (b0 == 0xF0)
            low = 0x90;
        if (b0 == 0xF4)
            high = 0x8F;
    } else
        return 0;
    if (at + length > s.size() || byte(at + 1) < low || byte(at + 1) > high)
        return 0;
    for (std::size_t i = 2; i < length; ++i)
        if (byte(at + i) < 0x80 || byte(at + i) > 0xBF)
            return 0;
    return length;
}

bool isIdentifierChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

// Python's escapes for control characters, and for quote and backslash when `literal`.
std::string escapedText(std::string_view utf8, bool literal)
{
    static constexpr char hex[] = "0123456789abcdef";
    std::string out;
    for (std::size_t i = 0; i < utf8.size();) {
        const auto c = static_cast<unsigned char>(utf8[i]);
        if (c >= 0x80) {
            const std::size_t length = utf8SequenceLength(utf8, i);
            if (length == 0) {
                out += "\\ufffd";
                ++i;
            } else {
                out.append(utf8.substr(i, length));
                i += length;
            }
            continue;
        }
        switch (c) {
        case '\\': out += literal ? "\\\\" : "\\"; break;
        case '"': out += literal ? "\\\"" : "\""; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
            if (c < 0x20 || c == 0x7F) {
                out += "\\x";
                out += hex[c >> 4];
                out += hex[c & 0xF];
            } else
                out += static_cast<char>(c);
        }
        ++i;
    }
    return out;
}

} // namespace

std::string escaped(std::string_view utf8)
{
    return escapedText(utf8, true);
}

std::string oneLine(std::string_view utf8)
{
    return escapedText(utf8, false);
}

std::string stringLiteral(std::string_view utf8)
{
    return '"' + escaped(utf8) + '"';
}

std::string floatLiteral(double value)
{
    if (std::isnan(value))
        return "float(\"nan\")";
    if (std::isinf(value))
        return value > 0 ? "float(\"inf\")" : "-float(\"inf\")";
    std::array<char, 64> buffer{};
    const auto [end, ec] = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
    std::string text(buffer.data(), ec == std::errc{} ? end : buffer.data());
    // to_chars writes 1.0 as "1", which Python reads as an int: keep every value a float.
    if (text.find_first_of(".e") == std::string::npos)
        text += ".0";
    return text;
}

std::string_view boolLiteral(bool value)
{
    return value ? "True" : "False";
}

bool isKeyword(std::string_view word)
{
    static const std::set<std::string_view> keywords = {
        "False", "None",   "True",    "and",      "as",       "assert", "async",
        "await", "break",  "class",   "continue", "def",      "del",    "elif",
        "else",  "except", "finally", "for",      "from",     "global", "if",
        "import", "in",    "is",      "lambda",   "nonlocal", "not",    "or",
        "pass",  "raise",  "return",  "try",      "while",    "with",   "yield",
        "match", "case",   "_"};
    return keywords.count(word) > 0;
}

std::string identifierFrom(std::string_view name, std::string_view fallback)
{
    std::string id;
    bool pendingUnderscore = false;
    for (const char c : name) {
        if (isIdentifierChar(c) && c != '_') {
            if (pendingUnderscore && !id.empty())
                id += '_';
            pendingUnderscore = false;
            id += c;
        } else
            pendingUnderscore = true; // runs of other characters (and of _) become one _
    }
    // Keep the underscores the name had inside it ("b2_1" stays, "a__b" becomes "a_b").
    if (id.empty())
        return std::string(fallback);
    if (id.front() >= '0' && id.front() <= '9')
        id = std::string(fallback) + '_' + id;
    return id;
}

IdentifierPool::IdentifierPool(std::set<std::string> reserved, std::string separator)
    : m_reserved(std::move(reserved))
    , m_separator(std::move(separator))
{}

bool IdentifierPool::isTaken(const std::string &identifier) const
{
    return m_taken.count(identifier) > 0 || m_reserved.count(identifier) > 0
           || isKeyword(identifier);
}

std::string IdentifierPool::take(std::string_view name, std::string_view fallback)
{
    std::string base = identifierFrom(name, fallback);
    if (isKeyword(base) || m_reserved.count(base) > 0)
        base += '_';
    std::string id = base;
    for (int n = 2; isTaken(id); ++n)
        id = base + m_separator + std::to_string(n);
    m_taken.insert(id);
    return id;
}

} // namespace cd::python
