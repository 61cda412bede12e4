#pragma once

// Names a JSON value in an error message: what the reader found where it wanted something else.

#include <QJsonValue>

#include <cstdint>
#include <optional>
#include <string>

namespace cd::io {

// "string \"3\"", "number 1.5", "true", "null", "an array of 3 elements", "an object".
std::string describeJson(const QJsonValue &value);

// The value as an exact 64-bit integer; nullopt for anything else, including numbers with a
// fraction and numbers outside the 64-bit range (which the parser keeps as doubles).
std::optional<std::int64_t> exactInteger(const QJsonValue &value);

} // namespace cd::io
