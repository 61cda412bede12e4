// The memory panel shows arithmetic.md §4's terms as numbers; the NiN totals come from the
// spec's worked example, and a batch change flows through. Its inference timeline has one
// step per layer after the input, peaks at the analysis's peak, and names the writers of the
// tensors alive at a hovered step.

#include "document.h"
#include "edits.h"
#include "io/network_reader.h"
#include "memory/activation_bar_chart.h"
#include "memory/byte_axis.h"
#include "memory/memory_panel.h"
#include "memory/memory_timeline_chart.h"

#include "nin_document.h"

#include <catch2/catch.hpp>

#include <QLabel>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <vector>

using namespace cd;
using namespace cd::ui;

namespace {


std::string labelText(const MemoryPanel &panel, const char *name)
{
    const auto *label = panel.findChild<QLabel *>(QString::fromUtf8(name));
    REQUIRE(label != nullptr);
    return label->text().toStdString();
}

std::vector<LayerId> ownersIn(const QSignalSpy &spy, int emission)
{
    return spy.at(emission).at(0).value<std::vector<LayerId>>();
}

// Hovers the middle of a step's column, as a user's mouse would.
void hoverStep(MemoryTimelineChart *chart, int step)
{
    const QRect column = chart->stepRect(step);
    REQUIRE(column.isValid());
    QTest::mouseMove(chart, column.center());
}

void setBatch(Document &document, std::int64_t batch)
{
    Document::Header header = document.header();
    header.settings.batch = batch;
    setHeader(&document, header, QStringLiteral("settings.batch"));
}

} // namespace

TEST_CASE("MemoryPanel shows the spec's NiN memory with every term")
{
    Document document;
    loadNin(document);
    MemoryPanel panel(&document);

    CHECK(labelText(panel, "trainingFormula")
          == "training = 4 B \u00d7 (2 \u00d7 1 \u00d7 1,696,760 + 3 \u00d7 1,992,166) "
             "= 37,480,072 B (35.7 MiB)");
    CHECK(labelText(panel, "trainingTotal") == "35.7 MiB");
    CHECK(labelText(panel, "trainingValue0") == "2 \u00d7 1 \u00d7 1,696,760");
    CHECK_THAT(labelText(panel, "trainingTerm0"), Catch::Contains("values and gradients"));
    CHECK(labelText(panel, "trainingValue1") == "3 \u00d7 1,992,166");
    CHECK_THAT(labelText(panel, "trainingTerm1"), Catch::Contains("sgd_momentum"));
    CHECK(labelText(panel, "inferenceFormula")
          == "inference = 4 B \u00d7 (1 \u00d7 559,872 + 1,992,166) = 10,208,152 B (9.74 MiB)");
    CHECK(labelText(panel, "inferenceValue0") == "1 \u00d7 559,872");
    CHECK_THAT(labelText(panel, "inferenceTerm0"), Catch::Contains("layer 0 (nin1)"));
    CHECK(panel.findChild<QLabel *>(QStringLiteral("error"))->isHidden());
}

TEST_CASE("MemoryPanel follows a batch change and its undo")
{
    Document document;
    loadNin(document);
    MemoryPanel panel(&document);

    setBatch(document, 2);
    // 4 × (2 × 2 × 1,696,760 + 3 × 1,992,166) and 4 × (2 × 559,872 + 1,992,166)
    CHECK_THAT(labelText(panel, "trainingFormula"), Catch::Contains("= 51,054,152 B"));
    CHECK(labelText(panel, "trainingValue0") == "2 \u00d7 2 \u00d7 1,696,760");
    CHECK_THAT(labelText(panel, "inferenceFormula"), Catch::Contains("= 12,447,640 B"));
    document.undoStack()->undo();
    CHECK_THAT(labelText(panel, "trainingFormula"), Catch::Contains("= 37,480,072 B"));
}

TEST_CASE("MemoryPanel charts kept activation memory per layer")
{
    Document document;
    loadNin(document);
    MemoryPanel panel(&document);
    const ActivationBarChart *chart = panel.chart();
    REQUIRE(chart->bars().size() == 11); // the input and ten layers
    CHECK(chart->bars()[0].label == QStringLiteral("input"));
    CHECK(chart->bars()[0].bytes == 4 * 50'176);
    CHECK(chart->bars()[1].label == QStringLiteral("nin1"));
    CHECK(chart->bars()[1].bytes == 4 * 3 * 96 * 54 * 54);
    CHECK(chart->bars()[10].bytes == 0); // flatten is a view
    // The two large blocks stand out; the small layers do not.
    CHECK(chart->isHighlighted(1));
    CHECK(chart->isHighlighted(3));
    CHECK(!chart->isHighlighted(0));
    CHECK(!chart->isHighlighted(5));
    CHECK(chart->sizeHint().height() > 11 * chart->fontMetrics().height());
}

TEST_CASE("MemoryPanel shows the error of an invalid network")
{
    Document document;
    loadNin(document);
    MemoryPanel panel(&document);
    setLayerField(&document, document.network().layers.front().id, "kernel", Pair::square(300));
    const auto *error = panel.findChild<QLabel *>(QStringLiteral("error"));
    CHECK(!error->isHidden());
    CHECK(error->text().contains(QStringLiteral("nin1:")));
    CHECK(panel.findChild<QWidget *>(QStringLiteral("training"))->isHidden());
    CHECK(panel.chart()->bars().empty());
    document.undoStack()->undo();
    CHECK(error->isHidden());
    CHECK(!panel.findChild<QWidget *>(QStringLiteral("training"))->isHidden());
}

TEST_CASE("MemoryPanel charts the inference timeline of ResNet-18 up to its peak")
{
    const QString path = QStringLiteral(CONVDESIGNER_EXAMPLES "/resnet18.cnn.json");
    io::ReadResult read = io::readNetworkFile(path);
    REQUIRE(read.network.has_value());
    Document document;
    document.reset(std::move(*read.network), path);
    const Analysis &analysis = document.analysis();
    REQUIRE(analysis.memory);
    MemoryPanel panel(&document);
    const MemoryTimelineChart *chart = panel.timelineChart();

    CHECK(chart->stepCount() == int(document.network().layers.size()) + 1);
    CHECK(chart->peakBytes() == analysis.memory->inferenceActivationBytes);
    CHECK(chart->peakStep() == analysis.memory->peakLayer + 1);
    CHECK(chart->bars().steps.front().label == QStringLiteral("input"));
    const QString peakLayer
        = QString::fromStdString(analysis.layers[std::size_t(analysis.memory->peakLayer)].name);
    CHECK(chart->peakLabel().endsWith(QStringLiteral(" at ") + peakLayer));
    const auto *peakLine = panel.findChild<QLabel *>(QStringLiteral("timelinePeak"));
    REQUIRE(peakLine != nullptr);
    CHECK(peakLine->text().contains(peakLayer));

    // Every step's bytes are the sum of its tensors, and none is above the peak.
    for (const TimelineBar &bar : chart->bars().steps) {
        std::int64_t sum = 0;
        for (const TimelineTensor &tensor : bar.tensors)
            sum += tensor.bytes;
        CHECK(bar.bytes == sum);
        CHECK(bar.bytes <= chart->peakBytes());
    }
}

TEST_CASE("MemoryPanel timeline: hovering a step names the layers whose tensors are alive")
{
    // Input 4×8×8; a: conv 8 k3 p1; relu; b: conv 4 k3 p1; add(b, input); relu. While b
    // writes (step 3), the input (the skip), a and b are alive: the peak (1024 elements, 4 KiB
    // in float32). At the add (step 4): the input, b and the add.
    Network network;
    network.input = {4, 8, 8};
    Conv2d conv;
    conv.outChannels = 8;
    conv.kernel = Pair::square(3);
    conv.padding = Pair::square(1);
    const LayerId a = network.add(conv, {Network::inputId}, "a");
    const LayerId relu = network.add(ReLU{}, {a});
    conv.outChannels = 4;
    const LayerId b = network.add(conv, {relu}, "b");
    const LayerId sum = network.add(Add{}, {b, Network::inputId}, "sum");
    network.add(ReLU{}, {sum});
    Document document;
    document.reset(network, QString());
    REQUIRE(document.analysis().valid());

    MemoryPanel panel(&document);
    panel.resize(420, 900);
    panel.show();
    REQUIRE(QTest::qWaitForWindowExposed(&panel));
    MemoryTimelineChart *chart = panel.timelineChart();
    REQUIRE(chart->isVisible());
    CHECK(chart->stepCount() == 6);
    CHECK(chart->peakStep() == 3);
    CHECK(chart->peakBytes() == 4 * 1024);
    CHECK(chart->peakLabel() == QStringLiteral("peak 4.00 KiB at b"));
    CHECK(labelText(panel, "timelinePeak")
          == "Alive at the peak, while b runs: input (1.00 KiB), a (2.00 KiB), b (1.00 KiB); "
             "4.00 KiB in all");

    QSignalSpy spy(chart, &MemoryTimelineChart::stepHovered);
    REQUIRE(spy.isValid());
    hoverStep(chart, 3);
    REQUIRE(spy.count() == 1);
    CHECK(ownersIn(spy, 0) == std::vector<LayerId>{Network::inputId, a, b});
    CHECK(chart->hoveredStep() == 3);

    hoverStep(chart, 4);
    REQUIRE(spy.count() == 2);
    CHECK(ownersIn(spy, 1) == std::vector<LayerId>{Network::inputId, b, sum});

    // Moving within a step reports nothing new.
    QTest::mouseMove(chart, chart->stepRect(4).center() + QPoint(1, 5));
    CHECK(spy.count() == 2);

    // Off the chart (onto the panel's text): nothing is hovered any more.
    QTest::mouseMove(&panel, QPoint(5, 5));
    REQUIRE(spy.count() == 3);
    CHECK(ownersIn(spy, 2).empty());
    CHECK(chart->hoveredStep() == -1);
}

TEST_CASE("MemoryPanel timeline empties for an invalid network")
{
    Document document;
    loadNin(document);
    MemoryPanel panel(&document);
    CHECK(panel.timelineChart()->stepCount() == 11);
    setLayerField(&document, document.network().layers.front().id, "kernel", Pair::square(300));
    CHECK(panel.timelineChart()->stepCount() == 0);
    CHECK(panel.findChild<QLabel *>(QStringLiteral("timelinePeak"))->text().isEmpty());
    document.undoStack()->undo();
    CHECK(panel.timelineChart()->stepCount() == 11);
}

TEST_CASE("MemoryPanel timeline axis: round ticks in binary units")
{
    const auto labels = [](std::int64_t max) {
        std::vector<std::string> list;
        for (const ByteTick &tick : byteTicks(max, 4))
            list.push_back(tick.label.toStdString());
        return list;
    };
    CHECK(labels(4096) == std::vector<std::string>{"0", "1 KiB", "2 KiB", "3 KiB", "4 KiB"});
    // 1.5 MiB in at most 4 steps: steps of 0.5 MiB.
    CHECK(labels(3 * 512 * 1024) == std::vector<std::string>{"0", "0.5 MiB", "1 MiB", "1.5 MiB"});
    CHECK(byteTicks(3 * 512 * 1024, 4).back().bytes == 3 * 512 * 1024);
    // Never fractions of a byte, and a scale even for nothing.
    CHECK(labels(3) == std::vector<std::string>{"0", "1 B", "2 B", "3 B"});
    CHECK(labels(0) == std::vector<std::string>{"0", "1 B"});
}
