#include "json_describe.h"

#include "text/json_text.h"

#include <QJsonArray>

#include <cmath>

namespace cd::io {

std::optional<std::int64_t> exactInteger(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    // toInteger() answers its fallback when the number is not an exact qint64; asking with two
    // fallbacks tells that apart from a number that happens to equal one of them.
    const qint64 first = value.toInteger(0);
    if (first != 0 || value.toInteger(1) == 0)
        return first;
    return std::nullopt;
}

std::string describeJson(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null: return "null";
    case QJsonValue::Bool: return value.toBool() ? "true" : "false";
    case QJsonValue::Double: {
        if (const std::optional<std::int64_t> integer = exactInteger(value))
            return "number " + text::jsonInteger(*integer).toStdString();
        const double number = value.toDouble();
        std::string text = "number " + text::jsonNumber(number).toStdString();
        // Without this, "must be an integer, got number 9223372036854776000" reads as a lie.
        if (number == std::trunc(number))
            text += ", outside the 64-bit range";
        return text;
    }
    case QJsonValue::String:
        return "string " + text::quotedForMessage(value.toString().toStdString());
    case QJsonValue::Array: {
        const qsizetype size = value.toArray().size();
        if (size == 0)
            return "an empty array";
        return "an array of " + std::to_string(size) + (size == 1 ? " element" : " elements");
    }
    case QJsonValue::Object: return "an object";
    case QJsonValue::Undefined: break;
    }
    return "nothing";
}

} // namespace cd::io
