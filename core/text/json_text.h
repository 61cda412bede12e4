#pragma once

// JSON spellings of values, shared by the network file's writer (file text) and reader
// (messages that quote what a file holds) and by the report's JSON writer. A library of its own
// so that report/ gets the same spelling without depending on io/.

#include <QByteArray>

#include <cstdint>
#include <string>
#include <string_view>

namespace cd::text {

// `utf8` as a JSON string literal with its quotes. Non-ASCII text is kept as UTF-8; control
// characters are escaped, so the result is always one line. Ill-formed UTF-8 becomes U+FFFD,
// which keeps a written file readable.
QByteArray jsonString(std::string_view utf8);
// The shortest text that parses back to the same double; zero is written "0" whatever its
// sign, so writing is stable across a read. Not finite: "null" (JSON has no spelling).
QByteArray jsonNumber(double value);
QByteArray jsonInteger(std::int64_t value);

// `utf8` quoted and escaped like jsonString, cut after `maxCharacters` characters with "..."
// so that a message stays one short line.
std::string quotedForMessage(std::string_view utf8, qsizetype maxCharacters = 40);

} // namespace cd::text

