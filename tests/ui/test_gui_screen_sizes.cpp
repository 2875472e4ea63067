// The workshop window on the screens it meets: its first size fits the screen it opens on, and
// the chart grid keeps every chart at a readable size, with three columns on a desktop monitor,
// two on a 1366x768 laptop (scrolling the rows that do not fit) and back again.

#include "test_window_fixture.h"

#include <QGuiApplication>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QTest>

namespace sovsim::ui {
namespace {

using test::WindowTest;

TEST(ScreenSizeTest, FirstWindowFitsTheScreen) {
    // The test platform's screen is smaller than the window's preferred 1600x1000.
    MainWindow window;
    const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
    ASSERT_LT(available.width(), 1600);
    EXPECT_LE(window.width(), available.width());
    EXPECT_LE(window.height(), available.height());
    EXPECT_TRUE(available.contains(window.geometry().topLeft()));
}

class ChartGridTest : public WindowTest {
protected:
    void showAt(QSize size) {
        window.resize(size);
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
        settle();
    }
    ChartsArea* charts() { return window.chartsArea(); }
    // The smallest chart now laid out in the grid.
    QSize smallestChart() {
        QSize smallest(100000, 100000);
        for (int i = 0; i < charts()->chartCount(); ++i) {
            smallest = smallest.boundedTo(charts()->chart(i)->size());
        }
        return smallest;
    }
};

TEST_F(ChartGridTest, ThreeColumnsOnADesktopMonitor) {
    showAt({1600, 1000});
    EXPECT_EQ(charts()->columnCount(), 3);
    EXPECT_EQ(charts()->scrollArea()->verticalScrollBar()->maximum(), 0) << "nothing to scroll";
}

TEST_F(ChartGridTest, TwoColumnsThatScrollOnALaptop) {
    showAt({1366, 768});
    EXPECT_EQ(charts()->columnCount(), 2);
    EXPECT_GT(charts()->scrollArea()->verticalScrollBar()->maximum(), 0);
    // Every chart keeps the size it needs for whole titles and legends.
    const QSize smallest = smallestChart();
    EXPECT_GE(smallest.width(), 360);
    EXPECT_GE(smallest.height(), 320);
}

TEST_F(ChartGridTest, ColumnsFollowTheWindowBackAndForth) {
    showAt({1366, 768});
    ASSERT_EQ(charts()->columnCount(), 2);
    showAt({1920, 1080});
    EXPECT_EQ(charts()->columnCount(), 3);
    showAt({900, 700});
    EXPECT_EQ(charts()->columnCount(), 1);
}

TEST_F(ChartGridTest, AnEnlargedChartFillsTheAreaWithoutScrolling) {
    showAt({1366, 768});
    charts()->enlarge(charts()->chart(0));
    settle();
    EXPECT_EQ(charts()->scrollArea()->verticalScrollBar()->maximum(), 0);
    EXPECT_TRUE(charts()->chart(0)->isVisible());
    EXPECT_FALSE(charts()->chart(1)->isVisible());
    charts()->enlarge(nullptr);
    settle();
    EXPECT_EQ(charts()->columnCount(), 2);
    EXPECT_TRUE(charts()->chart(5)->isVisibleTo(&window));
}

} // namespace
} // namespace sovsim::ui
