// File ▸ Export PyTorch Code: the menu entry, the bytes it writes (the CLI's) and the refusal
// of an invalid network.

#include "document.h"
#include "export/pytorch_export.h"
#include "main_window.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QTemporaryDir>

TEST_CASE("File offers Export PyTorch Code", "[pytorch]")
{
    cd::ui::MainWindow window;
    QStringList entries;
    QMenu *file = window.menuBar()->actions().front()->menu();
    REQUIRE(file != nullptr);
    for (QAction *action : file->actions())
        entries << action->text().remove(QLatin1Char('&'));
    CHECK(entries.contains(QStringLiteral("Export PyTorch Code\u2026")));
}

TEST_CASE("Export PyTorch Code writes the CLI's code and adds .py", "[pytorch]")
{
    QTemporaryDir dir;
    cd::ui::MainWindow window;
    window.openExample(QStringLiteral(":/examples/resnet18.cnn.json"));
    const cd::ui::PytorchExportResult result
        = cd::ui::writePytorchCode(*window.document(), dir.filePath(QStringLiteral("resnet")));
    CHECK(result.error.isEmpty());
    CHECK(result.path == dir.filePath(QStringLiteral("resnet.py")));

    QProcess cli;
    cli.start(QStringLiteral(CONVDESIGNER_CLI),
              {QStringLiteral("export-pytorch"),
               QStringLiteral(CONVDESIGNER_EXAMPLES "/resnet18.cnn.json")});
    REQUIRE(cli.waitForFinished(30000));
    REQUIRE(cli.exitCode() == 0);
    QFile file(result.path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray written = file.readAll();
    CHECK(written.contains("\nclass Residual(nn.Module):\n"));
    CHECK(written == cli.readAllStandardOutput());
}

TEST_CASE("Export PyTorch Code refuses an invalid network and writes nothing", "[pytorch]")
{
    QTemporaryDir dir;
    cd::ui::Document document;
    cd::Network network;
    network.input = {1, 4, 4};
    network.append(cd::Conv2d{.outChannels = 2, .kernel = cd::Pair::square(5)}, "big");
    document.reset(network, QString());
    const QString path = dir.filePath(QStringLiteral("big.py"));
    const cd::ui::PytorchExportResult result = cd::ui::writePytorchCode(document, path);
    CHECK(result.error.startsWith(QStringLiteral("the network is invalid")));
    CHECK(result.error.contains(QStringLiteral("big: ")));
    CHECK_FALSE(QFile::exists(path));
}
