#pragma once

// The strict reader of network files (format "convdesigner-network", version 1): anything it
// does not understand is refused with one line that names the place, never guessed at.

#include "network.h"

#include <QByteArrayView>
#include <QString>

#include <filesystem>
#include <optional>
#include <string>

namespace cd::io {

// Larger files are refused before they are read whole; real networks are a few KiB.
inline constexpr qint64 maxNetworkFileBytes = 32 * 1024 * 1024;

struct ReadResult
{
    std::optional<Network> network; // set on success
    std::string error;              // set on failure: one clear line, UTF-8
};

// The whole file's bytes. Never throws, never crashes, never asserts on any input. Layers get
// ids 1..n in file order. Sizes are not range-checked (a zero kernel or height is the
// analysis's error to report); only batch < 1 is refused, as settings are not analysed.
ReadResult readNetwork(QByteArrayView bytes);

// Reads the file at `path`; every message starts with the path: "x.cnn.json: ...", quoted
// with escapes when it is no printable text (text::printablePath).
ReadResult readNetworkFile(const QString &path);
// The same for a path as the system gives it (a command-line argument): its bytes are used
// as they are, also when they are no UTF-8.
ReadResult readNetworkFile(const std::filesystem::path &path);

} // namespace cd::io
