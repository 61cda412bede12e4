#include "json_line.h"

#include "text/json_text.h"

namespace cd::io {

void JsonLine::addRaw(std::string_view key, const QByteArray &json)
{
    if (!m_fields.isEmpty())
        m_fields += ", ";
    m_fields += text::jsonString(key);
    m_fields += ": ";
    m_fields += json;
}

void JsonLine::add(std::string_view key, std::int64_t value)
{
    addRaw(key, text::jsonInteger(value));
}

void JsonLine::add(std::string_view key, double value)
{
    addRaw(key, text::jsonNumber(value));
}

void JsonLine::add(std::string_view key, bool value)
{
    addRaw(key, value ? QByteArrayLiteral("true") : QByteArrayLiteral("false"));
}

void JsonLine::add(std::string_view key, const std::vector<std::string> &strings)
{
    QByteArray json = "[";
    for (std::size_t i = 0; i < strings.size(); ++i)
        json += (i == 0 ? "" : ", ") + text::jsonString(strings[i]);
    addRaw(key, json + "]");
}

void JsonLine::add(std::string_view key, std::string_view utf8)
{
    addRaw(key, text::jsonString(utf8));
}

void JsonLine::add(std::string_view key, const Pair &pair)
{
    if (pair.isSquare())
        addRaw(key, text::jsonInteger(pair.height));
    else
        addRaw(key,
               '[' + text::jsonInteger(pair.height) + ", " + text::jsonInteger(pair.width) + ']');
}

QByteArray JsonLine::text() const
{
    if (m_fields.isEmpty())
        return QByteArrayLiteral("{}");
    return "{ " + m_fields + " }";
}

} // namespace cd::io
