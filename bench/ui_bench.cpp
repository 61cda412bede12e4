// ui_bench: the designer's interactive paths with a 1,000-layer network, against issue 3's
// targets, and the graph canvas's on ResNet-18, DenseNet and a 500-node residual network.
// Run by hand (offscreen); prints medians, fails nothing.

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
#include <QUndoStack>

#include <algorithm>
#include <cstdio>
#include <functional>
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
