#pragma once

// Turns a byte offset into the line and column a user finds in an editor.

#include <QByteArrayView>

namespace cd::io {

struct TextPosition
{
    qsizetype line = 1;   // 1-based
    qsizetype column = 1; // 1-based, in characters (UTF-8 sequences), not bytes
};

// The position of byte `offset` in `text` (clamped to the text). Lines end at '\n', which
// also counts CRLF files right.
TextPosition textPosition(QByteArrayView text, qsizetype offset);

} // namespace cd::io
