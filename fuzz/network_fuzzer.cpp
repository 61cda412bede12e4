// libFuzzer target for everything a network file reaches: the reader, the writer, the analysis
// and every report. Beyond "no crash, no sanitizer report", it checks the promises the reader
// and writer make to each other (network_checks.h), which a crash-only target would never
// notice breaking.

#include "network_checks.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string problem
        = cd::fuzz::checkNetworkBytes(QByteArrayView(data, static_cast<qsizetype>(size)));
    if (!problem.empty()) {
        std::fprintf(stderr, "network_fuzzer: %s\n", problem.c_str());
        std::abort();
    }
    return 0;
}
