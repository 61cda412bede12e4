#include "json_text.h"

#include "utf8.h"

#include <QLocale>
#include <QString>

#include <cmath>

namespace cd::text {

namespace {

void appendEscaped(QByteArray &out, QByteArrayView utf8)
{
    static constexpr char hex[] = "0123456789abcdef";
    for (const char c : utf8) {
        const auto byte = static_cast<unsigned char>(c);
        switch (byte) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
            if (byte < 0x20) {
                out += "\\u00";
                out += hex[byte >> 4];
                out += hex[byte & 0xF];
            } else {
                out += c;
            }
        }
    }
}

QByteArray wellFormed(std::string_view utf8)
{
    const QByteArrayView view(utf8.data(), static_cast<qsizetype>(utf8.size()));
    if (firstInvalidUtf8(view) < 0)
        return view.toByteArray();
    return QString::fromUtf8(view).toUtf8();
}

} // namespace

QByteArray jsonString(std::string_view utf8)
{
    QByteArray out;
    out.reserve(static_cast<qsizetype>(utf8.size()) + 2);
    out += '"';
    appendEscaped(out, wellFormed(utf8));
    out += '"';
    return out;
}

QByteArray jsonNumber(double value)
{
    if (!std::isfinite(value))
        return QByteArrayLiteral("null");
    if (value == 0)
        return QByteArrayLiteral("0");
    return QByteArray::number(value, 'g', QLocale::FloatingPointShortest);
}

QByteArray jsonInteger(std::int64_t value)
{
    return QByteArray::number(static_cast<qint64>(value));
}

std::string quotedForMessage(std::string_view utf8, qsizetype maxCharacters)
{
    const QString text = QString::fromUtf8(wellFormed(utf8));
    qsizetype cut = 0;
    qsizetype characters = 0;
    while (cut < text.size() && characters < maxCharacters) {
        // A surrogate pair is one character; never split it.
        cut += text.at(cut).isHighSurrogate() && cut + 1 < text.size() ? 2 : 1;
        ++characters;
    }
    QByteArray out = "\"";
    appendEscaped(out, text.left(cut).toUtf8());
    out += '"';
    if (cut < text.size())
        out += "...";
    return out.toStdString();
}

} // namespace cd::text
