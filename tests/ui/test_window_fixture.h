#pragma once
// The workshop window on the default workshop, with Kenya's and Japan's scenarios found, and a
// way to let queued re-projections and replots happen before checking what is shown.

#include "charts/ChartWidget.h"
#include "mainwindow/MainWindow.h"
#include "model/WorkshopDocument.h"
#include "test_gui_helpers.h"
#include "widgets/ChartsArea.h"
#include "widgets/RealSlider.h"

#include <QApplication>
#include <gtest/gtest.h>
#include <initializer_list>

namespace sovsim::ui::test {

class WindowTest : public ::testing::Test {
protected:
    void SetUp() override {
        window.resize(1400, 900);
        kenya = scenarioOf(document(), "kenya");
        japan = scenarioOf(document(), "japan");
        ASSERT_GE(kenya, 0);
        ASSERT_GE(japan, 0);
        settle();
    }
    WorkshopDocument& document() { return window.document(); }
    void settle() {
        QApplication::processEvents();
        document().runPendingNow();
        for (int i = 0; i < window.chartsArea()->chartCount(); ++i) {
            window.chartsArea()->chart(i)->replotNow();
        }
    }
    // Drags a slider handle through `positions` as a mouse drag would.
    static void drag(RealSlider* slider, std::initializer_list<int> positions) {
        slider->setSliderDown(true);
        for (int p : positions) {
            slider->setSliderPosition(p);
        }
        slider->setSliderDown(false);
    }

    MainWindow window;
    int kenya = -1;
    int japan = -1;
};

} // namespace sovsim::ui::test
