// The open file changed by another program: asked about (Reload / Keep Mine), never asked
// about our own saves, and never overwritten silently afterwards.

#include "document.h"
#include "edits.h"
#include "file_watch/external_change_questions.h"
#include "file_watch/external_change_watcher.h"
#include "io/network_reader.h"
#include "io/network_writer.h"
#include "main_window.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QFile>
#include <QMessageBox>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <vector>

using namespace cd;
using namespace cd::ui;

namespace {

struct Asked
{
    ExternalChange change;
    QString path;
};

// What the hook was asked, and what it answers next.
std::vector<Asked> g_asked;
ExternalChangeAnswer g_nextAnswer = ExternalChangeAnswer::Keep;

ExternalChangeAnswer recordAndAnswer(ExternalChange change, const QString &path)
{
    g_asked.push_back({change, path});
    return g_nextAnswer;
}

struct AnswerQuestions
{
    explicit AnswerQuestions(ExternalChangeAnswer first)
    {
        g_asked.clear();
        g_nextAnswer = first;
        setExternalChangeAnswer(&recordAndAnswer);
    }
    ~AnswerQuestions() { setExternalChangeAnswer(nullptr); }
};

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

// Another program saving: an editor writing in place, or one replacing the file atomically.
void writeInPlace(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

void replaceAtomically(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    REQUIRE(file.commit());
}

// The NiN example renamed, as another program might save it.
QByteArray otherNetworkBytes(const char *name)
{
    io::ReadResult read
        = io::readNetworkFile(QStringLiteral(CONVDESIGNER_EXAMPLES "/nin.cnn.json"));
    REQUIRE(read.network.has_value());
    read.network->name = name;
    return io::writeNetwork(*read.network);
}

// Long enough for the watcher's event and its 100 ms check after the burst.
bool askedWithin(std::size_t count, int timeoutMs = 5000)
{
    return QTest::qWaitFor([&] { return g_asked.size() >= count; }, timeoutMs);
}

void settle()
{
    QTest::qWait(400);
}

struct OpenCopy
{
    QTemporaryDir dir;
    QString path;
    MainWindow window;

    OpenCopy()
    {
        path = dir.filePath(QStringLiteral("nin.cnn.json"));
        writeInPlace(path, readBytes(QStringLiteral(CONVDESIGNER_EXAMPLES "/nin.cnn.json")));
        REQUIRE(window.openFile(path));
    }
};

} // namespace

TEST_CASE("a change on disk asks, and Reload reads the new network", "[file-watch]")
{
    AnswerQuestions answers(ExternalChangeAnswer::Reload);
    OpenCopy open;
    Document *document = open.window.document();
    appendNewLayer(document, LayerType::ReLU); // unsaved work the reload gives up

    const auto write = GENERATE(&writeInPlace, &replaceAtomically);
    write(open.path, otherNetworkBytes("NiN from elsewhere"));
    REQUIRE(askedWithin(1));
    CHECK(g_asked[0].change == ExternalChange::Changed);
    CHECK(g_asked[0].path == QFileInfo(open.path).absoluteFilePath());
    CHECK(document->network().name == "NiN from elsewhere");
    CHECK(document->network().layers.size() == 10);
    CHECK_FALSE(document->isModified());

    SECTION("and goes on watching the reloaded file")
    {
        write(open.path, otherNetworkBytes("NiN, third version"));
        REQUIRE(askedWithin(2));
        CHECK(document->network().name == "NiN, third version");
    }
}

TEST_CASE("Keep Mine keeps the document, and the next save asks before overwriting", "[file-watch]")
{
    AnswerQuestions answers(ExternalChangeAnswer::Keep);
    OpenCopy open;
    Document *document = open.window.document();
    appendNewLayer(document, LayerType::ReLU);
    const Network mine = document->network();
    const QByteArray theirs = otherNetworkBytes("NiN from elsewhere");

    writeInPlace(open.path, theirs);
    REQUIRE(askedWithin(1));
    CHECK(g_asked[0].change == ExternalChange::Changed);
    settle();
    CHECK(g_asked.size() == 1); // asked once about one change
    CHECK(document->network() == mine);
    CHECK(document->isModified());

    SECTION("Cancel writes nothing")
    {
        g_nextAnswer = ExternalChangeAnswer::Cancel;
        CHECK_FALSE(open.window.saveTo(document->filePath()));
        REQUIRE(g_asked.size() == 2);
        CHECK(g_asked[1].change == ExternalChange::BeforeSaving);
        CHECK(readBytes(open.path) == theirs);
        CHECK(document->isModified());
    }
    SECTION("Overwrite writes ours and asks nothing more")
    {
        g_nextAnswer = ExternalChangeAnswer::Overwrite;
        REQUIRE(open.window.saveTo(document->filePath()));
        REQUIRE(g_asked.size() == 2);
        CHECK(g_asked[1].change == ExternalChange::BeforeSaving);
        CHECK(readBytes(open.path) == io::writeNetwork(mine));
        settle();
        CHECK(g_asked.size() == 2);
        appendNewLayer(document, LayerType::ReLU);
        REQUIRE(open.window.saveTo(document->filePath()));
        CHECK(g_asked.size() == 2);
    }
}

TEST_CASE("our own saves ask nothing", "[file-watch]")
{
    AnswerQuestions answers(ExternalChangeAnswer::Reload);
    OpenCopy open;
    Document *document = open.window.document();
    for (int i = 0; i < 3; ++i) {
        appendNewLayer(document, LayerType::ReLU);
        REQUIRE(open.window.saveTo(document->filePath()));
        settle();
    }
    CHECK(g_asked.empty());
    CHECK(document->network().layers.size() == 13);
}

TEST_CASE("a deleted file is told about and the document stays modified", "[file-watch]")
{
    AnswerQuestions answers(ExternalChangeAnswer::Keep);
    OpenCopy open;
    Document *document = open.window.document();
    CHECK_FALSE(document->isModified());
    REQUIRE(QFile::remove(open.path));
    REQUIRE(askedWithin(1));
    CHECK(g_asked[0].change == ExternalChange::Deleted);
    CHECK(document->isModified());
    CHECK(document->network().layers.size() == 10);

    REQUIRE(open.window.saveTo(document->filePath())); // Save writes it again, asking nothing
    CHECK(g_asked.size() == 1);
    CHECK(readBytes(open.path) == io::writeNetwork(document->network()));
}

TEST_CASE("a reload of a bad file shows the reader's message and keeps the document",
          "[file-watch]")
{
    AnswerQuestions answers(ExternalChangeAnswer::Reload);
    OpenCopy open;
    Document *document = open.window.document();
    appendNewLayer(document, LayerType::ReLU);
    const Network mine = document->network();
    QString shown;
    // The reader's message comes in a modal box: read it and close it.
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, [&] {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (auto *box = qobject_cast<QMessageBox *>(widget); box && box->isVisible()) {
                shown = box->text();
                box->accept();
            }
        }
    });
    poll.start(20);
    writeInPlace(open.path, R"({"format": "convdesigner-network", "version": 1, "layers": [})");
    REQUIRE(askedWithin(1));
    REQUIRE(QTest::qWaitFor([&] { return !shown.isEmpty(); }, 5000));
    CHECK(shown.startsWith(QDir::toNativeSeparators(QFileInfo(open.path).absoluteFilePath())
                           + QStringLiteral(": ")));
    CHECK(document->network() == mine);
    CHECK(document->isModified());
}
