// Control characters as visible symbols (see visible_controls.h).

#include "visible_controls.h"

namespace cd {

namespace {

// U+2400 + c in UTF-8: E2 90 80+c (c < 0x40).
void appendControlPicture(std::string &out, unsigned char c)
{
    out += '\xE2';
    out += '\x90';
    out += static_cast<char>(0x80 + c);
}

} // namespace

std::string withVisibleControls(std::string_view utf8)
{
    std::string out;
    out.reserve(utf8.size());
    for (std::size_t i = 0; i < utf8.size(); ++i) {
        const auto c = static_cast<unsigned char>(utf8[i]);
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
            appendControlPicture(out, c);
        } else if (c == 0x7F) {
            appendControlPicture(out, 0x21); // ␡ U+2421
        } else if (c == 0xC2 && i + 1 < utf8.size()
                   && static_cast<unsigned char>(utf8[i + 1]) >= 0x80
                   && static_cast<unsigned char>(utf8[i + 1]) <= 0x9F) {
            out += "\xEF\xBF\xBD"; // U+FFFD: C1 controls have no pictures
            ++i;
        } else {
            out += static_cast<char>(c);
        }
    }
    return out;
}

} // namespace cd
