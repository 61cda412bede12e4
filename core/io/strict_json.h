#pragma once

// What Qt's JSON parser accepts that a network file may not hold: raw control characters in
// strings (RFC 8259 forbids them; Qt takes even NUL) and a key twice in one object (Qt keeps
// the last, so a file could say two things and be read as one of them).

#include <QByteArrayView>

#include <string>

namespace cd::io {

// The first such problem in `text`, which Qt's parser has accepted, as one line that names
// its place: "malformed JSON at line 4, column 14: raw control character U+0000 in a string;
// write it as \u0000", or "duplicate key "width" in input at line 5, column 55 (first at
// line 5, column 42): a key may appear only once in an object". "" when there is none.
std::string strictJsonProblem(QByteArrayView text);

} // namespace cd::io
