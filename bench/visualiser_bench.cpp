// visualiser_bench: the visualiser's repaint and stepping costs against issue 4's targets.
// Run by hand (offscreen); prints medians, fails nothing.

#include "bench_timing.h"
#include "document.h"
#include "io/network_reader.h"
#include "visualiser/layer_view.h"
#include "visualiser/network_view.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QStandardPaths>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <optional>
#include <variant>
#include <vector>

namespace {

using cd::bench::medianMillis;
using cd::bench::report;


cd::Network largeInput()
{
    cd::Network network;
    network.name = "1024x1024 input";
    network.input = {1, 1024, 1024};
    cd::Conv2d conv;
    conv.outChannels = 8;
    conv.kernel = cd::Pair::square(7);
    conv.stride = cd::Pair::square(4);
    network.append(conv);
    network.append(cd::MaxPool2d{cd::Pair::square(3), cd::Pair::square(2)});
    return network;
}

// Two branches that read even rows and even columns respectively: the unused region is odd
// rows × odd columns, an exact grid of a million flags to shade.
cd::Network nonProductInput()
{
    cd::Network network;
    network.name = "1024x1024 input, non-product coverage";
    network.input = {1, 1024, 1024};
    cd::Conv2d rows{.outChannels = 2, .kernel = {1, 2}, .stride = cd::Pair::square(2)};
    cd::Conv2d cols{.outChannels = 2, .kernel = {2, 1}, .stride = cd::Pair::square(2)};
    const cd::LayerId a = network.add(rows, {cd::Network::inputId});
    const cd::LayerId b = network.add(cols, {cd::Network::inputId});
    network.add(cd::Add{}, {a, b});
    return network;
}

std::optional<cd::Network> example(const char *file)
{
    cd::io::ReadResult read
        = cd::io::readNetworkFile(QStringLiteral(CONVDESIGNER_EXAMPLES "/") + QLatin1String(file));
    if (!read.network)
        std::fprintf(stderr, "visualiser_bench: %s\n", read.error.c_str());
    return read.network;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);

    const std::optional<cd::Network> nin = example("nin.cnn.json");
    const std::optional<cd::Network> resnet = example("resnet18.cnn.json");
    if (!nin || !resnet)
        return 1;
    cd::ui::Document document;
    document.reset(*nin, QString());

    cd::ui::LayerView layerView(&document);
    layerView.resize(1100, 800);
    layerView.show();
    document.setCurrentLayer(document.network().layers.front().id); // 224×224, k 11, s 4
    QApplication::processEvents();
    report("layer view: full repaint at 224x224", medianMillis(31, [&] {
               layerView.update();
               layerView.repaint();
           }),
           16);
    qint64 window = 0;
    report("layer view: step one window (and repaint)", medianMillis(101, [&] {
               layerView.setCurrentWindow(++window);
               layerView.repaint();
           }),
           5);

    cd::ui::Document large;
    large.reset(largeInput(), QString());
    cd::ui::NetworkView networkView(&large);
    networkView.resize(1100, 800);
    networkView.show();
    QApplication::processEvents();
    report("network view: full repaint at 1024x1024", medianMillis(31, [&] {
               networkView.update();
               networkView.repaint();
           }),
           50);
    networkView.useSampleImage();
    report("network view: full repaint at 1024x1024 with an image", medianMillis(31, [&] {
               networkView.update();
               networkView.repaint();
           }),
           50);

    // A branching network: every windowed layer, wherever it sits in the graph, and the
    // input's coverage.
    cd::ui::Document residual;
    residual.reset(*resnet, QString());
    cd::ui::LayerView residualLayers(&residual);
    residualLayers.resize(1100, 800);
    residualLayers.show();
    std::vector<cd::LayerId> windowed;
    for (const cd::LayerReport &layer : residual.analysis().layers) {
        if (std::holds_alternative<cd::Windows>(layer.spatial))
            windowed.push_back(layer.id);
    }
    std::size_t next = 0;
    report("layer view: select a ResNet-18 windowed layer (and repaint)", medianMillis(63, [&] {
               residual.setCurrentLayer(windowed[next++ % windowed.size()]);
               residualLayers.repaint();
           }),
           16);
    cd::ui::NetworkView residualInput(&residual);
    residualInput.resize(1100, 800);
    residualInput.show();
    QApplication::processEvents();
    report("network view: full repaint of ResNet-18's 96x96 input", medianMillis(31, [&] {
               residualInput.update();
               residualInput.repaint();
           }),
           16);

    cd::ui::Document branches;
    cd::ui::NetworkView branchesView(&branches);
    branchesView.resize(1100, 800);
    branchesView.show();
    const cd::Network nonProduct = nonProductInput();
    cd::Network plain; // the same input, every pixel used: resetting to it forces a new shading
    plain.input = nonProduct.input;
    plain.append(cd::ReLU{});
    report("network view: analyse and shade a 1024x1024 non-product region", medianMillis(11, [&] {
               branches.reset(plain, QString());
               branches.reset(nonProduct, QString());
               branchesView.repaint();
           }),
           100);
    return 0;
}
