// core_bench: medians of the core's hot paths against the targets of issues 2 and 7. Not a
// test: timings depend on the machine, so nothing here fails a build.

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
#include <optional>
#include <string>
#include <vector>

namespace {

using cd::bench::medianMillis;
using cd::bench::report;

volatile std::int64_t sink; // keeps the optimiser from dropping the work

std::optional<cd::Network> example(const char *name)
{
    cd::io::ReadResult read = cd::io::readNetworkFile(QStringLiteral(CONVDESIGNER_EXAMPLES "/")
                                                      + QString::fromUtf8(name));
    if (!read.network)
        std::fprintf(stderr, "core_bench: %s\n", read.error.c_str());
    return read.network;
}

bool valid(const cd::Network &network)
{
    const cd::Analysis analysis = cd::analyze(network);
    if (!analysis.valid())
        std::fprintf(stderr, "core_bench: %s invalid: %s\n", network.name.c_str(),
                     analysis.errors.front().message.c_str());
    return analysis.valid() && analysis.inputCoverage;
}

// Saves `network` and times reading it back.
bool timeReading(const cd::Network &network, const char *what)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.cnn.json"));
    const std::string saveError = cd::io::saveNetworkFile(network, path);
    if (!saveError.empty()) {
        std::fprintf(stderr, "core_bench: %s\n", saveError.c_str());
        return false;
    }
    std::printf("(%s: %lld bytes)\n", what, static_cast<long long>(QFile(path).size()));
    report((std::string("readNetworkFile(") + what + ")").c_str(), medianMillis(21, [&] {
               sink = static_cast<std::int64_t>(cd::io::readNetworkFile(path).network->layers.size());
           }),
           100);
    return true;
}

} // namespace

int main()
{
    const std::optional<cd::Network> nin = example("nin.cnn.json");
    const std::optional<cd::Network> resnet = example("resnet18.cnn.json");
    if (!nin || !resnet)
        return 1;
    report("analyze(NiN example)", medianMillis(2001, [&] {
               sink = cd::analyze(*nin).totals->params;
           }),
           0.020);
    report("analyze(ResNet-18 example)", medianMillis(2001, [&] {
               sink = cd::analyze(*resnet).totals->params;
           }),
           0.050);

    const cd::Network chain = cd::bench::benchChain(10000);
    const cd::Network residual = cd::bench::benchResidual(10000);
    if (!valid(chain) || !valid(residual))
        return 1;
    report("analyze(10,000-layer chain), coverage included", medianMillis(51, [&] {
               sink = cd::analyze(chain).inputCoverage->unusedPixels;
           }),
           5);
    report("analyze(10,000-layer residual network, 112x112), 2-D coverage", medianMillis(51, [&] {
               sink = cd::analyze(residual).inputCoverage->unusedPixels;
           }),
           20);

    if (!timeReading(chain, "10,000-layer chain file, version 1")
        || !timeReading(residual, "10,000-layer residual file, version 2"))
        return 1;
    return 0;
}
