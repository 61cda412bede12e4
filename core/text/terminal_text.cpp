// Printable text and its quoted form for a terminal (see terminal_text.h).

#include "terminal_text.h"

#include "utf8.h"

#include <algorithm>
#include <cstdio>

namespace cd::text {

namespace {

// The length of the printable character at `at`, or 0 when its bytes must be escaped.
qsizetype printableLength(std::string_view bytes, qsizetype at)
{
    const QByteArrayView view(bytes.data(), static_cast<qsizetype>(bytes.size()));
    const qsizetype length = sequenceLength(view, at);
    const auto byte = [&](qsizetype i) {
        return static_cast<unsigned char>(bytes[at + i]);
    };
    if (length == 1 && (byte(0) < 0x20 || byte(0) == 0x7F))
        return 0; // C0 controls and DEL
    if (length == 2 && byte(0) == 0xC2 && byte(1) <= 0x9F)
        return 0; // C1 controls, U+0080 … U+009F
    if (length == 3 && byte(0) == 0xE2) {
        // U+200E, U+200F, U+202A … U+202E and U+2066 … U+2069: they reorder the text shown.
        const bool marks = byte(1) == 0x80 && (byte(2) == 0x8E || byte(2) == 0x8F);
        const bool embeddings = byte(1) == 0x80 && byte(2) >= 0xAA && byte(2) <= 0xAE;
        const bool isolates = byte(1) == 0x81 && byte(2) >= 0xA6 && byte(2) <= 0xA9;
        if (marks || embeddings || isolates)
            return 0;
    }
    return length;
}

void appendHex(std::string &out, unsigned char c)
{
    char text[8];
    std::snprintf(text, sizeof text, "\\x%02x", c);
    out += text;
}

} // namespace

bool isPrintableText(std::string_view bytes)
{
    for (qsizetype at = 0; at < static_cast<qsizetype>(bytes.size());) {
        const qsizetype length = printableLength(bytes, at);
        if (length == 0)
            return false;
        at += length;
    }
    return true;
}

std::string quotedForTerminal(std::string_view bytes)
{
    std::string out = "\"";
    for (qsizetype at = 0; at < static_cast<qsizetype>(bytes.size());) {
        const auto c = static_cast<unsigned char>(bytes[static_cast<std::size_t>(at)]);
        const qsizetype length = printableLength(bytes, at);
        if (length > 0) {
            if (c == '"' || c == '\\')
                out += '\\';
            out.append(
                bytes.substr(static_cast<std::size_t>(at), static_cast<std::size_t>(length)));
            at += length;
            continue;
        }
        // An escaped character's every byte, so that a C1 control shows as \xc2\x9b.
        const qsizetype escaped = std::max<qsizetype>(
            1,
            sequenceLength(QByteArrayView(bytes.data(), static_cast<qsizetype>(bytes.size())), at));
        for (qsizetype i = 0; i < escaped; ++i) {
            const auto b = static_cast<unsigned char>(bytes[static_cast<std::size_t>(at + i)]);
            if (b == '\n')
                out += "\\n";
            else if (b == '\r')
                out += "\\r";
            else if (b == '\t')
                out += "\\t";
            else
                appendHex(out, b);
        }
        at += escaped;
    }
    return out + '"';
}

std::string printablePath(std::string_view bytes)
{
    return isPrintableText(bytes) ? std::string(bytes) : quotedForTerminal(bytes);
}

} // namespace cd::text
