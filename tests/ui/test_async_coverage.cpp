// Coverage off the UI thread (document.h): past the threshold an edit gives at once an
// analysis that matches the network but whose coverage is pending, with what still applies
// carried from before; the worker's result for the latest state replaces it, and a stale one
// never lands. The threshold is set to 0 here so that every edit takes that path.

#include "document.h"
#include "edits.h"
#include "main_window.h"
#include "nin_document.h"
#include "report/cells.h"
#include "report/report_json.h"

#include <catch2/catch.hpp>

#include <QLabel>
#include <QTest>
#include <QThreadPool>
#include <QUndoStack>

#include <memory>

namespace {

using cd::ui::Document;
using cd::ui::DocumentChange;

// Every edit walks its coverage on a worker while it lives.
class WorkerForEveryEdit
{
public:
    WorkerForEveryEdit() : m_saved(Document::coverageThreshold()) { Document::setCoverageThreshold(0); }
    ~WorkerForEveryEdit() { Document::setCoverageThreshold(m_saved); }
    WorkerForEveryEdit(const WorkerForEveryEdit &) = delete;
    WorkerForEveryEdit &operator=(const WorkerForEveryEdit &) = delete;

private:
    std::int64_t m_saved;
};

bool waitForCoverage(const Document &document)
{
    return QTest::qWaitFor([&] { return !document.isAnalysing(); }, 10000);
}

// The whole analysis, coverage included, equals a fresh analyze() of the document's network.
bool matchesNetwork(const Document &document)
{
    return cd::reportJson(document.analysis()) == cd::reportJson(cd::analyze(document.network()))
           && document.analysis().inputCoverage == cd::analyze(document.network()).inputCoverage;
}

// NiN's first layer, nin1: an 11×11 stride-4 block on the 224×224 input.
cd::LayerId firstLayer(const Document &document)
{
    return document.network().layers.front().id;
}

} // namespace

TEST_CASE("past the threshold an edit analyses at once and walks coverage on a worker",
          "[async]")
{
    const WorkerForEveryEdit worker;
    Document document;
    cd::ui::loadNin(document);
    CHECK(document.isAnalysing()); // opening takes the same path
    REQUIRE(waitForCoverage(document));
    REQUIRE(matchesNetwork(document));
    const cd::Analysis before = document.analysis();

    std::vector<DocumentChange::Kind> changes;
    std::vector<bool> analysing;
    QObject::connect(&document, &Document::changed,
                     [&](const DocumentChange &change) { changes.push_back(change.kind); });
    QObject::connect(&document, &Document::analysingChanged,
                     [&](bool on) { analysing.push_back(on); });

    // NiN's second layer, pool1, is a 3×3 stride-2 max pool on nin1's (224 − 11) / 4 + 1 =
    // 54×54: (54 − 3) / 2 + 1 = 26. A kernel of 2 makes it (54 − 2) / 2 + 1 = 27.
    const cd::LayerId second = document.network().layers[1].id;
    REQUIRE(document.analysis().layers[1].output.height == 26);
    cd::ui::setLayerField(&document, second, "kernel", cd::Pair::square(2));

    CHECK(document.isAnalysing());
    CHECK(analysing == std::vector<bool>{true});
    const cd::Analysis &pending = document.analysis();
    REQUIRE(pending.layers.size() == document.network().layers.size());
    CHECK(pending.layers[1].output.height == 27);
    const cd::Analysis full = cd::analyze(document.network());
    for (std::size_t i = 0; i < full.layers.size(); ++i)
        CHECK(pending.layers[i].output == full.layers[i].output);
    // The first layer reads the same input through the same windows: its figures stay shown.
    CHECK(pending.layers[0].coverageKnown);
    CHECK(pending.layers[0].discardedRows == before.layers[0].discardedRows);
    // The edited one has none to show yet, and says so rather than "too large".
    CHECK_FALSE(pending.layers[1].coverageKnown);
    CHECK(cd::discardedText(pending.layers[1]) == "analysing\u2026");
    CHECK(pending.inputCoverage == before.inputCoverage); // same 224×224 input

    REQUIRE(waitForCoverage(document));
    CHECK(matchesNetwork(document));
    CHECK(changes.back() == DocumentChange::CoverageReady);
    CHECK(analysing == std::vector<bool>{true, false});
}

TEST_CASE("after quick edits the coverage of the latest state lands, never a stale one",
          "[async]")
{
    const WorkerForEveryEdit worker;
    Document document;
    cd::ui::loadNin(document);
    REQUIRE(waitForCoverage(document));

    int ready = 0;
    bool everyReadyMatches = true;
    QObject::connect(&document, &Document::changed, [&](const DocumentChange &change) {
        if (change.kind != DocumentChange::CoverageReady)
            return;
        ++ready;
        everyReadyMatches = everyReadyMatches && matchesNetwork(document);
    });
    const cd::LayerId conv = firstLayer(document);
    for (std::int64_t stride = 1; stride <= 6; ++stride)
        cd::ui::setLayerField(&document, conv, "stride", cd::Pair::square(stride));
    Document::Header header = document.header();
    header.input.height = 231;
    cd::ui::setHeader(&document, header, QStringLiteral("input.height"));
    CHECK(document.isAnalysing());

    REQUIRE(waitForCoverage(document));
    CHECK(ready >= 1);
    CHECK(everyReadyMatches);
    CHECK(matchesNetwork(document));
    CHECK(document.analysis().input.height == 231);
}

TEST_CASE("an undo while the coverage is walked lands the undone state's coverage", "[async]")
{
    const WorkerForEveryEdit worker;
    Document document;
    cd::ui::loadNin(document);
    REQUIRE(waitForCoverage(document));
    const cd::Network original = document.network();
    const std::string originalReport = cd::reportJson(document.analysis());

    cd::ui::setLayerField(&document, firstLayer(document), "kernel", cd::Pair::square(9));
    REQUIRE(document.isAnalysing());
    document.undoStack()->undo();
    CHECK(document.network() == original);
    CHECK(document.analysis().layers.size() == original.layers.size());

    REQUIRE(waitForCoverage(document));
    CHECK(cd::reportJson(document.analysis()) == originalReport);
    document.undoStack()->redo();
    REQUIRE(waitForCoverage(document));
    CHECK(matchesNetwork(document));
}

TEST_CASE("below the threshold an edit walks its coverage at once, as before", "[async]")
{
    Document document;
    cd::ui::loadNin(document);
    CHECK_FALSE(document.isAnalysing());
    cd::ui::setLayerField(&document, firstLayer(document), "stride", cd::Pair::square(2));
    CHECK_FALSE(document.isAnalysing());
    CHECK(matchesNetwork(document));
}

TEST_CASE("a document destroyed while its worker runs leaves the worker its own copy",
          "[async]")
{
    const WorkerForEveryEdit worker;
    // A 4096² input read by two branches needs a grid walk of millions of cells: long enough
    // for the document to go first.
    cd::Network network;
    network.input = {3, 4096, 4096};
    const auto strided = [](cd::Pair kernel) {
        return cd::Conv2d{.outChannels = 4, .kernel = kernel, .stride = cd::Pair::square(2)};
    };
    const cd::LayerId a = network.add(strided({2, 1}), {cd::Network::inputId}, "a");
    const cd::LayerId b = network.add(strided({1, 2}), {cd::Network::inputId}, "b");
    network.add(cd::Add{}, {a, b}, "join");
    for (int i = 0; i < 3; ++i) {
        auto document = std::make_unique<Document>();
        document->reset(network, QString());
        cd::ui::setLayerField(document.get(), a, "stride", cd::Pair::square(2 + i % 2));
        CHECK(document->isAnalysing());
        document.reset();
    }
    QThreadPool::globalInstance()->waitForDone(); // the workers end on their own
    QCoreApplication::processEvents();
}

TEST_CASE("the status bar says so while the coverage is walked", "[async]")
{
    const WorkerForEveryEdit worker;
    cd::ui::MainWindow window;
    window.openExample(QStringLiteral(":/examples/nin.cnn.json"));
    Document *document = window.document();
    auto *label = window.findChild<QLabel *>(QStringLiteral("analysingIndicator"));
    REQUIRE(label);
    REQUIRE(waitForCoverage(*document));
    CHECK(label->isHidden());
    cd::ui::setLayerField(document, firstLayer(*document), "stride", cd::Pair::square(2));
    CHECK_FALSE(label->isHidden());
    CHECK(label->text() == QStringLiteral("Analysing input coverage\u2026"));
    REQUIRE(waitForCoverage(*document));
    CHECK(label->isHidden());
}
