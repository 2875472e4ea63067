// The workshop window's six charts with two scenarios hit by different shocks, on a laptop and
// on a desktop monitor, in English and in Traditional Chinese: every chart shows whose shock is
// whose in lanes of the scenarios' colours, with no text cut, and keeps its title whole.

#include "charts/ShockLaneStrip.h"
#include "mainwindow/Language.h"
#include "test_chart_shock_lanes.h"
#include "test_window_fixture.h"

#include <QLocale>
#include <QTest>
#include <tuple>

namespace sovsim::ui {
namespace {

using WindowCase = std::tuple<QSize, const char*>;

class ShockLaneWindowTest : public test::WindowTest,
                            public ::testing::WithParamInterface<WindowCase> {
protected:
    void TearDown() override {
        language.apply(QStringLiteral("en"));
        QLocale::setDefault(locale);
    }
    Language language;
    QLocale locale;
};

TEST_P(ShockLaneWindowTest, EveryChartTellsWhoseShockIsWhose) {
    const auto [size, code] = GetParam();
    ASSERT_TRUE(language.apply(QString::fromLatin1(code)));
    // Japan keeps the default workshop's supplier cut-off; Kenya gets an energy crisis of its own.
    sovsim::Scenario changed = document().scenario(kenya);
    sovsim::Shock crisis;
    crisis.type = sovsim::ShockType::EnergyCrisis;
    crisis.start = {2033, 4};
    crisis.durationMonths = 15;
    crisis.severity = 0.7;
    changed.shocks = {crisis};
    document().editScenario(kenya, changed, QStringLiteral("Energy crisis for Kenya"));
    ASSERT_FALSE(document().scenario(japan).shocks.empty());

    window.resize(size);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    settle();
    const std::vector<int> lanes =
        japan < kenya ? std::vector<int>{japan, kenya} : std::vector<int>{kenya, japan};
    auto* charts = window.chartsArea();
    for (int i = 0; i < charts->chartCount(); ++i) {
        ChartWidget* chart = charts->chart(i);
        SCOPED_TRACE(chart->spec().id.toStdString());
        chart->plot()->replot();
        const QImage image = chart->plot()->grab().toImage();
        testing::expectReadableLanes(*chart->plot(), image, chart->input(),
                                     chartTheme(ThemeId::Light), lanes);
        testing::expectWholeLegends(*chart->plot());
        auto* title = qobject_cast<QCPTextElement*>(chart->plot()->plotLayout()->element(0, 0));
        ASSERT_NE(title, nullptr);
        EXPECT_EQ(title->text(), chart->spec().title) << "title elided";
        // Kenya's lane names its own shock, in the interface language.
        const ShockLaneStrip* strip = shockLaneStrip(*chart->plot());
        ASSERT_NE(strip, nullptr);
        bool crisisNamed = false;
        for (const auto& t : strip->drawnTexts()) {
            crisisNamed |= !t.laneLabel && t.full == shockTypeName(crisis.type) &&
                           strip->lanes()[static_cast<size_t>(t.lane)].scenario == kenya;
        }
        EXPECT_TRUE(crisisNamed);
    }
}

INSTANTIATE_TEST_SUITE_P(ScreensAndLanguages, ShockLaneWindowTest,
                         ::testing::Combine(::testing::Values(QSize(1366, 768), QSize(1920, 1080)),
                                            ::testing::Values("en", "zh_TW")),
                         [](const auto& param) {
                             return QStringLiteral("%1x%2_%3")
                                 .arg(std::get<0>(param.param).width())
                                 .arg(std::get<0>(param.param).height())
                                 .arg(QString::fromLatin1(std::get<1>(param.param)))
                                 .toStdString();
                         });

} // namespace
} // namespace sovsim::ui
