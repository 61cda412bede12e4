#pragma once

// Builds one JSON object on one line, keys in the order they are added: the writer's files
// keep the format's order, which QJsonObject (sorted keys) cannot.

#include "layer.h"

#include <QByteArray>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace cd::io {

class JsonLine
{
public:
    void add(std::string_view key, std::int64_t value);
    void add(std::string_view key, double value);
    void add(std::string_view key, bool value);
    void add(std::string_view key, std::string_view utf8);
    // One integer when height == width, else [height, width].
    void add(std::string_view key, const Pair &pair);
    // ["a", "b"]
    void add(std::string_view key, const std::vector<std::string> &strings);

    // "{ "a": 1, "b": [2, 3] }"; "{}" when nothing was added.
    QByteArray text() const;

private:
    void addRaw(std::string_view key, const QByteArray &json);

    QByteArray m_fields;
};

} // namespace cd::io
