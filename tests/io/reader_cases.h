#pragma once

// What the reader tests share: a file that must read, and a table row of a file that must not
// with the one-line message the reader must give.

#include "io/network_reader.h"

#include <QByteArray>

#include <catch2/catch.hpp>

#include <string>

namespace cd::io::test {

inline Network networkOf(const QByteArray &bytes)
{
    ReadResult result = readNetwork(bytes);
    INFO(result.error);
    REQUIRE(result.network);
    CHECK(result.error.empty());
    return *result.network;
}

// The message for a file that is no network: one line, and no network beside it.
inline std::string errorOf(const QByteArray &bytes)
{
    const ReadResult result = readNetwork(bytes);
    CHECK_FALSE(result.network);
    CHECK(result.error.find('\n') == std::string::npos);
    return result.error;
}

struct Case
{
    const char *what;
    QByteArray bytes;
    std::string error;
};

inline void checkCase(const Case &c)
{
    CAPTURE(c.what, c.bytes.toStdString());
    CHECK(errorOf(c.bytes) == c.error);
}

} // namespace cd::io::test
