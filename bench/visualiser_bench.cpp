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

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);

    cd::io::ReadResult nin
        = cd::io::readNetworkFile(QStringLiteral(CONVDESIGNER_EXAMPLES "/nin.cnn.json"));
    if (!nin.network) {
        std::fprintf(stderr, "visualiser_bench: %s\n", nin.error.c_str());
        return 1;
    }
    cd::ui::Document document;
    document.reset(*nin.network, QString());

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
    return 0;
}
