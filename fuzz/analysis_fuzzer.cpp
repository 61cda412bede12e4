// libFuzzer target for the analysis and the reports on networks built from the bytes
// (network_builder.h), which meet the arithmetic's extremes far sooner than mutated files.
// The checks are checkBuiltNetwork's (network_checks.h).

#include "network_checks.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string problem
        = cd::fuzz::checkBuiltNetwork(QByteArrayView(data, static_cast<qsizetype>(size)));
    if (!problem.empty()) {
        std::fprintf(stderr, "analysis_fuzzer: %s\n", problem.c_str());
        std::abort();
    }
    return 0;
}
