#pragma once

// Control characters in names made visible before a name reaches a document: a layer name
// is text, and must not move a terminal's cursor, colour its output or clear its screen when
// someone cats a CSV, Markdown or LaTeX export.

#include <string>
#include <string_view>

namespace cd {

// `utf8` with every C0 control character but tab, line feed and carriage return (which each
// format treats itself) and DEL as its Unicode control picture (NUL → ␀ U+2400, ESC → ␛
// U+241B, DEL → ␡ U+2421), and every C1 control (U+0080 … U+009F, a terminal's CSI among
// them) as U+FFFD.
std::string withVisibleControls(std::string_view utf8);

} // namespace cd
