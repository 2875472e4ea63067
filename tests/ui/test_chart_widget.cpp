// The chart panel driven through its API under the offscreen platform: what it draws for the
// plotted scenarios, that live edits reach only the edited scenario's lines, that replots are
// coalesced, the year cursor, the legend outside the data, and the enlarge request.

#include "charts/ChartWidget.h"
#include "test_chart_fixtures.h"

#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <gtest/gtest.h>
#include <qcustomplot.h>

namespace sovsim::ui {
namespace {

using testing::ThreeScenarios;

int dataGraphs(const QCustomPlot& plot) {
    int n = 0;
    for (int i = 0; i < plot.graphCount(); ++i) {
        if (!plot.graph(i)->property("legendOnly").toBool() && !plot.graph(i)->data()->isEmpty()) {
            ++n;
        }
    }
    return n;
}

struct ChartWidgetTest : ::testing::Test {
    ThreeScenarios data;
    ChartWidget chart{*findChart(QStringLiteral("leverage"))};
    void SetUp() override {
        chart.resize(800, 500);
        chart.setScenarios(data.plotted());
        chart.replotNow();
    }
};

TEST_F(ChartWidgetTest, DrawsOneGraphPerVisibleScenarioPlusReferenceLines) {
    // Three scenarios, one series each, plus Kenya's "as loaded" line.
    EXPECT_EQ(dataGraphs(*chart.plot()), 4);
    auto scenarios = data.plotted();
    scenarios[0].visible = false;
    chart.setScenarios(scenarios);
    chart.replotNow();
    EXPECT_EQ(dataGraphs(*chart.plot()), 3);
    for (const ChartLine& line : chart.lines()) {
        EXPECT_NE(line.scenario, 0);
    }
}

TEST_F(ChartWidgetTest, ALiveEditChangesOnlyTheEditedScenario) {
    const std::vector<ChartLine> before = chart.lines();
    // The window re-runs the edited scenario into the same Projection and calls refresh().
    for (double& v : data.kenya.series(sovsim::Metric::BargainingLeverage)) {
        v *= 0.5;
    }
    chart.refresh();
    chart.replotNow();
    const std::vector<ChartLine>& after = chart.lines();
    ASSERT_EQ(before.size(), after.size());
    for (size_t i = 0; i < after.size(); ++i) {
        const bool edited = after[i].scenario == 1 && !after[i].isReference;
        EXPECT_EQ(before[i].values != after[i].values, edited)
            << "line " << i << " of scenario " << after[i].scenario;
    }
}

TEST_F(ChartWidgetTest, UpdatesAreCoalescedIntoOneReplot) {
    QSignalSpy replots(chart.plot(), &QCustomPlot::afterReplot);
    for (int i = 0; i < 20; ++i) {
        chart.refresh();
    }
    EXPECT_EQ(replots.count(), 0) << "nothing is drawn synchronously";
    ASSERT_TRUE(QTest::qWaitFor([&] { return replots.count() > 0; }, 10000));
    QCoreApplication::processEvents();
    EXPECT_EQ(replots.count(), 1) << "twenty updates, one replot";
}

TEST_F(ChartWidgetTest, DifferenceModeDrawsOthersAgainstTheReference) {
    chart.setDifferenceReference(0);
    chart.replotNow();
    EXPECT_EQ(dataGraphs(*chart.plot()), 3); // Kenya, Kenya as loaded, Brazil
    EXPECT_TRUE(
        chart.plot()->yAxis->label().simplified().contains(QStringLiteral("percentage points")));
    chart.setDifferenceReference(-1);
    chart.replotNow();
    EXPECT_EQ(dataGraphs(*chart.plot()), 4);
}

TEST_F(ChartWidgetTest, YearCursorListsEveryScenario) {
    chart.setCursorYear(2032.0);
    const QStringList text = chart.cursorText();
    ASSERT_EQ(text.size(), 4);
    EXPECT_TRUE(text[2].startsWith(QStringLiteral("Kenya - negotiated")));
    chart.setCursorYear(std::nullopt);
    EXPECT_TRUE(chart.cursorText().isEmpty());
}

TEST_F(ChartWidgetTest, HoveringTheDataMovesTheCursor) {
    chart.show();
    chart.replotNow();
    chart.plot()->replot();
    QCPAxisRect* rect = chart.plot()->axisRect();
    ASSERT_NE(rect, nullptr);
    const int x = static_cast<int>(rect->axis(QCPAxis::atBottom)->coordToPixel(2035.0));
    const QPoint inside(x, rect->rect().center().y());
    QSignalSpy moved(&chart, &ChartWidget::cursorYearChanged);
    QMouseEvent move(QEvent::MouseMove, inside, chart.plot()->mapToGlobal(inside), Qt::NoButton,
                     Qt::NoButton, Qt::NoModifier);
    QCoreApplication::sendEvent(chart.plot(), &move);
    ASSERT_TRUE(chart.cursorYear().has_value());
    EXPECT_NEAR(*chart.cursorYear(), 2035.0, 1.0 / 12.0);
    EXPECT_EQ(moved.count(), 1);
}

TEST_F(ChartWidgetTest, LegendSitsOutsideTheDataArea) {
    chart.plot()->replot();
    QCPAxisRect* rect = chart.plot()->axisRect();
    ASSERT_NE(rect, nullptr);
    ASSERT_NE(chart.plot()->legend, nullptr);
    EXPECT_GT(chart.plot()->legend->itemCount(), 0);
    EXPECT_FALSE(chart.plot()->legend->outerRect().intersects(rect->rect()));
}

TEST_F(ChartWidgetTest, EnlargeButtonAsksTheWindow) {
    QSignalSpy spy(&chart, &ChartWidget::enlargeRequested);
    auto buttons = chart.findChildren<QToolButton*>();
    ASSERT_FALSE(buttons.isEmpty());
    const auto enlarge = std::find_if(buttons.begin(), buttons.end(), [](QToolButton* b) {
        return b->accessibleName().contains(QStringLiteral("Enlarge"));
    });
    ASSERT_NE(enlarge, buttons.end());
    (*enlarge)->click();
    EXPECT_EQ(spy.count(), 1);
}

} // namespace
} // namespace sovsim::ui
