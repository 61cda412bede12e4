// core_bench: medians of the core's hot paths against the targets of issues 2 and 7, and of
// the graph canvas's Graphviz layout. Not a test: timings depend on the machine, so nothing
// here fails a build.

#include "analysis.h"
#include "bench_chain.h"
#include "bench_timing.h"
#include "block_templates.h"
#include "graph_layout.h"
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

// What the graph canvas hands the layout: a node for the input and for each layer, an edge for
// each input a layer reads, blocks as frames. 260×56 stands in for a canvas node.
cd::layout::GraphSpec layoutSpec(const cd::Network &network)
{
    cd::layout::GraphSpec spec;
    const auto node = [](cd::LayerId id, std::string block) {
        return cd::layout::NodeBox{
            .id = static_cast<int>(id), .width = 260, .height = 56, .cluster = std::move(block)};
    };
    spec.nodes.push_back(node(cd::Network::inputId, {}));
    for (const cd::Layer &layer : network.layers) {
        spec.nodes.push_back(node(layer.id, layer.block));
        for (cd::LayerId input : layer.inputs)
            spec.edges.push_back({static_cast<int>(input), static_cast<int>(layer.id)});
    }
    return spec;
}


void timeLayout(const cd::Network &network, const char *what, double targetMillis)
{
    const cd::layout::GraphSpec spec = layoutSpec(network);
    const cd::layout::GraphLayout first = cd::layout::layOut(spec); // also starts Graphviz
    std::printf("(%s: %zu nodes, %zu edges, %zu frames, %.0f x %.0f%s%s)\n", what,
                spec.nodes.size(), spec.edges.size(), first.clusters.size(), first.width,
                first.height, first.error.empty() ? "" : ", error: ", first.error.c_str());
    report((std::string("layOut(") + what + ")").c_str(), medianMillis(21, [&] {
               sink = static_cast<std::int64_t>(cd::layout::layOut(spec).width);
           }),
           targetMillis);
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

    timeLayout(*resnet, "ResNet-18 example, blocks framed", 30);
    timeLayout(cd::bench::residualBlocks(70), "70 residual blocks, framed", 150);
    return 0;
}
