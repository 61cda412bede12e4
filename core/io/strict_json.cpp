// The checks Qt's JSON parser leaves out (see strict_json.h): one pass over text it has
// already parsed, so the syntax is known to be right and only strings and objects matter.

#include "strict_json.h"

#include "text/json_text.h"
#include "text_position.h"

#include <algorithm>
#include <cstdio>
#include <unordered_map>
#include <vector>

namespace cd::io {

namespace {

std::string at(QByteArrayView text, qsizetype offset)
{
    const TextPosition position = textPosition(text, offset);
    return "line " + std::to_string(position.line) + ", column " + std::to_string(position.column);
}

// How JSON writes a control character inside a string.
std::string escapeFor(unsigned char c)
{
    switch (c) {
    case '\b': return "\\b";
    case '\f': return "\\f";
    case '\n': return "\\n";
    case '\r': return "\\r";
    case '\t': return "\\t";
    default: break;
    }
    char text[8];
    std::snprintf(text, sizeof text, "\\u%04x", c);
    return text;
}

void appendUtf8(std::string &out, char32_t c)
{
    if (c < 0x80) {
        out += static_cast<char>(c);
    } else if (c < 0x800) {
        out += static_cast<char>(0xC0 | (c >> 6));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        out += static_cast<char>(0xE0 | (c >> 12));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (c >> 18));
        out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    }
}

// One object or array being read, and how the path names what is inside it.
struct Frame
{
    bool object = false;
    std::string path;                                // "", "input", "layers[2]"
    std::unordered_map<std::string, qsizetype> keys; // object: each key's offset
    std::string key;                                 // object: the key of the next value
    bool expectingKey = false;                       // object: a string here is a key
    qsizetype index = 0;                             // array: the next element's index
};

class Scanner
{
public:
    explicit Scanner(QByteArrayView text)
        : m_text(text)
    {}

    std::string run()
    {
        while (m_at < m_text.size() && m_problem.empty()) {
            const char c = m_text[m_at];
            if (c == '"')
                readString();
            else if (c == '{' || c == '[')
                open(c == '{');
            else if (c == '}' || c == ']')
                close();
            else if (c == ',')
                separate();
            else
                ++m_at; // white space, ':', numbers, true, false, null
        }
        return m_problem;
    }

private:
    // The path of the value that starts now, inside the innermost frame.
    std::string childPath() const
    {
        if (m_frames.empty())
            return {};
        const Frame &frame = m_frames.back();
        if (!frame.object)
            return frame.path + "[" + std::to_string(frame.index) + "]";
        return frame.path.empty() ? frame.key : frame.path + "." + frame.key;
    }

    void open(bool object)
    {
        Frame frame;
        frame.object = object;
        frame.path = childPath();
        frame.expectingKey = object;
        m_frames.push_back(std::move(frame));
        ++m_at;
    }

    void close()
    {
        if (!m_frames.empty())
            m_frames.pop_back();
        ++m_at;
    }

    void separate()
    {
        if (!m_frames.empty()) {
            Frame &frame = m_frames.back();
            if (frame.object)
                frame.expectingKey = true;
            else
                ++frame.index;
        }
        ++m_at;
    }

    // From the opening quote past the closing one; a key is decoded, as "k\u0065y" is "key".
    void readString()
    {
        const qsizetype start = m_at++;
        const bool isKey
            = !m_frames.empty() && m_frames.back().object && m_frames.back().expectingKey;
        std::string decoded;
        char32_t highSurrogate = 0; // a \u high surrogate waiting for its low half
        while (m_at < m_text.size() && m_text[m_at] != '"') {
            const auto c = static_cast<unsigned char>(m_text[m_at]);
            if (c < 0x20) {
                m_problem = "malformed JSON at " + at(m_text, m_at) + ": raw control character U+"
                            + hex4(c) + " in a string; write it as " + escapeFor(c);
                return;
            }
            if (c != '\\') {
                if (isKey)
                    decoded += static_cast<char>(c);
                ++m_at;
                continue;
            }
            const char escape = m_at + 1 < m_text.size() ? m_text[m_at + 1] : '\0';
            m_at += 2;
            if (!isKey)
                continue; // a \u's digits are plain characters to skip
            if (escape != 'u') {
                decoded += simpleEscape(escape);
                continue;
            }
            const qsizetype from = std::min(m_at, m_text.size());
            const char32_t unit
                = hexValue(m_text.sliced(from, std::min<qsizetype>(4, m_text.size() - from)));
            m_at += 4;
            if (unit >= 0xD800 && unit < 0xDC00) {
                highSurrogate = unit;
                continue;
            }
            if (unit >= 0xDC00 && unit < 0xE000 && highSurrogate != 0) {
                appendUtf8(decoded, 0x10000 + ((highSurrogate - 0xD800) << 10) + (unit - 0xDC00));
                highSurrogate = 0;
                continue;
            }
            appendUtf8(decoded, unit);
        }
        ++m_at; // the closing quote
        if (isKey)
            addKey(std::move(decoded), start);
    }

    void addKey(std::string key, qsizetype offset)
    {
        Frame &frame = m_frames.back();
        frame.expectingKey = false;
        const auto [it, added] = frame.keys.emplace(key, offset);
        if (!added) {
            m_problem = "duplicate key " + text::quotedForMessage(key)
                        + (frame.path.empty() ? std::string() : " in " + frame.path) + " at "
                        + at(m_text, offset) + " (first at " + at(m_text, it->second)
                        + "): a key may appear only once in an object";
            return;
        }
        frame.key = std::move(key);
    }

    static std::string hex4(unsigned char c)
    {
        char text[8];
        std::snprintf(text, sizeof text, "%04X", c);
        return text;
    }

    static char simpleEscape(char escape)
    {
        switch (escape) {
        case 'b': return '\b';
        case 'f': return '\f';
        case 'n': return '\n';
        case 'r': return '\r';
        case 't': return '\t';
        default: return escape; // " \ /
        }
    }

    static char32_t hexValue(QByteArrayView digits)
    {
        char32_t value = 0;
        for (const char d : digits) {
            value <<= 4;
            if (d >= '0' && d <= '9')
                value |= static_cast<char32_t>(d - '0');
            else if (d >= 'a' && d <= 'f')
                value |= static_cast<char32_t>(d - 'a' + 10);
            else if (d >= 'A' && d <= 'F')
                value |= static_cast<char32_t>(d - 'A' + 10);
        }
        return value;
    }

    QByteArrayView m_text;
    qsizetype m_at = 0;
    std::vector<Frame> m_frames;
    std::string m_problem;
};

} // namespace

std::string strictJsonProblem(QByteArrayView text)
{
    return Scanner(text).run();
}

} // namespace cd::io
