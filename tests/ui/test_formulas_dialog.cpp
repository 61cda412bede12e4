// Help ▸ Formulas (F1) on NiN: the selected layer's arithmetic with its own numbers, following
// the selection while the dialog stays open.

#include "document.h"
#include "help/formulas_dialog.h"
#include "main_window.h"

#include "named_action.h"

#include <catch2/catch.hpp>

#include <QKeySequence>
#include <QTextBrowser>

using namespace cd;
using namespace cd::ui;

namespace {

QString dialogText(const MainWindow &window)
{
    auto *dialog = window.findChild<FormulasDialog *>();
    REQUIRE(dialog != nullptr);
    CHECK(dialog->isVisible());
    auto *text = dialog->findChild<QTextBrowser *>(QStringLiteral("formulaText"));
    REQUIRE(text != nullptr);
    return text->toPlainText();
}

LayerId layerNamed(const Network &network, const std::string &name)
{
    for (const Layer &layer : network.layers) {
        if (layer.name == name)
            return layer.id;
    }
    FAIL("no layer " << name);
    return 0;
}

} // namespace

TEST_CASE("Help > Formulas shows the selected layer's arithmetic and follows the selection",
          "[formulas]")
{
    MainWindow window;
    window.openExample(QStringLiteral(":/examples/nin.cnn.json"));
    Document *document = window.document();
    document->setCurrentLayer(layerNamed(document->network(), "nin1"));

    QAction *action = namedAction(window, "formulasAction");
    CHECK(action->shortcut() == QKeySequence(Qt::Key_F1));
    action->trigger();

    // 224 − 11 = 213 = 53·4 + 1 → 54 rows; 96·1·11·11 = 11,616 weights.
    const QString nin1 = dialogText(window);
    CHECK(nin1.contains(QStringLiteral("Layer nin1 (nin_block)")));
    CHECK(nin1.contains(QString::fromUtf8("out = \u230a(224 + 2\u00b70 \u2212 11)/4\u230b + 1 = "
                                          "\u230a53.25\u230b + 1 = 54")));
    CHECK(nin1.contains(QStringLiteral("11,616")));
    // The network's sums are there whatever is selected: 4 · (2·1,696,760 + 3·1,992,166).
    CHECK(nin1.contains(QStringLiteral("37,480,072 B")));

    // pool1, 3×3 stride 2 on 54: (54 − 3)/2 = 25.5 → 26.
    document->setCurrentLayer(layerNamed(document->network(), "pool1"));
    const QString pool1 = dialogText(window);
    CHECK(pool1.contains(QStringLiteral("Layer pool1 (maxpool2d)")));
    CHECK(pool1.contains(QString::fromUtf8("\u230a(54 + 2\u00b70 \u2212 3)/2\u230b + 1 = "
                                           "\u230a25.5\u230b + 1 = 26")));
    CHECK_FALSE(pool1.contains(QStringLiteral("11,616")));

    // F1 again raises the same dialog instead of opening a second one.
    action->trigger();
    CHECK(window.findChildren<FormulasDialog *>().size() == 1);
}
