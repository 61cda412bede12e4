#pragma once

// Checks that bytes are well-formed UTF-8 before they reach the JSON parser, which would
// otherwise replace bad bytes silently instead of letting the reader name their place. Lives
// with json_text, which uses it to keep every string it writes well-formed.

#include <QByteArrayView>

namespace cd::text {

// The byte offset of the first ill-formed sequence (its first byte), or -1 when `bytes` is
// well-formed UTF-8. Overlong forms, surrogates and code points above U+10FFFF are ill-formed.
qsizetype firstInvalidUtf8(QByteArrayView bytes);
// The length of the well-formed sequence starting at byte `at` (< bytes.size()), or 0 when it
// is ill-formed (Unicode Table 3-7).
qsizetype sequenceLength(QByteArrayView bytes, qsizetype at);

} // namespace cd::text
