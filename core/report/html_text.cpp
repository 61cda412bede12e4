// Escaping for the XHTML handout (see html_text.h).

#include "html_text.h"

#include "text/utf8.h"
#include "visible_controls.h"

namespace cd {

namespace {

constexpr std::string_view replacement = "\xEF\xBF\xBD"; // U+FFFD

// U+FFFE and U+FFFF are well-formed UTF-8 that XML 1.0's Char production leaves out.
bool isXmlNonCharacter(std::string_view sequence)
{
    return sequence == "\xEF\xBF\xBE" || sequence == "\xEF\xBF\xBF";
}

std::string_view trimmedStart(std::string_view text)
{
    const std::size_t start = text.find_first_not_of(" \t\r\n");
    return start == std::string_view::npos ? std::string_view() : text.substr(start);
}

// `text` past the construct that opens it and ends with `close`; empty when it never ends.
std::string_view past(std::string_view text, std::string_view close)
{
    const std::size_t end = text.find(close);
    return end == std::string_view::npos ? std::string_view() : text.substr(end + close.size());
}

// `text` (starting "<!DOCTYPE") past the declaration, whose internal subset in [ ] may hold >.
std::string_view pastDoctype(std::string_view text)
{
    int depth = 0;
    char quote = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quote) {
            if (c == quote)
                quote = 0;
        } else if (c == '"' || c == '\'') {
            quote = c;
        } else if (c == '[') {
            ++depth;
        } else if (c == ']') {
            --depth;
        } else if (c == '>' && depth <= 0) {
            return text.substr(i + 1);
        }
    }
    return {};
}

} // namespace

std::string htmlEscaped(std::string_view utf8)
{
    const std::string visible = withVisibleControls(utf8);
    const QByteArrayView bytes(visible.data(), static_cast<qsizetype>(visible.size()));
    std::string out;
    out.reserve(visible.size());
    for (qsizetype i = 0; i < bytes.size();) {
        const qsizetype length = text::sequenceLength(bytes, i);
        if (length == 0) {
            out += replacement;
            ++i;
            continue;
        }
        const std::string_view sequence(visible.data() + i, static_cast<std::size_t>(length));
        i += length;
        if (isXmlNonCharacter(sequence)) {
            out += replacement;
            continue;
        }
        switch (sequence[0]) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\'': out += "&#39;"; break;
        default: out += sequence;
        }
    }
    return out;
}

std::string inlinedSvg(std::string_view svg)
{
    std::string_view rest = trimmedStart(svg);
    while (!rest.empty()) {
        if (rest.starts_with("<?"))
            rest = past(rest, "?>");
        else if (rest.starts_with("<!--"))
            rest = past(rest, "-->");
        else if (rest.starts_with("<!DOCTYPE") || rest.starts_with("<!doctype"))
            rest = pastDoctype(rest);
        else
            break;
        rest = trimmedStart(rest);
    }
    const std::size_t end = rest.find_last_not_of(" \t\r\n");
    return std::string(end == std::string_view::npos ? std::string_view()
                                                     : rest.substr(0, end + 1));
}

} // namespace cd
