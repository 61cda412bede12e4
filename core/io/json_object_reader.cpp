#include "json_object_reader.h"

#include "json_describe.h"
#include "text/json_text.h"

#include <QLatin1String>

#include <algorithm>

namespace cd::io {

namespace {

QLatin1String latin1(std::string_view key)
{
    return QLatin1String(key.data(), static_cast<qsizetype>(key.size()));
}

std::string joined(std::span<const std::string_view> names)
{
    std::string text;
    for (const std::string_view name : names) {
        if (!text.empty())
            text += ", ";
        text += name;
    }
    return text;
}

} // namespace

JsonObjectReader::JsonObjectReader(const QJsonObject &object, std::string objectName,
                                   std::string subjectPrefix, std::string &error)
    : m_object(object)
    , m_objectName(std::move(objectName))
    , m_subjectPrefix(std::move(subjectPrefix))
    , m_error(error)
{}

void JsonObjectReader::fail(std::string message)
{
    if (ok())
        m_error = std::move(message);
}

std::string JsonObjectReader::subject(std::string_view key) const
{
    return m_subjectPrefix + std::string(key);
}

QJsonValue JsonObjectReader::value(std::string_view key) const
{
    return m_object.value(latin1(key));
}

void JsonObjectReader::rejectUnknownKeys(std::span<const std::string_view> known)
{
    if (!ok())
        return;
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        const std::string key = it.key().toStdString();
        if (std::find(known.begin(), known.end(), key) != known.end())
            continue;
        const std::string quoted = text::quotedForMessage(key);
        fail(m_objectName.empty() ? "unknown top-level key " + quoted
                                  : m_objectName + ": unknown key " + quoted);
        return;
    }
}

std::optional<QJsonValue> JsonObjectReader::present(std::string_view key, Need need)
{
    if (!ok())
        return std::nullopt;
    const QJsonValue found = value(key);
    if (found.isUndefined()) {
        if (need == Need::Required)
            fail(subject(key) + " is missing");
        return std::nullopt;
    }
    return found;
}

void JsonObjectReader::failType(std::string_view key, std::string_view expected,
                                const QJsonValue &found)
{
    fail(subject(key) + " must be " + std::string(expected) + ", got " + describeJson(found));
}

void JsonObjectReader::read(std::string_view key, std::int64_t &out, Need need)
{
    const std::optional<QJsonValue> found = present(key, need);
    if (!found)
        return;
    if (const std::optional<std::int64_t> integer = exactInteger(*found))
        out = *integer;
    else
        failType(key, "an integer", *found);
}

void JsonObjectReader::read(std::string_view key, double &out, Need need)
{
    const std::optional<QJsonValue> found = present(key, need);
    if (!found)
        return;
    if (found->isDouble())
        out = found->toDouble();
    else
        failType(key, "a number", *found);
}

void JsonObjectReader::read(std::string_view key, bool &out, Need need)
{
    const std::optional<QJsonValue> found = present(key, need);
    if (!found)
        return;
    if (found->isBool())
        out = found->toBool();
    else
        failType(key, "true or false", *found);
}

void JsonObjectReader::read(std::string_view key, std::string &out, Need need)
{
    const std::optional<QJsonValue> found = present(key, need);
    if (!found)
        return;
    if (found->isString())
        out = found->toString().toStdString();
    else
        failType(key, "a string", *found);
}

void JsonObjectReader::read(std::string_view key, std::optional<std::vector<std::string>> &out)
{
    const std::optional<QJsonValue> found = present(key, Need::Optional);
    if (!found)
        return;
    if (!found->isArray()) {
        failType(key, "an array of layer names", *found);
        return;
    }
    std::vector<std::string> names;
    for (const QJsonValue &item : found->toArray()) {
        if (!item.isString()) {
            failType(key, "an array of layer names", item);
            return;
        }
        names.push_back(item.toString().toStdString());
    }
    out = std::move(names);
}

void JsonObjectReader::read(std::string_view key, Pair &out, Need need)
{
    readPair(key, out, need, "an integer or [height, width]");
}

void JsonObjectReader::read(std::string_view key, std::optional<Pair> &out, Need need)
{
    if (!present(key, need))
        return;
    Pair pair;
    readPair(key, pair, Need::Optional, "an integer or [height, width]");
    if (ok())
        out = pair;
}

void JsonObjectReader::readPair(std::string_view key, Pair &out, Need need,
                                std::string_view expected)
{
    const std::optional<QJsonValue> found = present(key, need);
    if (!found)
        return;
    if (const std::optional<std::int64_t> integer = exactInteger(*found)) {
        out = Pair::square(*integer);
        return;
    }
    const QJsonArray array = found->toArray();
    if (!found->isArray() || array.size() != 2) {
        failType(key, expected, *found);
        return;
    }
    const std::optional<std::int64_t> height = exactInteger(array.at(0));
    const std::optional<std::int64_t> width = exactInteger(array.at(1));
    if (!height)
        failType(std::string(key) + "[0]", "an integer", array.at(0));
    else if (!width)
        failType(std::string(key) + "[1]", "an integer", array.at(1));
    else
        out = Pair{*height, *width};
}

std::optional<std::string> JsonObjectReader::readChoice(std::string_view key,
                                                        std::span<const std::string_view> allowed,
                                                        Need need)
{
    const std::optional<QJsonValue> found = present(key, need);
    if (!found)
        return std::nullopt;
    const std::string text = found->toString().toStdString();
    if (!found->isString() || std::find(allowed.begin(), allowed.end(), text) == allowed.end()) {
        failType(key, "one of " + joined(allowed), *found);
        return std::nullopt;
    }
    return text;
}

std::optional<QJsonObject> JsonObjectReader::readObject(std::string_view key, Need need)
{
    const std::optional<QJsonValue> found = present(key, need);
    if (!found)
        return std::nullopt;
    if (found->isObject())
        return found->toObject();
    failType(key, "an object", *found);
    return std::nullopt;
}

std::optional<QJsonArray> JsonObjectReader::readArray(std::string_view key, Need need)
{
    const std::optional<QJsonValue> found = present(key, need);
    if (!found)
        return std::nullopt;
    if (found->isArray())
        return found->toArray();
    failType(key, "an array", *found);
    return std::nullopt;
}

} // namespace cd::io
