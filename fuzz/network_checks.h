#pragma once

// What any bytes given as a network file must survive, shared by the fuzz target and the
// regression test that replays its findings (tests/data/fuzz-regressions/): the reader
// refuses them with a message, or the network survives read → write → read unchanged, is
// analysed and is reported in every format, the JSON report parsing back. The same bytes as
// a file name print as printable text (text::printablePath).

#include <QByteArrayView>

#include <string>

namespace cd::fuzz {

// "" when every promise holds, else what broke (with the bytes involved). A crash, an
// assertion or a sanitizer report is a failure too, of course.
std::string checkNetworkBytes(QByteArrayView bytes);

// The network buildNetwork() makes of `bytes` (network_builder.h), which need not be one the
// reader accepts, is analysed and reported as the GUI would; then its file, as written, passes
// checkNetworkBytes(). "" or what broke.
std::string checkBuiltNetwork(QByteArrayView bytes);

} // namespace cd::fuzz
