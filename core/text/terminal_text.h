#pragma once

// Bytes from outside (a path, a command-line argument) shown on a terminal: as they are when
// they are printable text, else quoted with escapes, so that a newline cannot split a message
// in two, an escape sequence cannot reach the terminal and a byte that is no UTF-8 is seen.

#include <string>
#include <string_view>

namespace cd::text {

// Whether `bytes` is well-formed UTF-8 without control characters (C0, DEL, C1) or
// bidirectional controls, which would reorder what a terminal shows.
bool isPrintableText(std::string_view bytes);

// `bytes` in double quotes with C escapes: \" \\ \n \r \t, and \xHH for every other control
// byte, bidirectional control and byte that is no UTF-8. Printable text is kept as it is.
std::string quotedForTerminal(std::string_view bytes);

// A path (or argument) as given when it is printable text, else quotedForTerminal().
std::string printablePath(std::string_view bytes);

} // namespace cd::text
