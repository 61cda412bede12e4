#include "text_position.h"

#include <algorithm>

namespace cd::io {

TextPosition textPosition(QByteArrayView text, qsizetype offset)
{
    const qsizetype end = std::clamp<qsizetype>(offset, 0, text.size());
    TextPosition position;
    for (qsizetype i = 0; i < end; ++i) {
        const auto byte = static_cast<unsigned char>(text[i]);
        if (byte == '\n') {
            ++position.line;
            position.column = 1;
        } else if ((byte & 0xC0) != 0x80) {
            // Continuation bytes belong to the character their lead byte already counted.
            ++position.column;
        }
    }
    return position;
}

} // namespace cd::io
