// Crash recovery: the recovery files of unsaved work, the writer that keeps this process's one
// in step with the document, and the offer to restore the work of a designer that crashed.

#include "document.h"
#include "edits.h"
#include "io/network_reader.h"
#include "io/network_writer.h"
#include "main_window.h"
#include "recovery/recovery_offer.h"
#include "recovery/recovery_store.h"
#include "recovery/recovery_writer.h"
#include "recovery/restore_dialog.h"

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLockFile>
#include <QMessageBox>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <csignal>

using namespace cd;
using namespace cd::ui;

namespace {

const QString ninExample = QStringLiteral(CONVDESIGNER_EXAMPLES "/nin.cnn.json");

Network readExample(const QString &path = ninExample)
{
    io::ReadResult read = io::readNetworkFile(path);
    REQUIRE(read.network.has_value());
    return std::move(*read.network);
}

// A copy of the NiN example in `dir`, so that saves never touch the repository.
QString copyOfNin(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("nin.cnn.json"));
    REQUIRE(QFile::copy(ninExample, path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return path;
}

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

// A process id that no process has any more: a child that has already exited.
qint64 deadPid()
{
    QProcess child;
    child.start(QStringLiteral("/bin/true"), {});
    REQUIRE(child.waitForStarted(5000));
    const qint64 pid = child.processId();
    REQUIRE(child.waitForFinished(5000));
    return pid;
}

// Leaves `key` in `store` the way a crashed designer does: the recovery file, and beside it
// a lock file naming a process that is gone. The lock file's own format is Qt's, so it is
// made by a real QLockFile and only its first line, the owner's pid, is changed.
void plantCrashedEntry(const RecoveryStore &store, const QString &key, const RecoveryEntry &entry,
                       qint64 pid)
{
    REQUIRE(QDir().mkpath(store.directory()));
    const QString probe = store.directory() + QStringLiteral("/probe.lock");
    QByteArray lockBytes;
    {
        QLockFile lock(probe);
        REQUIRE(lock.tryLock(0));
        lockBytes = readBytes(probe);
    }
    lockBytes = QByteArray::number(pid) + lockBytes.mid(lockBytes.indexOf('\n'));
    writeBytes(store.lockPath(key), lockBytes);
    REQUIRE(store.write(key, entry).empty());
}

RecoveryEntry sampleEntry()
{
    Network network = readExample();
    network.name = "NiN, edited";
    network.layers.pop_back();
    return {network, QStringLiteral("/home/someone/nin.cnn.json"),
            QDateTime(QDate(2026, 3, 4), QTime(5, 6, 7, 890), Qt::UTC)};
}

template<typename Predicate>
bool waitFor(Predicate predicate, int timeoutMs = 5000)
{
    return QTest::qWaitFor(predicate, timeoutMs);
}

} // namespace

TEST_CASE("a recovery file gives back the network, its file and when it was written", "[recovery]")
{
    const RecoveryEntry entry = sampleEntry();
    SECTION("as bytes")
    {
        const RecoveryFile read = decodeRecovery(encodeRecovery(entry), QStringLiteral("x"));
        REQUIRE(read.entry.has_value());
        CHECK(read.entry->network == entry.network);
        CHECK(read.entry->originalPath == entry.originalPath);
        CHECK(read.entry->savedAt == entry.savedAt);
    }
    SECTION("an untitled network has no file")
    {
        RecoveryEntry untitled = entry;
        untitled.originalPath.clear();
        const RecoveryFile read = decodeRecovery(encodeRecovery(untitled), QStringLiteral("x"));
        REQUIRE(read.entry.has_value());
        CHECK(read.entry->originalPath.isEmpty());
    }
    SECTION("the network part is the network file format, byte for byte")
    {
        const QByteArray bytes = encodeRecovery(entry);
        CHECK(bytes.mid(bytes.indexOf('\n') + 1) == io::writeNetwork(entry.network));
    }
    SECTION("through the folder, once its writer is gone")
    {
        QTemporaryDir dir;
        const RecoveryStore store(dir.path());
        QString error;
        std::optional<RecoveryStore::Claim> claim = store.claim(4242, &error);
        REQUIRE(claim.has_value());
        CHECK(claim->key == QStringLiteral("4242"));
        REQUIRE(store.write(claim->key, entry).empty());
        CHECK(store.orphans().empty()); // its lock is held: a live designer's work
        claim->lock.reset();
        const std::vector<RecoveryFile> orphans = store.orphans();
        REQUIRE(orphans.size() == 1);
        REQUIRE(orphans[0].entry.has_value());
        CHECK(orphans[0].entry->network == entry.network);
        CHECK(orphans[0].entry->originalPath == entry.originalPath);
        CHECK(orphans[0].entry->savedAt == entry.savedAt);
        CHECK(store.remove(QStringLiteral("4242")));
        CHECK(store.orphans().empty());
    }
}

TEST_CASE("bad recovery files are refused with the file's name and what is wrong", "[recovery]")
{
    const QByteArray network = io::writeNetwork(readExample());
    const auto [bytes, expected] = GENERATE_COPY(table<QByteArray, const char *>({
        {QByteArray("no header at all"), "no header line"},
        {QByteArray("[1, 2]\n") + network, "header"},
        {QByteArray(R"({"format":"other","version":1,"file":null,"savedAt":"2026-01-01T00:00:00Z"})"
                    "\n")
             + network,
         "format"},
        {QByteArray(R"({"format":"convdesigner-recovery","version":2,"file":null,)"
                    R"("savedAt":"2026-01-01T00:00:00Z"})"
                    "\n")
             + network,
         "version"},
        {QByteArray(R"({"format":"convdesigner-recovery","version":1,"file":7,)"
                    R"("savedAt":"2026-01-01T00:00:00Z"})"
                    "\n")
             + network,
         "file"},
        {QByteArray(R"({"format":"convdesigner-recovery","version":1,"file":null,)"
                    R"("savedAt":"yesterday"})"
                    "\n")
             + network,
         "savedAt"},
        {QByteArray(R"({"format":"convdesigner-recovery","version":1,"file":null,)"
                    R"("savedAt":"2026-01-01T00:00:00Z"})"
                    "\n{\"layers\": [}"),
         "network: "},
    }));
    const RecoveryFile read = decodeRecovery(bytes, QStringLiteral("/r/1.cnn-recovery"));
    CHECK_FALSE(read.entry.has_value());
    CHECK(read.error.startsWith(QStringLiteral("/r/1.cnn-recovery: ")));
    CHECK(read.error.contains(QString::fromLatin1(expected)));
}

TEST_CASE("the file of a crashed designer is offered and a live designer's is not", "[recovery]")
{
    QTemporaryDir dir;
    const RecoveryStore store(dir.path());
    const qint64 dead = deadPid();
    REQUIRE(dead != 0);
    plantCrashedEntry(store, QString::number(dead), sampleEntry(), dead);

    Document document;
    document.reset(readExample(), QString());
    RecoveryWriter writer(&document, dir.path());
    appendNewLayer(&document, LayerType::ReLU);
    writer.flush(); // this process's own file, its lock held
    REQUIRE(QFileInfo::exists(writer.filePath()));

    const std::vector<RecoveryFile> orphans = store.orphans();
    REQUIRE(orphans.size() == 1);
    CHECK(orphans[0].path == store.entryPath(QString::number(dead)));
    // and this process's own lock is left alone
    CHECK(QFileInfo::exists(store.lockPath(QFileInfo(writer.filePath()).baseName())));
}

TEST_CASE("a dead designer's lock with no recovery file beside it is swept away", "[recovery]")
{
    QTemporaryDir dir;
    const RecoveryStore store(dir.path());
    plantCrashedEntry(store, QStringLiteral("7"), sampleEntry(), deadPid());
    REQUIRE(store.remove(QStringLiteral("7")));
    REQUIRE(QFileInfo::exists(store.lockPath(QStringLiteral("7"))));
    CHECK(store.orphans().empty());
    CHECK_FALSE(QFileInfo::exists(store.lockPath(QStringLiteral("7"))));
}

TEST_CASE("the writer writes a moment after an edit and removes the file once nothing is "
          "unsaved",
          "[recovery]")
{
    QTemporaryDir data;
    QTemporaryDir recovery;
    const QString path = copyOfNin(data);
    MainWindow window;
    window.recoveryWriter()->setDirectory(recovery.path());
    window.recoveryWriter()->setDelay(50);
    REQUIRE(window.openFile(path));
    Document *document = window.document();
    RecoveryWriter *writer = window.recoveryWriter();
    CHECK(writer->filePath().isEmpty()); // nothing unsaved, nothing written

    appendNewLayer(document, LayerType::ReLU);
    appendNewLayer(document, LayerType::ReLU);
    CHECK(writer->isWritePending());
    REQUIRE(waitFor([&] { return !writer->filePath().isEmpty(); }));
    const RecoveryFile read = decodeRecovery(readBytes(writer->filePath()), writer->filePath());
    REQUIRE(read.entry.has_value());
    CHECK(io::writeNetwork(read.entry->network) == io::writeNetwork(document->network()));
    CHECK(read.entry->network.layers.size() == 12); // NiN's 10 and the two ReLUs
    CHECK(read.entry->originalPath == QFileInfo(path).absoluteFilePath());
    CHECK(std::abs(read.entry->savedAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    const QString recoveryFile = writer->filePath();

    SECTION("a save removes it")
    {
        REQUIRE(window.saveTo(path));
        CHECK_FALSE(QFileInfo::exists(recoveryFile));
    }
    SECTION("undoing back to the saved state removes it")
    {
        document->undoStack()->undo();
        QTest::qWait(100); // still one unsaved layer: the file stays, rewritten
        CHECK(QFileInfo::exists(recoveryFile));
        document->undoStack()->undo();
        CHECK_FALSE(QFileInfo::exists(recoveryFile));
        QTest::qWait(100);
        CHECK_FALSE(QFileInfo::exists(recoveryFile));
    }
    SECTION("a clean exit removes it")
    {
        QTimer::singleShot(0, [] {
            for (QWidget *widget : QApplication::topLevelWidgets()) {
                if (auto *box = qobject_cast<QMessageBox *>(widget))
                    box->button(QMessageBox::Discard)->click();
            }
        });
        CHECK(window.close());
        CHECK_FALSE(QFileInfo::exists(recoveryFile));
    }
}

namespace {

RestoreChoice restoreAll(const RecoveryEntry &)
{
    return RestoreChoice::Restore;
}

RestoreChoice discardAll(const RecoveryEntry &)
{
    return RestoreChoice::Discard;
}

// Sets a restore answer for one test.
struct AnswerRestore
{
    explicit AnswerRestore(RestoreAnswer answer) { setRestoreAnswer(answer); }
    ~AnswerRestore() { setRestoreAnswer(nullptr); }
};

} // namespace

TEST_CASE("Restore opens the work as a modified document that saves to its own file", "[recovery]")
{
    QTemporaryDir data;
    QTemporaryDir recovery;
    const QString path = copyOfNin(data);
    const QByteArray original = readBytes(path);
    const RecoveryStore store(recovery.path());
    RecoveryEntry entry = sampleEntry();
    entry.originalPath = path;
    plantCrashedEntry(store, QStringLiteral("1"), entry, deadPid());

    AnswerRestore answer(&restoreAll);
    MainWindow window;
    window.recoveryWriter()->setDirectory(recovery.path());
    window.openExample(QStringLiteral(":/examples/nin.cnn.json"));
    const RecoveryOffer offer = offerRecovery(&window, store);
    CHECK(offer.restored == 1);
    Document *document = window.document();
    CHECK(io::writeNetwork(document->network()) == io::writeNetwork(entry.network));
    CHECK(document->isModified());
    CHECK(window.isWindowModified());
    CHECK(window.windowTitle().startsWith(QStringLiteral("nin.cnn.json[*]")));
    CHECK(document->filePath() == path);
    CHECK(readBytes(path) == original); // nothing is saved until the user saves
    // The crashed file is gone and the work is protected by this process's own file.
    CHECK_FALSE(QFileInfo::exists(store.entryPath(QStringLiteral("1"))));
    REQUIRE(QFileInfo::exists(window.recoveryWriter()->filePath()));

    REQUIRE(window.saveTo(document->filePath()));
    CHECK(readBytes(path) == io::writeNetwork(entry.network));
    CHECK_FALSE(document->isModified());
    CHECK(QDir(recovery.path()).entryList({QStringLiteral("*.cnn-recovery")}).isEmpty());
}

TEST_CASE("Discard deletes the recovery file and keeps the document", "[recovery]")
{
    QTemporaryDir recovery;
    const RecoveryStore store(recovery.path());
    RecoveryEntry entry = sampleEntry();
    entry.originalPath.clear();
    plantCrashedEntry(store, QStringLiteral("1"), entry, deadPid());

    AnswerRestore answer(&discardAll);
    MainWindow window;
    window.openExample(QStringLiteral(":/examples/nin.cnn.json"));
    const Network before = window.document()->network();
    const RecoveryOffer offer = offerRecovery(&window, store);
    CHECK(offer.discarded == 1);
    CHECK(window.document()->network() == before);
    CHECK_FALSE(window.document()->isModified());
    CHECK(store.orphans().empty());
    CHECK(QDir(recovery.path()).entryList({QStringLiteral("*.cnn-recovery*")}).isEmpty());
}

TEST_CASE("an unreadable recovery file is moved aside and the user told", "[recovery]")
{
    QTemporaryDir recovery;
    const RecoveryStore store(recovery.path());
    plantCrashedEntry(store, QStringLiteral("1"), sampleEntry(), deadPid());
    writeBytes(store.entryPath(QStringLiteral("1")), "{\"format\": \"convdesigner-recov");

    AnswerRestore answer(&restoreAll);
    MainWindow window;
    window.openExample(QStringLiteral(":/examples/nin.cnn.json"));
    const RecoveryOffer offer = offerRecovery(&window, store);
    CHECK(offer.restored == 0);
    REQUIRE(offer.unreadable.size() == 1);
    CHECK(offer.unreadable[0].contains(QStringLiteral("1.cnn-recovery: ")));
    CHECK(offer.unreadable[0].contains(QStringLiteral("1.cnn-recovery.unreadable")));
    CHECK_FALSE(QFileInfo::exists(store.entryPath(QStringLiteral("1"))));
    CHECK(QFileInfo::exists(store.entryPath(QStringLiteral("1")) + QStringLiteral(".unreadable")));
    CHECK(store.orphans().empty());
    auto *notice = window.findChild<QMessageBox *>(QStringLiteral("unreadableRecoveryNotice"));
    REQUIRE(notice != nullptr);
    CHECK(notice->isVisible());
    CHECK(notice->informativeText() == offer.unreadable.join(QLatin1Char('\n')));
    notice->close();
}

TEST_CASE("the restore question says when, which file and what", "[recovery]")
{
    RecoveryEntry entry = sampleEntry();
    const QString text = describeRecovery(entry);
    CHECK(text.contains(QStringLiteral("/home/someone/nin.cnn.json")));
    CHECK(text.contains(QStringLiteral("NiN, edited, 9 layers")));
    CHECK(text.contains(QLocale().toString(entry.savedAt.toLocalTime(), QLocale::LongFormat)));
    entry.originalPath.clear();
    CHECK(describeRecovery(entry).contains(QStringLiteral("File: Untitled")));
}

// The crash for real: a child process (this test binary, running the hidden case below) opens
// a network in a MainWindow, edits it and waits until its recovery file is written; it is then
// killed with SIGKILL, so no destructor and no clean exit runs. While it lives its file is not
// offered; once it is dead, a new window restores the edit.
TEST_CASE("work killed with SIGKILL is restored by the next window", "[recovery]")
{
    QTemporaryDir data;
    QTemporaryDir recovery;
    const QString path = copyOfNin(data);
    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("CONVDESIGNER_CRASH_CHILD_RECOVERY"), recovery.path());
    environment.insert(QStringLiteral("CONVDESIGNER_CRASH_CHILD_FILE"), path);
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    child.setProcessEnvironment(environment);
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("[crash-child]")});
    REQUIRE(child.waitForStarted(10000));
    const RecoveryStore store(recovery.path());
    const QString childFile = store.entryPath(QString::number(child.processId()));
    REQUIRE(waitFor([&] { return QFileInfo::exists(childFile); }, 30000));

    CHECK(store.orphans().empty()); // the child lives
    ::kill(static_cast<pid_t>(child.processId()), SIGKILL);
    REQUIRE(child.waitForFinished(10000));
    CHECK(child.exitStatus() == QProcess::CrashExit);

    AnswerRestore answer(&restoreAll);
    MainWindow window;
    window.recoveryWriter()->setDirectory(recovery.path());
    REQUIRE(window.openFile(path));
    const Network saved = window.document()->network();
    const RecoveryOffer offer = offerRecovery(&window, store);
    REQUIRE(offer.restored == 1);
    const Network &restored = window.document()->network();
    // The child's edit: a ReLU after NiN's ten layers.
    REQUIRE(restored.layers.size() == saved.layers.size() + 1);
    CHECK(layerType(restored.layers.back().kind) == LayerType::ReLU);
    CHECK(window.document()->isModified());
    CHECK(window.document()->filePath() == QFileInfo(path).absoluteFilePath());
    window.recoveryWriter()->discard();
}

TEST_CASE("crash child: edits a network and waits to be killed", "[.crash-child]")
{
    const QString recovery = qEnvironmentVariable("CONVDESIGNER_CRASH_CHILD_RECOVERY");
    const QString path = qEnvironmentVariable("CONVDESIGNER_CRASH_CHILD_FILE");
    REQUIRE_FALSE(recovery.isEmpty());
    MainWindow window;
    window.recoveryWriter()->setDirectory(recovery);
    window.recoveryWriter()->setDelay(50);
    REQUIRE(window.openFile(path));
    appendNewLayer(window.document(), LayerType::ReLU);
    QTest::qWait(60000); // the parent kills this process long before
    FAIL("not killed");
}

// The real designer at start-up, in a home of its own: an unreadable recovery file of a dead
// designer is moved aside (told in a box that does not block), never crashes the start.
TEST_CASE("the convdesigner program moves an unreadable recovery file aside at start", "[recovery]")
{
    QTemporaryDir home;
    const QString recoveryDir
        = home.filePath(QStringLiteral("data/ConvDesigner/ConvDesigner/recovery"));
    const RecoveryStore store(recoveryDir);
    plantCrashedEntry(store, QStringLiteral("1"), sampleEntry(), deadPid());
    writeBytes(store.entryPath(QStringLiteral("1")), "not a recovery file");

    QProcess designer;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    designer.setProcessEnvironment(environment);
    designer.start(QStringLiteral(CONVDESIGNER_GUI), {ninExample});
    REQUIRE(designer.waitForStarted(10000));
    const QString aside = store.entryPath(QStringLiteral("1")) + QStringLiteral(".unreadable");
    const bool movedAside = waitFor([&] { return QFileInfo::exists(aside); }, 30000);
    const bool stillRunning = designer.state() == QProcess::Running;
    designer.kill();
    designer.waitForFinished(10000);
    CHECK(movedAside);
    CHECK(stillRunning);
    CHECK(readBytes(aside) == "not a recovery file");
}
