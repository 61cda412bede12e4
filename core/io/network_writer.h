#pragma once

// Writes networks in the file format the reader reads (version 1), byte-stable so that saved
// files diff well under version control.

#include "network.h"

#include <QByteArray>
#include <QString>

#include <string>

namespace cd::io {

// Pretty UTF-8 JSON ending in '\n': keys in the order format, version, name (when not empty),
// input, settings (always all three, as memory figures depend on them), layers (one per line).
// readNetwork() gives back an equal Network when the layer ids are 1..n (the reader numbers
// layers so) and conv2d's padding numbers are 0 in "same"/"valid" mode (they are not written).
QByteArray writeNetwork(const Network &network);

// Writes atomically (writeFileAtomically): on any failure the old file is untouched.
// Refuses a network with a NaN or infinite number, which JSON cannot hold. Returns "" on
// success, else "path: cannot save: reason".
std::string saveNetworkFile(const Network &network, const QString &path);

} // namespace cd::io
