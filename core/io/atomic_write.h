#pragma once

// The one way ConvDesigner writes a file (networks, table exports, pictures): all of the new
// bytes, or on any failure the old file byte for byte and a message saying why.

#include <QByteArrayView>
#include <QString>

#include <string>

namespace cd::io {

// Writes `bytes` to a temporary file beside `path` and renames it over `path` only once every
// byte is known to be on disk. Returns "" on success, else one UTF-8 line naming the file and
// the system's reason: "path: cannot save: No space left on device".
std::string writeFileAtomically(const QString &path, QByteArrayView bytes);

} // namespace cd::io
