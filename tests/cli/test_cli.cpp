// Runs the built convdesigner-cli as a user would: exit statuses, --json, --csv and --table.

#include <catch2/catch.hpp>

#include <QByteArray>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <fcntl.h>
#include <unistd.h>

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

namespace {

QString probeFile(const char *name)
{
    return QStringLiteral(CONVDESIGNER_TEST_DATA "/probes/") + QString::fromUtf8(name);
}

const QStringList everyFormat
    = {QStringLiteral("--json"), QStringLiteral("--csv"), QStringLiteral("--table"),
       QStringLiteral("--markdown"), QStringLiteral("--latex")};

} // namespace

// Issue 9's probes: a few hundred bytes that aborted the CLI (std::bad_alloc), printed a
// 298 MB report or ran for hours. Each must finish (runCli allows 30 s; they take well under
// one) with a small report in every format.
TEST_CASE("the issue 9 probes finish quickly with small reports in every format", "[bounds]")
{
    const char *probe = GENERATE("kernel1_huge_dilation.cnn.json", "huge_input_stride2.cnn.json",
                                 "tall_input_many_convs.cnn.json", "long_discarded_run.cnn.json");
    for (const QString &format : everyFormat) {
        CAPTURE(probe, format.toStdString());
        const Run run = runCli({QStringLiteral("analyze"), probeFile(probe), format});
        CHECK(run.exitCode == 0);
        CHECK(run.err.isEmpty());
        CHECK(run.out.size() < 1024 * 1024);
    }
}

TEST_CASE("a layer whose coverage does not fit the budget says not analysed", "[bounds]")
{
    const QJsonObject report
        = jsonOf(runCli({QStringLiteral("analyze"), probeFile("huge_input_stride2.cnn.json"),
                         QStringLiteral("--json")}));
    const QJsonObject layer = report.value(QStringLiteral("layers")).toArray().at(0).toObject();
    CHECK(layer.value(QStringLiteral("output")).toArray() == QJsonArray({1, 8388608, 8388608}));
    CHECK(layer.value(QStringLiteral("discarded_rows")).isNull());
    CHECK(report.value(QStringLiteral("input_coverage")).isNull());

    const Run table = runCli({QStringLiteral("analyze"), probeFile("huge_input_stride2.cnn.json"),
                              QStringLiteral("--table")});
    CHECK(table.out.contains("not analysed: too large"));
}

TEST_CASE("long index lists are written as runs of [first, last]", "[bounds]")
{
    // Kernel 1, stride 999 on 1000 rows reads rows 0 and 999: rows 1-998 are discarded.
    const QJsonObject report
        = jsonOf(runCli({QStringLiteral("analyze"), probeFile("long_discarded_run.cnn.json"),
                         QStringLiteral("--json")}));
    const QJsonObject layer = report.value(QStringLiteral("layers")).toArray().at(0).toObject();
    CHECK(layer.value(QStringLiteral("discarded_rows")).toArray()
          == QJsonArray{QJsonArray{1, 998}});
    CHECK(layer.value(QStringLiteral("discarded_cols")).toArray().isEmpty());
    const QJsonObject coverage = report.value(QStringLiteral("input_coverage")).toObject();
    CHECK(coverage.value(QStringLiteral("unused_rows")).toArray()
          == QJsonArray{QJsonArray{1, 998}});
    CHECK(coverage.value(QStringLiteral("unused_pixels")).toInteger() == 998 * 3);
}

TEST_CASE("a fan of 20,000 branches into one concat: time and reports linear in the file",
          "[bounds]")
{
    // Each step of the memory timeline listed every live tensor, the terminal table drew 20,000
    // lanes on every row and padded every row to the concat's inputs: quadratic, and the CLI
    // was killed for want of memory.
    QByteArray file = R"({"format": "convdesigner-network", "version": 2,
        "input": {"channels": 1, "height": 4, "width": 4}, "layers": [)";
    QByteArray names;
    const int branches = 20000;
    for (int i = 0; i < branches; ++i) {
        const QByteArray name = "b" + QByteArray::number(i);
        file += R"({"type": "conv2d", "out_channels": 1, "kernel": 1, "name": ")" + name
                + R"(", "inputs": ["input"]},)";
        names += (i == 0 ? "\"" : ", \"") + name + "\"";
    }
    file += R"({"type": "concat", "inputs": [)" + names + "]}]}";
    QTemporaryDir dir;
    const QString path = writeTemp(dir, "fan.cnn.json", file);
    for (const QString &format : everyFormat) {
        CAPTURE(format.toStdString());
        const Run run = runCli({QStringLiteral("analyze"), path, format});
        CHECK(run.exitCode == 0);
        CHECK(run.out.size() < 1000 * file.size()); // a few hundred bytes a layer at most
    }
}

namespace {

// DIR/`name` (raw bytes, perhaps no UTF-8) holding `content`, removed by its bytes at the end
// (QTemporaryDir cannot name it to remove it).
class RawNamedFile
{
public:
    RawNamedFile(const QTemporaryDir &dir, const QByteArray &name, const QByteArray &content)
        : m_path(QFile::encodeName(dir.path()) + '/' + name)
    {
        const int fd = ::open(m_path.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        REQUIRE(fd >= 0);
        const auto written = ::write(fd, content.constData(), static_cast<size_t>(content.size()));
        ::close(fd);
        REQUIRE(written == content.size());
    }
    ~RawNamedFile() { ::unlink(m_path.constData()); }
    RawNamedFile(const RawNamedFile &) = delete;
    RawNamedFile &operator=(const RawNamedFile &) = delete;

private:
    QByteArray m_path;
};

// Runs the CLI on the one *.cnn.json file in `dir`: the shell's glob hands it the name's
// bytes as they are, which QProcess (QString arguments) could not.
Run runOnOnlyFile(const QTemporaryDir &dir, const QString &format)
{
    QProcess process;
    process.start(QStringLiteral("/bin/sh"),
                  {QStringLiteral("-c"),
                   QStringLiteral("exec \"$0\" analyze \"$1\"/*.cnn.json \"$2\""),
                   QStringLiteral(CONVDESIGNER_CLI), dir.path(), format});
    REQUIRE(process.waitForFinished(30000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

QByteArray ninBytes()
{
    QFile file(nin());
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

} // namespace

// Issue 9: the CLI turned its argument into a QString, which cannot hold a byte 0xFF, and
// then looked for another file.
TEST_CASE("a file whose name is no UTF-8 is read by its bytes", "[paths]")
{
    QTemporaryDir dir;
    const RawNamedFile file(dir, "\xff\xfe.cnn.json", ninBytes());
    const Run run = runOnOnlyFile(dir, QStringLiteral("--json"));
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 0);
    CHECK(jsonOf(run).value(QStringLiteral("layers")).toArray().size() == 10);
}

TEST_CASE("a path with a newline, an escape or bytes that are no UTF-8 is printed quoted",
          "[paths]")
{
    struct Row
    {
        QByteArray name;
        QByteArray shown;
    };
    const Row row = GENERATE(values<Row>({
        {"a\nb.cnn.json", R"(/a\nb.cnn.json": )"},
        {"\x1b[2Jclear.cnn.json", R"(/\x1b[2Jclear.cnn.json": )"},
        {"\xff.cnn.json", R"(/\xff.cnn.json": )"},
    }));
    QTemporaryDir dir;
    const RawNamedFile file(dir, row.name, "{ \"format\": ");
    const Run run = runOnOnlyFile(dir, QStringLiteral("--table"));
    CHECK(run.exitCode == 2);
    CHECK(run.out.isEmpty());
    CHECK(run.err.count('\n') == 1); // one line: the newline in the name is \n
    CHECK_FALSE(run.err.contains('\x1b'));
    CHECK(run.err.startsWith("convdesigner-cli: \"" + QFile::encodeName(dir.path())));
    CHECK(run.err.contains(row.shown + "malformed JSON at line 1"));
}

TEST_CASE("a wrong argument is quoted with escapes in the usage error", "[paths]")
{
    const Run run = runCli({QStringLiteral("analyze"), nin(), QStringLiteral("--x\n\x1b[2J")});
    CHECK(run.exitCode == 2);
    CHECK(run.err.startsWith(R"(convdesigner-cli: unknown option "--x\n\x1b[2J")"));
}

TEST_CASE("export-pytorch prints the PyTorch code, or writes it to -o", "[pytorch]")
{
    const QString lenet = QStringLiteral(CONVDESIGNER_EXAMPLES "/lenet5.cnn.json");
    const Run printed = runCli({QStringLiteral("export-pytorch"), lenet});
    REQUIRE(printed.exitCode == 0);
    CHECK(printed.err.isEmpty());
    CHECK(printed.out.startsWith("\"\"\"LeNet"));
    CHECK(printed.out.contains("\nnet = nn.Sequential(OrderedDict([\n"));
    CHECK(printed.out.endsWith("if __name__ == \"__main__\":\n    main()\n"));

    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("lenet.py"));
    const Run written = runCli({QStringLiteral("export-pytorch"), lenet, QStringLiteral("-o"), out});
    REQUIRE(written.exitCode == 0);
    CHECK(written.out.isEmpty());
    QFile file(out);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == printed.out);

    // A directory that does not exist: the file cannot be written, exit 2 with the reason.
    const Run nowhere = runCli({QStringLiteral("export-pytorch"), lenet, QStringLiteral("-o"),
                                dir.filePath(QStringLiteral("missing/lenet.py"))});
    CHECK(nowhere.exitCode == 2);
    CHECK(nowhere.err.contains("missing/lenet.py"));
}

TEST_CASE("export-pytorch refuses an invalid network like analyze, and writes nothing",
          "[pytorch]")
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("invalid.py"));
    const Run run = runCli({QStringLiteral("export-pytorch"),
                            dataFile("edge_x_conv_after_flatten.cnn.json"), QStringLiteral("-o"),
                            out});
    CHECK(run.exitCode == 1);
    CHECK(run.out.isEmpty());
    CHECK(run.err.startsWith("convdesigner-cli: the network is invalid, so it has no PyTorch code: "));
    CHECK(run.err.count('\n') == 1);
    CHECK_FALSE(QFile::exists(out));

    const Run unreadable = runCli({QStringLiteral("export-pytorch"),
                                   dir.filePath(QStringLiteral("none.cnn.json"))});
    CHECK(unreadable.exitCode == 2);
    CHECK(unreadable.out.isEmpty());
}

TEST_CASE("export-pytorch's command line: one FILE, -o with a value", "[pytorch]")
{
    for (const QStringList &args :
         {QStringList{QStringLiteral("export-pytorch")},
          QStringList{QStringLiteral("export-pytorch"), nin(), QStringLiteral("-o")},
          QStringList{QStringLiteral("export-pytorch"), nin(), nin()},
          QStringList{QStringLiteral("export-pytorch"), nin(), QStringLiteral("--json")}}) {
        const Run run = runCli(args);
        CHECK(run.exitCode == 2);
        CHECK(run.out.isEmpty());
        CHECK(run.err.contains("Usage:"));
    }
    const Run help = runCli({QStringLiteral("--help")});
    CHECK(help.out.contains("convdesigner-cli export-pytorch FILE [-o OUT.py]"));
}

TEST_CASE("analyze reads ONNX models; --input gives a symbolic size", "[onnx]")
{
    const QString anySize = dataFile("onnx/any_size.onnx");
    const Run asked = runCli({QStringLiteral("analyze"), anySize});
    CHECK(asked.exitCode == 2);
    CHECK(asked.out.isEmpty());
    CHECK(asked.err.contains("symbolic"));
    CHECK(asked.err.contains("(--input C,H,W)"));

    const Run given = runCli({QStringLiteral("analyze"), anySize, QStringLiteral("--json"),
                              QStringLiteral("--input"), QStringLiteral("1,12,10")});
    CHECK(given.exitCode == 0);
    const QJsonObject report = jsonOf(given);
    CHECK(report[QStringLiteral("input")].toArray() == QJsonArray{1, 12, 10});
    // conv 1->2 3x3 (18 + 2), linear 2->2 (4 + 2)
    CHECK(report[QStringLiteral("totals")].toObject()[QStringLiteral("params")].toInt() == 26);

    const Run wrongChannels = runCli({QStringLiteral("analyze"), anySize,
                                      QStringLiteral("--input=3,12,10")});
    CHECK(wrongChannels.exitCode == 2);
    CHECK(wrongChannels.err.contains("has 1 channels, not the 3 given"));
}

TEST_CASE("the input size option needs three sizes and an ONNX model", "[onnx]")
{
    for (const char *bad : {"1,12", "1,12,10,4", "0,12,10", "a,b,c", "1,12,"}) {
        const Run run = runCli({QStringLiteral("analyze"), nin(), QStringLiteral("--input"),
                                QString::fromLatin1(bad)});
        INFO(bad);
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains("--input needs channels, height and width"));
    }
    const Run onJson = runCli({QStringLiteral("analyze"), nin(), QStringLiteral("--input=1,8,8")});
    CHECK(onJson.exitCode == 2);
    CHECK(onJson.err.contains("--input is for ONNX models"));
}

TEST_CASE("an ONNX model is recognised by its bytes whatever its name", "[onnx]")
{
    QTemporaryDir dir;
    QFile source(dataFile("onnx/tiny_lenet.onnx"));
    REQUIRE(source.open(QIODevice::ReadOnly));
    const QString renamed = writeTemp(dir, "lenet.model", source.readAll());
    const Run run = runCli({QStringLiteral("analyze"), renamed, QStringLiteral("--csv")});
    CHECK(run.exitCode == 0);
    // header + the 10 layers of tiny LeNet's eval export (which drops its Dropout)
    CHECK(csvLines(run.out).size() == 1 + 10);
}

TEST_CASE("analyze --explain prints one layer's formulas with its numbers", "[explain]")
{
    const Run run = runCli({QStringLiteral("analyze"), nin(), QStringLiteral("--explain"),
                            QStringLiteral("nin1")});
    CHECK(run.exitCode == 0);
    const QString out = QString::fromUtf8(run.out);
    CHECK(out.startsWith(QStringLiteral("nin1 (nin_block)\n")));
    // (224 − 11)/4 = 53.25 → 54; 96·1·11·11 = 11,616; the sums follow under "network".
    CHECK(out.contains(QString::fromUtf8("out = \u230a(224 + 2\u00b70 \u2212 11)/4\u230b + 1 = "
                                         "\u230a53.25\u230b + 1 = 54")));
    CHECK(out.contains(QStringLiteral("= 11,616\n")));
    CHECK(out.contains(QStringLiteral("\nnetwork\n")));
    CHECK(out.contains(QStringLiteral("37,480,072 B")));

    const Run missing = runCli({QStringLiteral("analyze"), nin(), QStringLiteral("--explain=conv9")});
    CHECK(missing.exitCode == 2);
    CHECK(missing.out.isEmpty());
    CHECK(missing.err.contains("no layer named conv9; the layers are nin1, pool1,"));

    const Run both = runCli({QStringLiteral("analyze"), nin(), QStringLiteral("--json"),
                             QStringLiteral("--explain"), QStringLiteral("nin1")});
    CHECK(both.exitCode == 2);
    CHECK(both.err.contains("--explain prints text"));
}

TEST_CASE("report writes the handout page to -o, and an invalid network's page exits 1", "[report]")
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("nin.html"));
    const Run run = runCli({QStringLiteral("report"), nin(), QStringLiteral("-o"), out});
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.isEmpty());
    CHECK(run.err.isEmpty());
    QFile page(out);
    REQUIRE(page.open(QIODevice::ReadOnly));
    const QByteArray html = page.readAll();
    CHECK(html.startsWith("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\""));
    // NiN's first conv: (224 − 11)/4 = 53.25, so 54 windows and row 223 unread.
    CHECK(html.contains("(224 + 2\u00b70 \u2212 11) / 4 = 53.25"));
    CHECK(html.endsWith("</html>\n"));

    const QString invalid = dir.filePath(QStringLiteral("invalid.HTM"));
    const Run failed
        = runCli({QStringLiteral("report"), dataFile("edge_x_conv_after_flatten.cnn.json"),
                  QStringLiteral("--output=") + invalid});
    CHECK(failed.exitCode == 1);
    QFile invalidPage(invalid);
    REQUIRE(invalidPage.open(QIODevice::ReadOnly));
    CHECK(invalidPage.readAll().contains("The network is invalid:"));

    // A directory that does not exist: the page cannot be written, exit 2 with the reason.
    const Run nowhere = runCli({QStringLiteral("report"), nin(), QStringLiteral("-o"),
                                dir.filePath(QStringLiteral("missing/nin.html"))});
    CHECK(nowhere.exitCode == 2);
    CHECK(nowhere.err.contains("missing/nin.html"));
}

TEST_CASE("report's command line: one FILE and -o naming an .html page", "[report]")
{
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("nin.pdf"));
    const Run wrongSuffix = runCli({QStringLiteral("report"), nin(), QStringLiteral("-o"), pdf});
    CHECK(wrongSuffix.exitCode == 2);
    CHECK(wrongSuffix.err.startsWith("convdesigner-cli: report writes an HTML page: -o "));
    CHECK(wrongSuffix.err.contains("must end in .html or .htm"));
    CHECK_FALSE(QFile::exists(pdf));
    for (const QStringList &args :
         {QStringList{QStringLiteral("report")}, QStringList{QStringLiteral("report"), nin()},
          QStringList{QStringLiteral("report"), nin(), QStringLiteral("-o")},
          QStringList{QStringLiteral("report"), nin(), nin(), QStringLiteral("-o"),
                      QStringLiteral("a.html")},
          QStringList{QStringLiteral("report"), nin(), QStringLiteral("--json"),
                      QStringLiteral("-o"), QStringLiteral("a.html")}}) {
        const Run run = runCli(args);
        CHECK(run.exitCode == 2);
        CHECK(run.out.isEmpty());
        CHECK(run.err.contains("Usage:"));
    }
    const Run help = runCli({QStringLiteral("--help")});
    CHECK(help.out.contains("convdesigner-cli report FILE -o OUT.html"));
}
