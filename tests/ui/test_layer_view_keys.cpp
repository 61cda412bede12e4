// Walking NiN's first layer (54×54 windows) without waiting ten minutes: the arrow keys step
// by a window and by a row of the output grid, and Play offers up to a row per step.

#include "document.h"
#include "visualiser/grid_canvas.h"
#include "visualiser/grid_stepper.h"
#include "visualiser/layer_view.h"

#include "nin_document.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QTest>

using namespace cd;
using namespace cd::ui;

namespace {

// nin1's first conv: 224 input, kernel 11, stride 4, no padding → (224 − 11) / 4 + 1 = 54.
constexpr qint64 rowLength = 54;

struct NinLayerView
{
    Document document;
    LayerView view{&document};
    NinLayerView()
    {
        loadNin(document);
        document.setCurrentLayer(document.network().layers.front().id);
        REQUIRE(view.windowCount() == rowLength * rowLength);
    }
};

} // namespace

TEST_CASE("the arrow keys step the window by one and by a row", "[layer view][keys]")
{
    NinLayerView nin;
    LayerView &view = nin.view;
    // Keys reach the grid canvas when it has the focus, and the view itself otherwise.
    QWidget *target = GENERATE(0, 1) == 0 ? static_cast<QWidget *>(view.canvas())
                                          : static_cast<QWidget *>(&view);
    CAPTURE(target->objectName());
    REQUIRE(view.currentWindow() == 0);

    QTest::keyClick(target, Qt::Key_Right);
    CHECK(view.currentWindow() == 1);
    QTest::keyClick(target, Qt::Key_Down);
    CHECK(view.currentWindow() == 1 + rowLength);
    QTest::keyClick(target, Qt::Key_Left);
    CHECK(view.currentWindow() == rowLength);
    QTest::keyClick(target, Qt::Key_Left); // runs on to the end of the row above
    CHECK(view.currentWindow() == rowLength - 1);
    QTest::keyClick(target, Qt::Key_Up); // already on the first row: stays
    CHECK(view.currentWindow() == rowLength - 1);

    view.setCurrentWindow(rowLength * rowLength - 1);
    QTest::keyClick(target, Qt::Key_Down); // last row: stays
    CHECK(view.currentWindow() == rowLength * rowLength - 1);
    QTest::keyClick(target, Qt::Key_Right); // last window: stays
    CHECK(view.currentWindow() == rowLength * rowLength - 1);
    QTest::keyClick(target, Qt::Key_Up);
    CHECK(view.currentWindow() == rowLength * rowLength - 1 - rowLength);
    CHECK(view.stepper()->current() == view.currentWindow());
}

TEST_CASE("Play goes up to 100 windows a second or a row per step", "[layer view]")
{
    NinLayerView nin;
    GridStepper *stepper = nin.view.stepper();
    auto *speed = stepper->findChild<QComboBox *>(QStringLiteral("speed"));
    REQUIRE(speed != nullptr);
    QList<int> rates;
    for (int i = 0; i < speed->count(); ++i)
        rates << speed->itemData(i).toInt();
    CHECK(rates.contains(5));
    CHECK(rates.contains(20));
    CHECK(rates.contains(100));
    CHECK(stepper->speed() == 5); // the default

    speed->setCurrentIndex(speed->count() - 1);
    REQUIRE(stepper->isRowPerStep());
    stepper->setPlaying(true);
    REQUIRE(stepper->isPlaying());
    // Two steps of the timer move two rows.
    QTRY_VERIFY_WITH_TIMEOUT(stepper->current() >= 2 * rowLength, 2000);
    stepper->setPlaying(false);
    CHECK(stepper->current() % rowLength == 0);
}
