// convdesigner-cli render on a machine without a display, and its refusals: each wrong
// argument gets exit status 2 and a line naming it, an invalid network exit status 1, and a
// refused render writes no file. (tests/ui/test_cli_render.cpp compares its pictures with the
// main window's.)

#include <catch2/catch.hpp>

#include <QFile>
#include <QImage>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <vector>

namespace {

struct Run
{
    int exitCode = -1;
    QString err;
};

QString nin() { return QStringLiteral(CONVDESIGNER_EXAMPLES "/nin.cnn.json"); }

// As on a build server: no X, no Wayland, no platform chosen.
Run render(const QStringList &arguments)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        environment.remove(QString::fromLatin1(name));
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(CONVDESIGNER_CLI), QStringList{QStringLiteral("render")} + arguments);
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

TEST_CASE("render draws without any display and says nothing on success", "[render]")
{
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("coverage.png"));
    const Run run = render({nin(), QStringLiteral("--view"), QStringLiteral("coverage"),
                            QStringLiteral("-o"), png});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.err.isEmpty());
    const QImage image(png);
    REQUIRE_FALSE(image.isNull());
    // --scale 2 doubles both sides (the default is 1).
    const QString twice = dir.filePath(QStringLiteral("coverage2.png"));
    REQUIRE(render({nin(), QStringLiteral("--view=coverage"), QStringLiteral("--scale=2"),
                    QStringLiteral("-o"), twice})
                .exitCode
            == 0);
    CHECK(QImage(twice).size() == image.size() * 2);
}

TEST_CASE("render takes the suffix in any case and --theme dark", "[render]")
{
    QTemporaryDir dir;
    const QString svg = dir.filePath(QStringLiteral("NETWORK.SVG"));
    const Run run = render({nin(), QStringLiteral("--view"), QStringLiteral("network"),
                            QStringLiteral("--theme"), QStringLiteral("dark"),
                            QStringLiteral("-o"), svg});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    QFile file(svg);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll().startsWith("<?xml"));
}

TEST_CASE("render refuses what it cannot draw, naming it, and writes nothing", "[render]")
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("out.png"));
    struct Refusal
    {
        QStringList arguments;
        int status;
        std::vector<const char *> said; // each in the message
    };
    const QString dropout = QStringLiteral("layer:dropout");
    const QString invalid = QStringLiteral(CONVDESIGNER_TEST_DATA
                                           "/edge_x_kernel_larger_than_padded_input.cnn.json");
    const QString missing = dir.filePath(QStringLiteral("missing.cnn.json"));
    const auto view = [&](const QString &spec, const QString &file = {}) {
        return QStringList{file.isEmpty() ? nin() : file, QStringLiteral("--view"), spec,
                           QStringLiteral("-o"), out};
    };
    const Refusal refusal = GENERATE_REF(
        Refusal{view(QStringLiteral("histogram")), 2, {"unknown view", "histogram", "layer:NAME"}},
        Refusal{view(QStringLiteral("layer:")), 2, {"layer's name"}},
        Refusal{view(QStringLiteral("layer:pool9")), 2, {"pool9", "nin1, pool1, nin2"}},
        // Dropout reads each position once: no windows to draw; the layers that have some.
        Refusal{view(dropout), 2, {"\"dropout\"", "no windows", "nin1, pool1, nin2, pool2"}},
        Refusal{view(QStringLiteral("layer:flatten")), 2, {"\"flatten\"", "no windows"}},
        Refusal{view(QStringLiteral("network")) << QStringLiteral("--scale") << QStringLiteral("0"),
                2, {"--scale", "above 0"}},
        Refusal{view(QStringLiteral("network")) << QStringLiteral("--scale") << QStringLiteral("17"),
                2, {"--scale", "at most 16"}},
        Refusal{view(QStringLiteral("network")) << QStringLiteral("--scale") << QStringLiteral("two"),
                2, {"--scale"}},
        Refusal{{nin(), QStringLiteral("--view"), QStringLiteral("network"), QStringLiteral("-o"),
                 dir.filePath(QStringLiteral("out.svg")), QStringLiteral("--scale"),
                 QStringLiteral("2")},
                2, {"--scale is for PNG"}},
        Refusal{view(QStringLiteral("network")) << QStringLiteral("--theme") << QStringLiteral("sepia"),
                2, {"sepia", "light, dark"}},
        Refusal{{nin(), QStringLiteral("--view"), QStringLiteral("network"), QStringLiteral("-o"),
                 dir.filePath(QStringLiteral("out.jpg"))},
                2, {"out.jpg", ".svg or .png"}},
        Refusal{{nin(), QStringLiteral("--view"), QStringLiteral("network")}, 2, {"-o"}},
        Refusal{{nin(), QStringLiteral("-o"), out}, 2, {"--view"}},
        Refusal{view(QStringLiteral("network"), missing), 2, {"missing.cnn.json"}},
        Refusal{view(QStringLiteral("network"), invalid), 1, {"conv2d_0", "kernel 11"}});
    INFO(refusal.arguments.join(QLatin1Char(' ')).toStdString());
    const Run run = render(refusal.arguments);
    INFO(run.err.toStdString());
    CHECK(run.exitCode == refusal.status);
    for (const char *words : refusal.said)
        CHECK(run.err.contains(QString::fromUtf8(words)));
    CHECK(run.err.startsWith(QStringLiteral("convdesigner-cli: ")));
    CHECK_FALSE(QFile::exists(out));
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("out.svg"))));
}

TEST_CASE("--help describes render", "[render]")
{
    QProcess process;
    process.start(QStringLiteral(CONVDESIGNER_CLI),
                  {QStringLiteral("render"), QStringLiteral("--help")});
    REQUIRE(process.waitForFinished(30000));
    CHECK(process.exitCode() == 0);
    const QString help = QString::fromUtf8(process.readAllStandardOutput());
    CHECK(help.contains(QStringLiteral("render FILE --view VIEW -o OUT.svg|OUT.png")));
    CHECK(help.contains(QStringLiteral("layer:NAME")));
}
