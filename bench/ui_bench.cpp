// ui_bench: the designer's interactive paths with a 1,000-layer network, against issue 3's
// targets. Run by hand (offscreen); prints medians, fails nothing.

#include "bench_chain.h"
#include "bench_timing.h"
#include "document.h"
#include "io/network_writer.h"
#include "main_window.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

namespace {

using cd::bench::medianMillis;
using cd::bench::report;

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // leave the user's window layout alone
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
