#pragma once

// The seed NiN example loaded into a document: the network most GUI tests start from.

#include "document.h"
#include "io/network_reader.h"

#include <catch2/catch.hpp>

namespace cd::ui {

inline void loadNin(Document &document)
{
    const QString path = QStringLiteral(CONVDESIGNER_EXAMPLES "/nin.cnn.json");
    io::ReadResult read = io::readNetworkFile(path);
    REQUIRE(read.network.has_value());
    document.reset(std::move(*read.network), path);
}

} // namespace cd::ui
