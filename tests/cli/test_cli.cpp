// Runs the built convdesigner-cli as a user would: exit statuses, --json, --csv and --table.

#include <catch2/catch.hpp>

#include <QByteArray>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run runCli(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(CONVDESIGNER_CLI), arguments);
    REQUIRE(process.waitForFinished(30000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

QString dataFile(const char *name)
{
    return QStringLiteral(CONVDESIGNER_TEST_DATA "/") + QString::fromUtf8(name);
}

QString nin() { return QStringLiteral(CONVDESIGNER_EXAMPLES "/nin.cnn.json"); }

QJsonObject jsonOf(const Run &run)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(run.out, &error);
    INFO(run.out.toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(doc.isObject());
    return doc.object();
}

QList<QByteArray> csvLines(const QByteArray &csv)
{
    QList<QByteArray> lines = csv.split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

QString writeTemp(const QTemporaryDir &dir, const char *name, const QByteArray &content)
{
    const QString path = dir.filePath(QString::fromUtf8(name));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(content);
    return path;
}

} // namespace

TEST_CASE("analyze --json on the seed NiN prints the spec's totals and exits 0")
{
    const Run run = runCli({QStringLiteral("analyze"), nin(), QStringLiteral("--json")});
    REQUIRE(run.exitCode == 0);
    CHECK(run.err.isEmpty());
    const QJsonObject report = jsonOf(run);
    CHECK(report.value(QStringLiteral("valid")).toBool());
    CHECK(report.value(QStringLiteral("layers")).toArray().size() == 10);
    // network-format.md §2 gives these totals for the seed NiN.
    const QJsonObject totals = report.value(QStringLiteral("totals")).toObject();
    CHECK(totals.value(QStringLiteral("weights")).toInteger() == 1989928);
    CHECK(totals.value(QStringLiteral("biases")).toInteger() == 2238);
    CHECK(totals.value(QStringLiteral("params")).toInteger() == 1992166);
    CHECK(totals.value(QStringLiteral("activations")).toInteger() == 1696760);
    CHECK(totals.value(QStringLiteral("training_bytes")).toInteger() == 37480072);
    CHECK(totals.value(QStringLiteral("inference_bytes")).toInteger() == 10208152);
    const QJsonObject first = report.value(QStringLiteral("layers")).toArray().at(0).toObject();
    CHECK(first.value(QStringLiteral("discarded_rows")).toArray() == QJsonArray{223});
    CHECK(first.value(QStringLiteral("discarded_cols")).toArray() == QJsonArray{223});
}

TEST_CASE("analyze --table spells out the memory terms like the hand calculation")
{
    const Run run = runCli({QStringLiteral("analyze"), nin()});
    REQUIRE(run.exitCode == 0);
    const QString text = QString::fromUtf8(run.out);
    CHECK(text.contains(QStringLiteral(
        "training  = 4 B \u00d7 (2 \u00d7 1 \u00d7 1,696,760 + 3 \u00d7 1,992,166) = 37,480,072 B")));
    CHECK(text.contains(QStringLiteral("row 223, col 223")));
    CHECK(text.contains(QStringLiteral("2,215 of 50,176 pixels")));
}

TEST_CASE("analyze reports what autograd saves beside the lecture model (arithmetic.md §8)")
{
    SECTION("--json: per layer, by kind, in totals and in memory")
    {
        const QJsonObject report
            = jsonOf(runCli({QStringLiteral("analyze"), nin(), QStringLiteral("--json")}));
        CHECK(report.value(QStringLiteral("totals"))[QStringLiteral("saved_bytes")].toInteger()
              == 7677880);
        const QJsonObject pool = report.value(QStringLiteral("layers")).toArray().at(1).toObject();
        CHECK(pool.value(QStringLiteral("saved_bytes")).toInteger() == 519168);
        CHECK(pool.value(QStringLiteral("saved_by_kind"))[QStringLiteral("indices")].toInteger()
              == 519168);
        const QJsonObject memory = report.value(QStringLiteral("memory")).toObject();
        CHECK(memory.value(QStringLiteral("saved_bytes")).toInteger() == 7677880);
        CHECK(memory.value(QStringLiteral("autograd_training_bytes")).toInteger() == 31583872);
        CHECK(memory.value(QStringLiteral("saved_measured")).toBool());
        CHECK(memory.value(QStringLiteral("saved_note")).isNull());
    }
    SECTION("--table: both training figures, their ratio and why they differ")
    {
        const QString text = QString::fromUtf8(runCli({QStringLiteral("analyze"), nin()}).out);
        CHECK(text.contains(QStringLiteral("= 37,480,072 B (35.7 MiB)")));
        CHECK(text.contains(QStringLiteral("autograd  = 7,677,880 B + 4 B \u00d7 3 \u00d7 "
                                           "1,992,166 = 31,583,872 B (30.1 MiB); the lecture "
                                           "model's training figure is 1.19 \u00d7 this")));
        CHECK(text.contains(QStringLiteral("890,880 B of max-pool indices")));
        CHECK(text.contains(QStringLiteral("saved for backward")));
    }
    SECTION("--csv: a saved_bytes column after the lecture model's activation bytes")
    {
        const QList<QByteArray> lines
            = csvLines(runCli({QStringLiteral("analyze"), nin(), QStringLiteral("--csv")}).out);
        REQUIRE(lines.size() == 11);
        CHECK(lines[0].contains("activations,activation_bytes,saved_bytes,macs"));
        CHECK(lines[1].contains(",3359232,3559936,"));
    }
    SECTION("float16 is not measured, and the report says so")
    {
        const QJsonObject memory
            = jsonOf(runCli({QStringLiteral("analyze"), nin(), QStringLiteral("--json"),
                             QStringLiteral("--dtype=float16")}))
                  .value(QStringLiteral("memory"))
                  .toObject();
        CHECK_FALSE(memory.value(QStringLiteral("saved_measured")).toBool(true));
        CHECK(memory.value(QStringLiteral("saved_note"))
                  .toString()
                  .contains(QStringLiteral("float16")));
    }
}

TEST_CASE("the batch dtype and optimizer options override the file's settings")
{
    const Run run = runCli({QStringLiteral("analyze"), nin(), QStringLiteral("--json"),
                            QStringLiteral("--batch=8"), QStringLiteral("--dtype"),
                            QStringLiteral("float16"), QStringLiteral("--optimizer"),
                            QStringLiteral("adam")});
    REQUIRE(run.exitCode == 0);
    const QJsonObject totals = jsonOf(run).value(QStringLiteral("totals")).toObject();
    // arithmetic.md §4 with b = 2, N = 8, m = 4 and the spec's A and P.
    CHECK(totals.value(QStringLiteral("training_bytes")).toInteger()
          == 2 * (2 * 8 * 1696760LL + 4 * 1992166LL));
}

TEST_CASE("an invalid network exits 1 and still prints the report")
{
    const QString file = dataFile("edge_x_two_errors_first_counts.cnn.json");
    const Run json = runCli({QStringLiteral("analyze"), file, QStringLiteral("--json")});
    REQUIRE(json.exitCode == 1);
    const QJsonObject report = jsonOf(json);
    CHECK_FALSE(report.value(QStringLiteral("valid")).toBool());
    const QJsonArray errors = report.value(QStringLiteral("errors")).toArray();
    REQUIRE(errors.size() == 1);
    CHECK(errors.at(0).toObject().value(QStringLiteral("layer")).toInt() == 1);
    const QJsonArray layers = report.value(QStringLiteral("layers")).toArray();
    REQUIRE(layers.size() == 3);
    CHECK(layers.at(0).toObject().value(QStringLiteral("output")).toArray()
          == (QJsonArray{4, 8, 8}));
    CHECK(layers.at(1).toObject().value(QStringLiteral("output")).isNull());
    CHECK(layers.at(2).toObject().value(QStringLiteral("output")).isNull());

    const Run csv = runCli({QStringLiteral("analyze"), file, QStringLiteral("--csv")});
    CHECK(csv.exitCode == 1);
    CHECK(csvLines(csv.out).size() == 4);
}

TEST_CASE("a file that cannot be read exits 2 with one line on stderr and nothing on stdout")
{
    QTemporaryDir dir;
    const QString broken = writeTemp(dir, "broken.cnn.json", "{ \"format\": ");
    const QString missing = dir.filePath(QStringLiteral("missing.cnn.json"));
    for (const QString &file : {broken, missing}) {
        const Run run = runCli({QStringLiteral("analyze"), file, QStringLiteral("--json")});
        CHECK(run.exitCode == 2);
        CHECK(run.out.isEmpty());
        CHECK(run.err.count('\n') == 1);
        CHECK(QString::fromUtf8(run.err).contains(file));
    }
}

TEST_CASE("a wrong command line exits 2 with the usage and help and version exit 0")
{
    for (const QStringList &args : {QStringList{}, QStringList{QStringLiteral("analyse")},
                                    QStringList{QStringLiteral("analyze")},
                                    QStringList{QStringLiteral("analyze"), nin(),
                                                QStringLiteral("--batch"), QStringLiteral("0")},
                                    QStringList{QStringLiteral("analyze"), nin(),
                                                QStringLiteral("--json"), QStringLiteral("--csv")}}) {
        const Run run = runCli(args);
        CHECK(run.exitCode == 2);
        CHECK(run.out.isEmpty());
        CHECK(run.err.contains("Usage:"));
    }
    const Run help = runCli({QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains("Usage:"));
    const Run version = runCli({QStringLiteral("--version")});
    CHECK(version.exitCode == 0);
    CHECK(version.out == QByteArray("convdesigner-cli " CONVDESIGNER_VERSION "\n"));
}

TEST_CASE("analyze --csv quotes names by RFC 4180 and defuses spreadsheet formulas")
{
    const Run run = runCli({QStringLiteral("analyze"),
                            dataFile("edge_names_csv_quoting.cnn.json"), QStringLiteral("--csv")});
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.startsWith("index,name,type,inputs,block,output,"));
    CHECK(run.out.contains("\r\n0,\"conv, \"\"first\"\"\",conv2d,input,,4x14x14,108,4,112,"));
    CHECK(run.out.contains(QString::fromUtf8("\r\n3,\"a\nb\",flatten,池化,,196,").toUtf8()));
    CHECK(run.out.contains(QString::fromUtf8("\r\n2,池化,maxpool2d,Faltung ü,,4x7x7,").toUtf8()));

    QTemporaryDir dir;
    const QString file = writeTemp(dir, "formula.cnn.json", R"json({
        "format": "convdesigner-network", "version": 1,
        "input": {"channels": 1, "height": 8, "width": 8},
        "layers": [{"type": "relu", "name": "=SUM(A1:A9)"}, {"type": "relu", "name": "-1"}]
    })json");
    const Run formula = runCli({QStringLiteral("analyze"), file, QStringLiteral("--csv")});
    REQUIRE(formula.exitCode == 0);
    CHECK(formula.out.contains("\r\n0,'=SUM(A1:A9),relu,input,,1x8x8,"));
    // The inputs column names layers too, and is defused the same way.
    CHECK(formula.out.contains("\r\n1,'-1,relu,'=SUM(A1:A9),,1x8x8,"));
}
