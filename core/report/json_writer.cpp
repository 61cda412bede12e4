#include "json_writer.h"

#include "text/json_text.h"

namespace cd {

void JsonWriter::newline()
{
    m_out += '\n';
    m_out.append(2 * m_levels.size(), ' ');
}

void JsonWriter::beforeValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_levels.empty())
        return;
    Level &level = m_levels.back();
    if (level.count++ > 0)
        m_out += level.compact ? ", " : ",";
    if (!level.compact)
        newline();
}

void JsonWriter::beginObject()
{
    beforeValue();
    m_out += '{';
    m_levels.push_back({false, 0});
}

void JsonWriter::endObject()
{
    const bool empty = m_levels.back().count == 0;
    m_levels.pop_back();
    if (!empty)
        newline();
    m_out += '}';
}

void JsonWriter::beginArray(bool compact)
{
    beforeValue();
    m_out += '[';
    const bool insideCompact = !m_levels.empty() && m_levels.back().compact;
    m_levels.push_back({compact || insideCompact, 0});
}

void JsonWriter::endArray()
{
    const Level level = m_levels.back();
    m_levels.pop_back();
    if (!level.compact && level.count > 0)
        newline();
    m_out += ']';
}

void JsonWriter::key(std::string_view name)
{
    beforeValue();
    m_out += cd::text::jsonString(name).toStdString();
    m_out += ": ";
    m_afterKey = true;
}

void JsonWriter::value(std::int64_t number)
{
    beforeValue();
    m_out += std::to_string(number);
}

void JsonWriter::value(double number)
{
    beforeValue();
    m_out += cd::text::jsonNumber(number).toStdString();
}

void JsonWriter::value(bool flag)
{
    beforeValue();
    m_out += flag ? "true" : "false";
}

void JsonWriter::value(std::string_view text)
{
    beforeValue();
    m_out += cd::text::jsonString(text).toStdString();
}

void JsonWriter::null()
{
    beforeValue();
    m_out += "null";
}

void JsonWriter::values(const std::vector<std::int64_t> &numbers)
{
    beginArray(true);
    for (const std::int64_t n : numbers)
        value(n);
    endArray();
}

std::string JsonWriter::finish()
{
    return m_out + '\n';
}

} // namespace cd
