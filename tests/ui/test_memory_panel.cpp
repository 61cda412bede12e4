// The memory panel shows arithmetic.md §4's terms as numbers; the NiN totals come from the
// spec's worked example, and a batch change flows through.

#include "document.h"
#include "edits.h"
#include "io/network_reader.h"
#include "memory/activation_bar_chart.h"
#include "memory/memory_panel.h"

#include "nin_document.h"

#include <catch2/catch.hpp>

#include <QLabel>
#include <QUndoStack>

using namespace cd;
using namespace cd::ui;

namespace {


std::string labelText(const MemoryPanel &panel, const char *name)
{
    const auto *label = panel.findChild<QLabel *>(QString::fromUtf8(name));
    REQUIRE(label != nullptr);
    return label->text().toStdString();
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
