// ui_bench: the designer's interactive paths with a 1,000-layer network, against issue 3's
// targets, and the graph canvas's on ResNet-18, DenseNet and a 500-node residual network.
// Run by hand (offscreen); prints medians, fails nothing. --coverage: only the edits of
// networks whose coverage walk fills the budget.

#include "bench_chain.h"
#include "bench_timing.h"
#include "block_templates.h"
#include "canvas/canvas_scene.h"
#include "canvas/canvas_view.h"
#include "document.h"
#include "edits.h"
#include "io/network_writer.h"
#include "main_window.h"
#include "structure_edits.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>
#include <QUndoStack>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <limits>
#include <vector>

namespace {

using cd::bench::medianMillis;
using cd::bench::report;

const QString resnet18 = QStringLiteral(CONVDESIGNER_EXAMPLES "/resnet18.cnn.json");
const QString densenet = QStringLiteral(CONVDESIGNER_EXAMPLES "/densenet.cnn.json");


const cd::Layer &firstConv(const cd::Network &network)
{
    return *std::find_if(network.layers.begin(), network.layers.end(), [](const cd::Layer &l) {
        return std::holds_alternative<cd::Conv2d>(l.kind);
    });
}

// A structural edit and its undo, alternately: a ReLU spliced into the edge from the first
// conv to its reader. Each is one relayout of the whole graph.
void timeStructuralEdits(cd::ui::Document *document, const char *what, double targetMillis)
{
    const cd::Layer &conv = firstConv(document->network());
    const cd::LayerId from = conv.id;
    const cd::LayerId to = document->network().readersOf(from).front();
    int step = 0;
    report(what, medianMillis(21, [&] {
               if (step++ % 2 == 0)
                   cd::ui::insertNewLayerOnEdge(document, cd::LayerType::ReLU, from, to);
               else
                   document->undoStack()->undo();
               QApplication::processEvents();
           }),
           targetMillis);
}

void benchGraphCanvas(cd::ui::MainWindow &window)
{
    cd::ui::Document *document = window.document();
    auto *canvas = window.findChild<cd::ui::CanvasView *>();

    window.openFile(resnet18);
    QApplication::processEvents();
    const cd::LayerId conv = firstConv(document->network()).id;
    document->setCurrentLayer(conv);
    QApplication::processEvents();
    bool bias = true;
    report("ResNet-18: one field edit (table, canvas, memory, repaint)", medianMillis(41, [&] {
               bias = !bias;
               cd::ui::setLayerField(document, conv, "bias", bias);
               QApplication::processEvents();
           }),
           16);
    timeStructuralEdits(document, "ResNet-18: structural edit, window with relayout", 30);

    // The canvas alone: what relaying out costs apart from the table and the other views.
    cd::ui::Document alone;
    cd::ui::CanvasScene scene(&alone);
    alone.reset(document->network(), {});
    timeStructuralEdits(&alone, "ResNet-18: structural edit, canvas relayout only", 30);
    alone.reset(cd::bench::residualBlocks(72), {});
    timeStructuralEdits(&alone, "513-node residual network: canvas relayout only", 150);

    window.openFile(densenet); // once, so that the timing below is not the first open
    report("open DenseNet: read, analyse, lay out, first canvas paint", medianMillis(9, [&] {
               window.openFile(densenet);
               canvas->viewport()->repaint();
           }),
           300);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("residual.cnn.json"));
    if (cd::io::saveNetworkFile(cd::bench::residualBlocks(72), path).empty()) {
        window.openFile(path);
        QApplication::processEvents();
        timeStructuralEdits(document, "513-node residual network: structural edit, window", 150);
    }
}

// The networks whose coverage walk fills the whole CoverageBudget: a 16,777,216² input under
// 30 1×1 stride-2 convolutions, and a 16,000,000×1 input under 2,000 1×1 convolutions.
cd::Network strideTwoTower()
{
    cd::Network network;
    network.input = {1, std::int64_t{1} << 24, std::int64_t{1} << 24};
    cd::LayerId last = cd::Network::inputId;
    for (int i = 0; i < 30; ++i)
        last = network.add(cd::Conv2d{.outChannels = 1, .kernel = cd::Pair::square(1),
                                      .stride = cd::Pair::square(2)},
                           {last});
    return network;
}

cd::Network tallColumn()
{
    cd::Network network;
    network.input = {1, 16'000'000, 1};
    cd::LayerId last = cd::Network::inputId;
    for (int i = 0; i < 2000; ++i)
        last = network.add(cd::Conv2d{.outChannels = 1, .kernel = cd::Pair::square(1)}, {last});
    return network;
}

bool waitForCoverage(cd::ui::Document *document, double &longestMillis)
{
    QElapsedTimer total;
    total.start();
    while (document->isAnalysing() && total.elapsed() < 60000) {
        QElapsedTimer one;
        one.start();
        QApplication::processEvents(); // what is ready: idle time is not counted
        longestMillis = std::max(longestMillis, static_cast<double>(one.nsecsElapsed()) / 1e6);
        QThread::msleep(1);
    }
    return !document->isAnalysing();
}

// How long the event loop is blocked by one field edit (out_channels, which changes no
// coverage but re-analyses the network) with every view of the window following it: with the
// coverage walked at once (the threshold past any estimate), and on a worker (the default).
// The second figure is the landing of the worker's result: the views' repaint for it. Run on
// the window's document, and on a document alone: what the analysis itself costs.
void benchCoverageEdits(cd::ui::Document *document, const cd::Network &network, const char *name)
{
    const std::int64_t defaultThreshold = cd::ui::Document::coverageThreshold();
    char what[200];
    for (const bool onWorker : {false, true}) {
        cd::ui::Document::setCoverageThreshold(onWorker ? defaultThreshold
                                                        : std::numeric_limits<std::int64_t>::max());
        double ignored = 0;
        document->reset(network, {});
        waitForCoverage(document, ignored);
        QApplication::processEvents();
        const cd::LayerId conv = document->network().layers.front().id;
        std::int64_t channels = 1;
        std::vector<double> edits;
        std::vector<double> landings;
        for (int run = 0; run < 9; ++run) {
            channels = channels == 1 ? 2 : 1;
            QElapsedTimer timer;
            timer.start();
            cd::ui::setLayerField(document, conv, "out_channels", channels);
            QApplication::processEvents();
            edits.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
            double landing = 0; // the longest single stretch while waiting: the result's landing
            waitForCoverage(document, landing);
            landings.push_back(landing);
        }
        std::sort(edits.begin(), edits.end());
        std::sort(landings.begin(), landings.end());
        std::snprintf(what, sizeof what, "%s: an edit, %s", name,
                      onWorker ? "coverage on a worker" : "coverage at once");
        report(what, edits[edits.size() / 2], 16);
        if (onWorker) {
            std::snprintf(what, sizeof what, "%s: the worker's result lands", name);
            report(what, landings[landings.size() / 2], 16);
        }
    }
    cd::ui::Document::setCoverageThreshold(defaultThreshold);
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // leave the user's window layout alone
    // The easing after a structural edit runs on a timer after the edit; the figures time the
    // edit and relayout themselves.
    cd::ui::CanvasScene::setAnimationsEnabled(false);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("chain.cnn.json"));
    const std::string error = cd::io::saveNetworkFile(cd::bench::benchChain(1000), path);
    if (!error.empty()) {
        std::fprintf(stderr, "ui_bench: %s\n", error.c_str());
        return 1;
    }

    cd::ui::MainWindow window;
    window.show();
    QApplication::processEvents();
    if (app.arguments().contains(QStringLiteral("--coverage"))) { // only the coverage edits
        benchCoverageEdits(window.document(), strideTwoTower(), "16,777,216\u00b2, window");
        benchCoverageEdits(window.document(), tallColumn(), "16,000,000\u00d71, window");
        {
            cd::ui::Document alone;
            benchCoverageEdits(&alone, strideTwoTower(), "16,777,216\u00b2, document alone");
            benchCoverageEdits(&alone, tallColumn(), "16,000,000\u00d71, document alone");
        }
        return 0;
    }
    report("open a 1,000-layer file (read, analyse, table, canvas)", medianMillis(9, [&] {
               window.openFile(path);
               QApplication::processEvents();
           }),
           200);

    // Select a conv in the middle, then step its output channels in the inspector.
    cd::ui::Document *document = window.document();
    const auto &layers = document->network().layers;
    const auto conv = std::find_if(layers.begin() + 499, layers.end(), [](const cd::Layer &l) {
        return std::holds_alternative<cd::Conv2d>(l.kind);
    });
    document->setCurrentLayer(conv->id);
    QApplication::processEvents();
    auto *spin = window.findChild<QSpinBox *>(QStringLiteral("out_channels"));
    if (spin == nullptr) {
        std::fprintf(stderr, "ui_bench: no out_channels spin box in the inspector\n");
        return 1;
    }
    int step = 0;
    report("one inspector edit: analysis, table, canvas and repaint", medianMillis(41, [&] {
               spin->stepBy(++step % 2 == 0 ? 1 : -1);
               QApplication::processEvents();
           }),
           16);

    benchGraphCanvas(window);
    benchCoverageEdits(window.document(), strideTwoTower(), "16,777,216\u00b2, window");
    benchCoverageEdits(window.document(), tallColumn(), "16,000,000\u00d71, window");
    {
        cd::ui::Document alone;
        benchCoverageEdits(&alone, strideTwoTower(), "16,777,216\u00b2, document alone");
        benchCoverageEdits(&alone, tallColumn(), "16,000,000\u00d71, document alone");
    }

    QProcess designer;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("CONVDESIGNER_QUIT_AFTER_FIRST_PAINT"), QStringLiteral("1"));
    designer.setProcessEnvironment(env);
    const QString exe = QStringLiteral(CONVDESIGNER_GUI);
    report("process start to first painted window (NiN example)", medianMillis(7, [&] {
               designer.start(exe, {});
               designer.waitForFinished(10000);
           }),
           500);
    return 0;
}
