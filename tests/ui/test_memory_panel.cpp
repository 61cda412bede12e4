// The memory panel shows arithmetic.md §4's terms as numbers; the NiN totals come from the
// spec's worked example, and a batch change flows through. Beside the lecture model it shows
// what autograd keeps (§8), why the two differ, and the layers that differ. Its inference
// timeline has one step per layer after the input, peaks at the analysis's peak, and names the
// writers of the tensors alive at a hovered step; its training modes add up what each model
// keeps for backward.

#include "document.h"
#include "edits.h"
#include "format.h"
#include "io/network_reader.h"
#include "memory/activation_bar_chart.h"
#include "memory/byte_axis.h"
#include "memory/difference_list.h"
#include "memory/memory_panel.h"
#include "memory/memory_timeline_chart.h"

#include "nin_document.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QLabel>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

#include <cstdio>
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

void setDType(Document &document, DType dtype)
{
    Document::Header header = document.header();
    header.settings.dtype = dtype;
    setHeader(&document, header, QStringLiteral("settings.dtype"));
}

// A block creates its term labels when it first has that many terms.
bool isShown(const MemoryPanel &panel, const char *name)
{
    const auto *widget = panel.findChild<QWidget *>(QString::fromUtf8(name));
    return widget != nullptr && !widget->isHidden();
}

// The line of the difference list that names `layer`; empty when the layer is not listed.
QString differenceOf(const DifferenceList &list, const QString &layer)
{
    for (const QString &line : list.lines()) {
        if (line.startsWith(layer + QStringLiteral(": ")))
            return line;
    }
    return {};
}

void chooseTimeline(const MemoryPanel &panel, MemoryPanel::TimelineMode mode)
{
    auto *combo = panel.findChild<QComboBox *>(QStringLiteral("timelineMode"));
    REQUIRE(combo != nullptr);
    REQUIRE(combo->count() == 3);
    combo->setCurrentIndex(static_cast<int>(mode));
}

// Steps 1 … n add what layer 0 … n − 1 keeps; every bar is the sum of its segments.
void checkAddsUp(const TimelineBars &bars, const std::vector<std::int64_t> &keptPerLayer)
{
    REQUIRE(bars.steps.size() == keptPerLayer.size() + 1);
    CHECK(bars.cumulative);
    CHECK(bars.peakStep == int(keptPerLayer.size()));
    for (std::size_t i = 0; i < bars.steps.size(); ++i) {
        std::int64_t sum = 0;
        for (const TimelineTensor &tensor : bars.steps[i].tensors)
            sum += tensor.bytes;
        CHECK(bars.steps[i].bytes == sum);
        if (i > 0)
            CHECK(bars.steps[i].bytes - bars.steps[i - 1].bytes == keptPerLayer[i - 1]);
    }
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

TEST_CASE("every memory term in the panel has a tooltip saying what it counts")
{
    Document document;
    // NiN has dropout masks and max-pool indices; ResNet-18 batch-norm statistics.
    const char *file = GENERATE("nin.cnn.json", "resnet18.cnn.json");
    io::ReadResult read
        = io::readNetworkFile(QStringLiteral(CONVDESIGNER_EXAMPLES "/") + QString::fromUtf8(file));
    REQUIRE(read.network);
    document.reset(std::move(*read.network), QString());
    MemoryPanel panel(&document);

    const QRegularExpression termLabel(
        QStringLiteral("^(training|inference|autograd)(Value|Term)\\d+$"));
    int terms = 0;
    for (const QLabel *label : panel.findChildren<QLabel *>(termLabel)) {
        if (label->isHidden())
            continue;
        ++terms;
        INFO(label->objectName().toStdString());
        CHECK_FALSE(label->toolTip().isEmpty());
    }
    // Two terms each for training and inference, and at least activations, one more saved
    // kind and the parameters for autograd; a value and a meaning label each.
    CHECK(terms >= 2 * (2 + 2 + 3));
    for (const char *formula : {"trainingFormula", "inferenceFormula", "autogradFormula"})
        CHECK_FALSE(panel.findChild<QLabel *>(QString::fromLatin1(formula))->toolTip().isEmpty());
    const QString kept = panel.findChild<QLabel *>(QStringLiteral("trainingTerm0"))->toolTip();
    CHECK(kept.contains(QStringLiteral("ReLU keeps nothing in this model")));
    CHECK(kept.contains(QStringLiteral("in place")));
    CHECK(panel.findChild<QLabel *>(QStringLiteral("trainingValue0"))->toolTip() == kept);
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

TEST_CASE("MemoryPanel sets autograd's training figure beside the lecture model's")
{
    Document document;
    loadNin(document);
    MemoryPanel panel(&document);
    const Analysis &analysis = document.analysis();
    REQUIRE(analysis.autograd);
    REQUIRE(analysis.autograd->saved);
    REQUIRE(analysis.autograd->trainingBytes);
    const SavedBytes &saved = *analysis.autograd->saved;
    const std::int64_t training = *analysis.autograd->trainingBytes;

    // The lecture model's figure of the spec's worked example stays, under its own name.
    CHECK_THAT(labelText(panel, "trainingFormula"), Catch::Contains("= 37,480,072 B"));
    // §8: autograd = saved + b · m · P, the same 4 B × 3 copies of 1,992,166 parameters.
    CHECK(training == saved.total() + 4 * 3 * 1'992'166);
    const std::string formula = labelText(panel, "autogradFormula");
    const std::string parameters = " B + 4 B \u00d7 3 \u00d7 1,992,166 = ";
    CHECK_THAT(formula, Catch::StartsWith("autograd = " + withThousands(saved.total()) + parameters
                                          + withThousands(training) + " B"));
    char ratio[16];
    std::snprintf(ratio, sizeof ratio, "%.2f", 37'480'072.0 / double(training));
    CHECK_THAT(formula, Catch::EndsWith(std::string("the lecture model's training figure is ")
                                        + ratio + " \u00d7 this"));
    CHECK(labelText(panel, "autogradTotal") == humanBytes(training));

    // By kind: three max pools keep 8 bytes per output element (96×26×26 + 256×12×12 +
    // 384×5×5), dropout a float32 mask of its 384×5×5 input; no batch norm, so no statistics.
    CHECK(labelText(panel, "autogradValue0") == withThousands(saved.activations) + " B");
    CHECK(labelText(panel, "autogradValue1")
          == withThousands(8 * (64'896 + 36'864 + 9'600)) + " B");
    CHECK_THAT(labelText(panel, "autogradTerm1"), Catch::Contains("max-pool indices"));
    CHECK(labelText(panel, "autogradValue2") == withThousands(4 * 9'600) + " B");
    CHECK_THAT(labelText(panel, "autogradTerm2"), Catch::Contains("dropout masks"));
    CHECK(labelText(panel, "autogradValue3") == "4 B \u00d7 3 \u00d7 1,992,166");
    CHECK(!isShown(panel, "autogradValue4"));

    // Why: the lecture model counts b · N · A of values and as many gradients.
    CHECK_THAT(labelText(panel, "autogradWhy"),
               Catch::Contains("the lecture model counts " + withThousands(4 * 1'696'760)
                               + " B of kept values"));
    CHECK(isShown(panel, "autogradWhy"));
    CHECK(panel.findChild<QLabel *>(QStringLiteral("autogradNote")) != nullptr);
    CHECK(!isShown(panel, "autogradNote")); // float32 is measured
}

TEST_CASE("MemoryPanel says why each layer's two figures differ")
{
    Document document;
    loadNin(document);
    MemoryPanel panel(&document);
    const DifferenceList &list = *panel.differenceList();
    CHECK(!list.isHidden());

    // Every NiN layer but flatten: a view in both models, so 0 B in both.
    CHECK(list.lines().size() == 9);
    CHECK(differenceOf(list, QStringLiteral("flatten")).isEmpty());
    auto *toggle = list.findChild<QToolButton *>(QStringLiteral("layerDifferencesToggle"));
    REQUIRE(toggle != nullptr);
    CHECK(toggle->text().contains(QStringLiteral("9 of 10 layers")));

    // A max pool keeps the index of each maximum; its input is nin1's last ReLU output, which
    // nin1 already keeps.
    const QString pool = differenceOf(list, QStringLiteral("pool1"));
    CHECK(pool.contains(QStringLiteral("index of each maximum: 8 bytes per output element")));
    CHECK(pool.endsWith(QStringLiteral("its input is already counted at nin1")));
    // Dropout keeps as many bytes as the lecture model counts for it, but a mask, not values.
    CHECK(differenceOf(list, QStringLiteral("dropout")).contains(QStringLiteral("mask")));
    CHECK(
        differenceOf(list, QStringLiteral("nin1")).contains(QStringLiteral("three ReLU outputs")));
    // The figures behind a line, for checking it.
    const auto *poolName = list.findChild<QLabel *>(QStringLiteral("differenceName1"));
    REQUIRE(poolName != nullptr);
    CHECK(poolName->text() == QStringLiteral("pool1"));
    CHECK(poolName->toolTip().contains(QString::fromStdString(withThousands(4 * 64'896))
                                       + QStringLiteral(" B of values")));

    // The list folds away under its heading, and comes back.
    const auto *rows = list.findChild<QScrollArea *>();
    REQUIRE(rows != nullptr);
    QTest::mouseClick(toggle, Qt::LeftButton);
    CHECK(!list.isExpanded());
    CHECK(rows->isHidden());
    QTest::mouseClick(toggle, Qt::LeftButton);
    CHECK(list.isExpanded());
    CHECK(!rows->isHidden());
}

TEST_CASE("MemoryPanel difference list scrolls within a few lines for a deep network")
{
    const QString path = QStringLiteral(CONVDESIGNER_EXAMPLES "/densenet.cnn.json");
    io::ReadResult read = io::readNetworkFile(path);
    REQUIRE(read.network.has_value());
    Document document;
    document.reset(std::move(*read.network), path);
    MemoryPanel panel(&document);
    panel.resize(420, 900);
    panel.show();
    REQUIRE(QTest::qWaitForWindowExposed(&panel));
    const DifferenceList &list = *panel.differenceList();
    REQUIRE(list.lines().size() > 20);
    const auto *rows = list.findChild<QScrollArea *>();
    REQUIRE(rows != nullptr);
    CHECK(rows->height() <= 10 * list.fontMetrics().lineSpacing());
    CHECK(rows->widget()->height() > rows->height());
}

TEST_CASE("MemoryPanel notes an autograd figure that was not measured")
{
    Document document;
    loadNin(document);
    MemoryPanel panel(&document);
    setDType(document, DType::Float16);
    REQUIRE(document.analysis().autograd->trainingBytes);
    // A figure by the measured rules at 2 bytes per element, marked as such.
    CHECK(labelText(panel, "autogradTotal")
          == humanBytes(*document.analysis().autograd->trainingBytes));
    CHECK(isShown(panel, "autogradNote"));
    CHECK_THAT(labelText(panel, "autogradNote"), Catch::Contains("not measured"));
    CHECK_THAT(labelText(panel, "autogradNote"), Catch::Contains("float16"));
    document.undoStack()->undo();
    CHECK(!isShown(panel, "autogradNote"));
}

TEST_CASE("MemoryPanel shows why autograd has no figure")
{
    // Batch norm on a 1×1 map at batch 1 sees one value per channel: PyTorch refuses to train.
    Network network;
    network.input = {3, 1, 1};
    Conv2d conv;
    conv.outChannels = 4;
    conv.kernel = Pair::square(1);
    const LayerId c = network.add(conv, {Network::inputId}, "conv");
    network.add(BatchNorm2d{}, {c}, "bn");
    Document document;
    document.reset(network, QString());
    REQUIRE(document.analysis().valid());
    MemoryPanel panel(&document);

    CHECK(labelText(panel, "autogradTotal") == "no figure");
    CHECK_THAT(labelText(panel, "autogradFormula"),
               Catch::StartsWith("autograd = no figure: bn: batch norm needs more than one value"));
    CHECK(!isShown(panel, "autogradValue0"));
    CHECK(!isShown(panel, "autogradWhy"));
    CHECK(!isShown(panel, "autogradNote")); // the formula says it already
    CHECK(panel.differenceList()->isHidden());
    chooseTimeline(panel, MemoryPanel::TimelineMode::AutogradSaved);
    CHECK(panel.timelineChart()->stepCount() == 0);
    CHECK_THAT(labelText(panel, "timelinePeak"), Catch::StartsWith("Autograd has no figure: bn:"));

    setBatch(document, 2);
    CHECK(labelText(panel, "autogradTotal") != "no figure");
    CHECK(!panel.differenceList()->isHidden());
    CHECK(panel.timelineChart()->stepCount() == 3);
}

TEST_CASE("MemoryPanel timeline shows either training model's bytes kept for backward")
{
    Document document;
    loadNin(document);
    MemoryPanel panel(&document);
    const MemoryTimelineChart *chart = panel.timelineChart();
    const Analysis &analysis = document.analysis();
    REQUIRE(analysis.totals->savedBytes);
    CHECK(!chart->bars().cumulative);
    CHECK(chart->peakBytes() == analysis.memory->inferenceActivationBytes);

    // Autograd: nothing before the first layer (the input counts where it is first saved),
    // each layer adds its "saved for backward", and the end of the forward pass is the total.
    chooseTimeline(panel, MemoryPanel::TimelineMode::AutogradSaved);
    std::vector<std::int64_t> saved;
    for (const LayerReport &layer : analysis.layers)
        saved.push_back(layer.saved->bytes.total());
    checkAddsUp(chart->bars(), saved);
    CHECK(chart->bars().steps.front().bytes == 0);
    CHECK(chart->bars().steps.back().bytes == *analysis.totals->savedBytes);
    CHECK(chart->peakBytes() == *analysis.totals->savedBytes);
    CHECK(chart->peakLabel()
          == QStringLiteral("%1 kept when the forward pass ends")
                 .arg(QString::fromStdString(humanBytes(*analysis.totals->savedBytes))));
    CHECK_THAT(labelText(panel, "timelinePeak"),
               Catch::StartsWith("When the forward pass ends, autograd has saved "
                                 + humanBytes(*analysis.totals->savedBytes)));
    // nin1 keeps the most: its input and three 96×54×54 ReLU outputs.
    CHECK_THAT(labelText(panel, "timelinePeak"),
               Catch::Contains("the most at nin1 (" + humanBytes(4 * (50'176 + 3 * 279'936))));

    // The lecture model: the input, then each layer's kept output values, ending at b · N · A,
    // the spec's 4 B × 1,696,760.
    chooseTimeline(panel, MemoryPanel::TimelineMode::LectureKept);
    std::vector<std::int64_t> kept;
    for (const LayerReport &layer : analysis.layers)
        kept.push_back(4 * layer.activations);
    checkAddsUp(chart->bars(), kept);
    CHECK(chart->bars().steps.front().bytes == 4 * 50'176);
    CHECK(chart->bars().steps.back().bytes == 4 * 1'696'760);
    CHECK(chart->bars().steps.back().bytes == analysis.memory->trainingActivationBytes / 2);

    // The choice outlives an edit, and the bars follow it.
    chooseTimeline(panel, MemoryPanel::TimelineMode::AutogradSaved);
    setBatch(document, 2);
    REQUIRE(document.analysis().totals->savedBytes);
    CHECK(chart->bars().cumulative);
    CHECK(chart->bars().steps.back().bytes == *document.analysis().totals->savedBytes);

    chooseTimeline(panel, MemoryPanel::TimelineMode::Inference);
    CHECK(!chart->bars().cumulative);
    CHECK(chart->peakBytes() == document.analysis().memory->inferenceActivationBytes);
    CHECK_THAT(labelText(panel, "timelinePeak"), Catch::StartsWith("Alive at the peak"));
}

TEST_CASE("MemoryPanel keeps text beside the charts when wide and above them when tall")
{
    Document document;
    loadNin(document);
    MemoryPanel panel(&document);
    const QWidget *section = panel.findChild<QWidget *>(QStringLiteral("autogradSection"));
    REQUIRE(section != nullptr);
    const QWidget *chart = panel.timelineChart();
    const auto leftOf = [&](const QWidget *w) {
        return w->mapTo(&panel, QPoint(0, 0)).x();
    };
    const auto topOf = [&](const QWidget *w) {
        return w->mapTo(&panel, QPoint(0, 0)).y();
    };

    panel.resize(1500, 420); // docked under the table
    panel.show();
    REQUIRE(QTest::qWaitForWindowExposed(&panel));
    QCoreApplication::processEvents();
    CHECK(section->isVisible());
    CHECK(leftOf(section) + section->width() <= leftOf(chart));

    panel.resize(440, 1000); // docked beside the canvas
    QCoreApplication::processEvents();
    CHECK(section->isVisible());
    CHECK(topOf(chart) > topOf(panel.findChild<QLabel *>(QStringLiteral("subtitle"))));
    CHECK(leftOf(chart) < leftOf(section) + section->width() / 2);
}

TEST_CASE("the activation chart's name column fits the bold names of the largest layers",
          "[memory][issue10]")
{
    ActivationBarChart chart;
    chart.resize(500, 200);
    // "input" is the widest name and the largest layer, so it is drawn in bold.
    chart.setBars({{QStringLiteral("input"), QStringLiteral("input"), 1000, 4000},
                   {QStringLiteral("c1"), QStringLiteral("conv2d"), 10, 40},
                   {QStringLiteral("fc"), QStringLiteral("linear"), 10, 40}});
    REQUIRE(chart.isHighlighted(0));
    QFont bold = chart.font();
    bold.setBold(true);
    const QFontMetrics metrics(bold);
    for (const ActivationBar &bar : chart.bars()) {
        INFO(bar.label.toStdString());
        CHECK(chart.labelColumnWidth() >= metrics.horizontalAdvance(bar.label));
    }
}

TEST_CASE("MemoryPanel gives its text room for every line again when the font grows")
{
    Document document;
    loadNin(document);
    MemoryPanel panel(&document);
    panel.resize(440, 4000); // tall enough for all of the text at either size
    panel.show();
    REQUIRE(QTest::qWaitForWindowExposed(&panel));
    QCoreApplication::processEvents();
    auto *text = panel.findChild<QScrollArea *>();
    REQUIRE(text != nullptr);
    REQUIRE(text->widget()->findChild<QLabel *>(QStringLiteral("autogradFormula")) != nullptr);
    REQUIRE(text->verticalScrollBar()->maximum() == 0);

    // As presenting does: the text grows, so its lines wrap more and need more height.
    QFont larger = panel.font();
    larger.setPointSizeF(larger.pointSizeF() * 1.6);
    panel.setFont(larger);
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    CHECK(text->verticalScrollBar()->maximum() == 0);

    panel.setFont(QFont());
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    CHECK(text->verticalScrollBar()->maximum() == 0);
}

TEST_CASE("MemoryPanel's text, when it must scroll, ends its view between lines, not through one")
{
    Document document;
    loadNin(document);
    MemoryPanel panel(&document);
    const int height = GENERATE(500, 640, 700, 820, 900);
    CAPTURE(height);
    panel.resize(440, height); // docked beside the canvas, too low for all of the text
    panel.show();
    REQUIRE(QTest::qWaitForWindowExposed(&panel));
    for (int i = 0; i < 5; ++i)
        QCoreApplication::processEvents();
    auto *text = panel.findChild<QScrollArea *>();
    REQUIRE(text != nullptr);
    REQUIRE(text->verticalScrollBar()->maximum() > 0);
    const QWidget *viewport = text->viewport();
    for (const QLabel *label : text->widget()->findChildren<QLabel *>()) {
        if (!label->isVisible())
            continue;
        const int top = label->mapTo(viewport, QPoint(0, 0)).y();
        const int bottom = top + label->height();
        INFO(label->objectName().toStdString() << " " << top << ".." << bottom << " in "
                                               << viewport->height());
        CHECK((bottom <= viewport->height() || top >= viewport->height()));
    }
}
