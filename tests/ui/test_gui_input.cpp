// How the workshop window takes the wheel and the keyboard: scrolling a panel never changes a
// value on the way (a wheel over an unfocused slider, spin box or combo box scrolls the panel),
// and a run of arrow-key steps on one control is one undo step, like a drag.

#include "sovsim/ScenarioFile.h"
#include "test_window_fixture.h"
#include "undo/EditGesture.h"
#include "widgets/CountryPanel.h"
#include "widgets/ParameterControl.h"
#include "widgets/ShockCard.h"
#include "widgets/ShockPanel.h"
#include "widgets/StrategyPanel.h"

#include <QComboBox>
#include <QMenu>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>
#include <QWheelEvent>
#include <cmath>

namespace sovsim::ui {
namespace {

using test::WindowTest;

// One notch of a mouse wheel turned towards the user (scrolls down), delivered as Qt delivers
// it: to the widget under the pointer first, then to its parents while nobody accepts it.
void wheelDown(QWidget* widget) {
    const QPointF local(widget->width() / 2.0, widget->height() / 2.0);
    QWheelEvent event(local, widget->mapToGlobal(local), QPoint(), QPoint(0, -120), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(widget, &event);
}

QScrollArea* scrollAreaAround(QWidget* widget) {
    for (QWidget* w = widget->parentWidget(); w != nullptr; w = w->parentWidget()) {
        if (auto* area = qobject_cast<QScrollArea*>(w)) {
            return area;
        }
    }
    return nullptr;
}

class InputTest : public WindowTest {
protected:
    void SetUp() override {
        WindowTest::SetUp();
        // A laptop-sized window: the editing panels are taller than their tabs and scroll.
        window.resize(1366, 768);
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
        document().setCurrentIndex(kenya);
        settle();
    }
    QUndoStack* undo() { return document().undoStack(); }
};

TEST_F(InputTest, WheelOverAnUnfocusedSliderScrollsThePanelAndChangesNothing) {
    window.editorTabs()->setCurrentIndex(1); // strategy: the agreements lever of the report
    auto* control = window.strategyPanel()->leverControl(sovsim::Lever::ComputeAgreements);
    ASSERT_NE(control, nullptr);
    auto* slider = control->slider();
    auto* area = scrollAreaAround(slider);
    ASSERT_NE(area, nullptr);
    ASSERT_GT(area->verticalScrollBar()->maximum(), 0) << "the panel should scroll at 1366x768";
    area->verticalScrollBar()->setValue(0);
    ASSERT_FALSE(slider->hasFocus());
    const sovsim::Scenario before = document().scenario(kenya);

    for (int notch = 0; notch < 10; ++notch) {
        wheelDown(slider);
    }
    settle();
    EXPECT_EQ(document().scenario(kenya), before);
    EXPECT_EQ(undo()->count(), 0);
    EXPECT_GT(area->verticalScrollBar()->value(), 0) << "the wheel should scroll the panel";
}

TEST_F(InputTest, WheelOverTheCountryBoxNeverSwitchesTheCountry) {
    window.editorTabs()->setCurrentIndex(0);
    QComboBox* country = window.countryPanel()->presetPicker();
    ASSERT_FALSE(country->hasFocus());
    const int shown = country->currentIndex();
    const sovsim::Scenario before = document().scenario(kenya);
    wheelDown(country);
    wheelDown(country);
    settle();
    EXPECT_EQ(country->currentIndex(), shown);
    EXPECT_EQ(document().scenario(kenya), before);
}

TEST_F(InputTest, WheelOverAShockSpinBoxLeavesTheShockAlone) {
    window.editorTabs()->setCurrentIndex(2);
    window.shockPanel()->addButton()->menu()->actions().at(0)->trigger();
    settle();
    const int last = window.shockPanel()->cardCount() - 1;
    QSpinBox* year = window.shockPanel()->card(last)->startYear();
    ASSERT_FALSE(year->hasFocus());
    const sovsim::Scenario before = document().scenario(kenya);
    wheelDown(year);
    settle();
    EXPECT_EQ(document().scenario(kenya), before);
}

TEST_F(InputTest, AFocusedSliderStillTakesTheWheel) {
    window.editorTabs()->setCurrentIndex(0);
    window.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    auto* slider = window.countryPanel()->control("country.dc_power_available_gw")->slider();
    slider->setFocus(Qt::TabFocusReason);
    ASSERT_TRUE(slider->hasFocus());
    const double before = document().scenario(kenya).country.dcPowerAvailableGw;
    wheelDown(slider);
    settle();
    EXPECT_NE(document().scenario(kenya).country.dcPowerAvailableGw, before);
}

TEST_F(InputTest, ArrowStepsInQuickSuccessionAreOneUndoStep) {
    window.editorTabs()->setCurrentIndex(0);
    auto* slider = window.countryPanel()->control("country.dc_power_available_gw")->slider();
    const sovsim::Scenario before = document().scenario(kenya);
    for (int press = 0; press < 20; ++press) {
        QTest::keyClick(slider, Qt::Key_Right);
    }
    settle();
    ASSERT_NE(document().scenario(kenya), before);
    EXPECT_EQ(undo()->count(), 1);

    // After a pause the next press is a new adjustment.
    QTest::qWait(EditGesture::kPauseMs + 200);
    const sovsim::Scenario afterFirst = document().scenario(kenya);
    QTest::keyClick(slider, Qt::Key_Right);
    settle();
    EXPECT_EQ(undo()->count(), 2);

    undo()->undo();
    settle();
    EXPECT_EQ(document().scenario(kenya), afterFirst);
    undo()->undo();
    settle();
    EXPECT_EQ(document().scenario(kenya), before);
}

TEST_F(InputTest, ArrowStepsOnTwoControlsAreTwoUndoSteps) {
    window.editorTabs()->setCurrentIndex(0);
    auto* power = window.countryPanel()->control("country.dc_power_available_gw")->slider();
    auto* budget =
        window.countryPanel()->control("country.public_ai_budget_usd_bn_per_yr")->slider();
    QTest::keyClick(power, Qt::Key_Right);
    QTest::keyClick(power, Qt::Key_Right);
    QTest::keyClick(budget, Qt::Key_Right);
    QTest::keyClick(budget, Qt::Key_Right);
    settle();
    EXPECT_EQ(undo()->count(), 2);
}

TEST_F(InputTest, ArrowStepsOnAShockStartAreOneUndoStep) {
    window.editorTabs()->setCurrentIndex(2);
    window.shockPanel()->addButton()->menu()->actions().at(0)->trigger();
    settle();
    const int stepsBefore = undo()->count();
    QSpinBox* year = window.shockPanel()->card(window.shockPanel()->cardCount() - 1)->startYear();
    const int startYear = year->value();
    QTest::keyClick(year, Qt::Key_Up);
    QTest::keyClick(year, Qt::Key_Up);
    QTest::keyClick(year, Qt::Key_Up);
    settle();
    EXPECT_EQ(document().scenario(kenya).shocks.back().start.year, startYear + 3);
    EXPECT_EQ(undo()->count(), stepsBefore + 1);
}

} // namespace
} // namespace sovsim::ui

namespace sovsim::ui {
namespace {

// Every slider dragged to either end stores a clean number: the end of its range (or zero),
// never arithmetic noise such as 3.47e-18 that would then be saved in the file.
TEST_F(InputTest, SliderEndsStoreCleanNumbers) {
    const auto controls = window.findChildren<ParameterControl*>();
    ASSERT_GT(controls.size(), 20);
    for (ParameterControl* control : controls) {
        RealSlider* slider = control->slider();
        for (const int position : {slider->minimum(), slider->maximum()}) {
            drag(slider,
                 {position == slider->minimum() ? slider->minimum() + 1 : slider->maximum() - 1,
                  position});
            const auto& info = control->parameter();
            const double stored = info.get(document().scenario(kenya));
            const double end = position == slider->minimum() ? info.min : info.max;
            if (end == 0.0) {
                EXPECT_EQ(stored, 0.0) << info.path;
            }
            EXPECT_TRUE(stored == 0.0 || std::fabs(stored) >= 1e-6) << info.path << " " << stored;
        }
    }
    const std::string text = sovsim::serialise(document().workshop());
    EXPECT_EQ(text.find("e-1"), std::string::npos) << "noise in the saved file";
}

} // namespace
} // namespace sovsim::ui
