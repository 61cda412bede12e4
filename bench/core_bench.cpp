// core_bench: medians of the core's hot paths against the targets of issue 2. Not a test:
// timings depend on the machine, so nothing here fails a build.

#include "analysis.h"
#include "bench_chain.h"
#include "bench_timing.h"
#include "io/network_reader.h"
#include "io/network_writer.h"

#include <QFile>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

namespace {

using cd::bench::medianMillis;
using cd::bench::report;

volatile std::int64_t sink; // keeps the optimiser from dropping the work

} // namespace

int main()
{
    const cd::io::ReadResult nin
        = cd::io::readNetworkFile(QStringLiteral(CONVDESIGNER_EXAMPLES "/nin.cnn.json"));
    if (!nin.network) {
        std::fprintf(stderr, "core_bench: %s\n", nin.error.c_str());
        return 1;
    }
    report("analyze(NiN example)", medianMillis(2001, [&] {
               sink = cd::analyze(*nin.network).totals->params;
           }),
           0.020);

    const cd::Network chain = cd::bench::benchChain(10000);
    const cd::Analysis chainAnalysis = cd::analyze(chain);
    if (!chainAnalysis.valid()) {
        std::fprintf(stderr, "core_bench: chain invalid: %s\n",
                     chainAnalysis.errors.front().message.c_str());
        return 1;
    }
    report("analyze(10,000-layer chain), coverage included", medianMillis(51, [&] {
               sink = cd::analyze(chain).inputCoverage->unusedPixels;
           }),
           5);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("chain.cnn.json"));
    const std::string saveError = cd::io::saveNetworkFile(chain, path);
    if (!saveError.empty()) {
        std::fprintf(stderr, "core_bench: %s\n", saveError.c_str());
        return 1;
    }
    std::printf("(10,000-layer file: %lld bytes)\n",
                static_cast<long long>(QFile(path).size()));
    report("readNetworkFile(10,000-layer file)", medianMillis(21, [&] {
               sink = static_cast<std::int64_t>(cd::io::readNetworkFile(path).network->layers.size());
           }),
           100);
    return 0;
}
