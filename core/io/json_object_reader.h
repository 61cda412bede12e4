#pragma once

// Reads the fields of one JSON object into value types and names the field in every message.
// The first problem is kept and turns later calls into no-ops, so a caller reads all fields in
// the format's order and checks ok() once.

#include "layer.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace cd::io {

enum class Need { Optional, Required };

class JsonObjectReader
{
public:
    // `objectName` names the object in "unknown key" messages ("input", "layers[3] (conv2d)";
    // empty for the top level). `subjectPrefix` goes before a key to name one field
    // ("input.", "layers[3] (conv2d): ", "").
    JsonObjectReader(const QJsonObject &object, std::string objectName, std::string subjectPrefix,
                     std::string &error);

    bool ok() const { return m_error.empty(); }
    // Keeps only the first message.
    void fail(std::string message);
    std::string subject(std::string_view key) const;
    QJsonValue value(std::string_view key) const;

    // Unknown keys are refused rather than ignored: they are almost always misspelt fields,
    // and ignoring one would silently analyse a different network.
    void rejectUnknownKeys(std::span<const std::string_view> known);

    // Each read leaves `out` as it is when the key is absent, so it keeps its default.
    void read(std::string_view key, std::int64_t &out, Need need = Need::Optional);
    void read(std::string_view key, double &out, Need need = Need::Optional);
    void read(std::string_view key, bool &out, Need need = Need::Optional);
    void read(std::string_view key, std::string &out, Need need = Need::Optional);
    void read(std::string_view key, Pair &out, Need need = Need::Optional);
    void read(std::string_view key, std::optional<Pair> &out, Need need = Need::Optional);
    // A list of strings (a layer's "inputs").
    void read(std::string_view key, std::optional<std::vector<std::string>> &out);
    // A pair field whose message spells out more accepted forms (conv2d's padding).
    void readPair(std::string_view key, Pair &out, Need need, std::string_view expected);
    // The value if it is one of `allowed`; nullopt when absent or on error.
    std::optional<std::string> readChoice(std::string_view key,
                                          std::span<const std::string_view> allowed,
                                          Need need = Need::Optional);
    std::optional<QJsonObject> readObject(std::string_view key, Need need = Need::Optional);
    std::optional<QJsonArray> readArray(std::string_view key, Need need = Need::Optional);

private:
    // The value of a key that is present and while no error is pending; nullopt otherwise,
    // after reporting a missing required key.
    std::optional<QJsonValue> present(std::string_view key, Need need);
    void failType(std::string_view key, std::string_view expected, const QJsonValue &found);

    QJsonObject m_object;
    std::string m_objectName;
    std::string m_subjectPrefix;
    std::string &m_error;
};

} // namespace cd::io
