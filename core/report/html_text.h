#pragma once

// Text and pictures made safe to place in an XHTML page (the lecture handout): a name from a
// network file can hold anything, and an SVG file's prolog is not allowed mid-document. The
// page must stay well-formed XML, so what XML forbids is replaced, not only what HTML parses.

#include <string>
#include <string_view>

namespace cd {

// `utf8` as XML character data or an attribute value: & < > " ' as references, control
// characters made visible (withVisibleControls; tab, line feed and carriage return kept), and
// every byte sequence XML 1.0 does not allow (ill-formed UTF-8, U+FFFE, U+FFFF) as U+FFFD.
std::string htmlEscaped(std::string_view utf8);

// An SVG document as an element to inline: its prolog (XML declaration, processing
// instructions, comments, DOCTYPE with any internal subset) and surrounding white space
// removed. Empty when nothing is left.
std::string inlinedSvg(std::string_view svg);

} // namespace cd
