// What the charts plot: the standard chart set, the lines computed from projections (visibility,
// reference lines, difference mode, percent scaling), shock bands and the year-cursor text.

#include "charts/ChartData.h"
#include "charts/ChartSpec.h"
#include "charts/Palette.h"
#include "test_chart_fixtures.h"

#include <QSet>
#include <gtest/gtest.h>

namespace sovsim::ui {
namespace {

using testing::ThreeScenarios;

ChartInput inputFor(const QString& id, const ThreeScenarios& data) {
    ChartInput input;
    input.spec = *findChart(id);
    input.scenarios = data.plotted();
    return input;
}

TEST(ChartSpecTest, StandardSetCoversTheWorkshopCharts) {
    QStringList ids;
    for (const ChartSpec& c : standardCharts()) {
        ids << c.id;
    }
    EXPECT_EQ(ids, (QStringList{"compute", "energy", "leverage", "critical_inference",
                                "public_cost_per_compute", "language"}));
    const QStringList all = chartIds();
    EXPECT_EQ(QSet<QString>(all.begin(), all.end()).size(), all.size()) << "ids must be unique";
    EXPECT_TRUE(all.contains(QStringLiteral("agency")));
    EXPECT_FALSE(findChart(QStringLiteral("no_such_chart")).has_value());
}

TEST(ChartSpecTest, EveryChartHasTitlesUnitsAndSeries) {
    for (const ChartSpec& c : allCharts()) {
        SCOPED_TRACE(c.id.toStdString());
        EXPECT_FALSE(c.title.isEmpty());
        EXPECT_FALSE(c.subtitle.isEmpty());
        EXPECT_FALSE(c.series.empty());
        EXPECT_FALSE(c.leftAxis.unit.isEmpty());
        EXPECT_TRUE(c.leftAxis.titleWithUnit().contains(c.leftAxis.unit));
        for (const SeriesSpec& s : c.series) {
            EXPECT_FALSE(s.label.isEmpty());
        }
    }
}

TEST(ChartSpecTest, ComputeShowsTotalSolidAndAssuredDashed) {
    const ChartSpec c = *findChart(QStringLiteral("compute"));
    ASSERT_EQ(c.series.size(), 2u);
    EXPECT_EQ(c.series[0].metric, sovsim::Metric::ComputeAccessTotal);
    EXPECT_EQ(c.series[0].style, LineStyle::Solid);
    EXPECT_EQ(c.series[1].metric, sovsim::Metric::ComputeAssured);
    EXPECT_EQ(c.series[1].style, LineStyle::Dashed);
}

TEST(ChartSpecTest, EnergyPutsShareOfGenerationOnTheRightAxisInPercent) {
    const ChartSpec c = *findChart(QStringLiteral("energy"));
    EXPECT_TRUE(c.hasRightAxis());
    EXPECT_FALSE(findChart(QStringLiteral("compute"))->hasRightAxis());
    const auto share = std::find_if(c.series.begin(), c.series.end(), [](const SeriesSpec& s) {
        return s.metric == sovsim::Metric::DcShareOfGeneration;
    });
    ASSERT_NE(share, c.series.end());
    EXPECT_EQ(share->axis, AxisSide::Right);
    EXPECT_DOUBLE_EQ(c.rightAxis.scale, 100.0);
}

TEST(PaletteTest, ColoursAreOkabeItoAndDistinct) {
    QSet<QRgb> seen;
    for (int i = 0; i < kScenarioColourCount; ++i) {
        seen.insert(scenarioColour(i).rgb());
    }
    EXPECT_EQ(seen.size(), kScenarioColourCount);
    EXPECT_EQ(scenarioColour(0).rgb() & 0xFFFFFF, okabeIto::kBlue);
    EXPECT_EQ(scenarioColour(kScenarioColourCount), scenarioColour(0)) << "wraps around";
    EXPECT_EQ(scenarioColour(-1), scenarioColour(kScenarioColourCount - 1));
    EXPECT_GT(colourOnDark(QColor(okabeIto::kBlack)).lightness(), 200);
}

TEST(ChartLinesTest, OneLinePerVisibleScenarioAndSeriesPlusReference) {
    ThreeScenarios data;
    ChartInput input = inputFor(QStringLiteral("compute"), data);
    // Japan: 2 series; Kenya: 2 series + 2 "as loaded"; Brazil: 2 series.
    EXPECT_EQ(chartLines(input).size(), 8u);
    input.scenarios[2].visible = false;
    const auto lines = chartLines(input);
    EXPECT_EQ(lines.size(), 6u);
    for (const ChartLine& l : lines) {
        EXPECT_NE(l.scenario, 2) << "hidden scenario must not be drawn";
    }
    input.scenarios[0].projection = nullptr;
    EXPECT_EQ(chartLines(input).size(), 4u) << "a scenario without projection draws nothing";
}

TEST(ChartLinesTest, ValuesFollowTheProjectionAndScaleSharesToPercent) {
    ThreeScenarios data;
    const ChartInput compute = inputFor(QStringLiteral("compute"), data);
    const ChartLine first = chartLines(compute).front(); // a copy: the vector is a temporary
    ASSERT_EQ(first.values.size(), data.japan.stepCount());
    EXPECT_DOUBLE_EQ(first.values[30], data.japan.at(sovsim::Metric::ComputeAccessTotal, 30));
    EXPECT_DOUBLE_EQ(first.years[12], 2026.0);

    const ChartInput coverage = inputFor(QStringLiteral("critical_inference"), data);
    const ChartLine c = chartLines(coverage).front();
    EXPECT_DOUBLE_EQ(c.values[40],
                     100.0 * data.japan.at(sovsim::Metric::CriticalInferenceCoverage, 40));
}

TEST(ChartLinesTest, ReferenceLineShowsTheStateWhenLoaded) {
    ThreeScenarios data;
    const ChartInput input = inputFor(QStringLiteral("leverage"), data);
    const auto lines = chartLines(input);
    const auto ref =
        std::find_if(lines.begin(), lines.end(), [](const ChartLine& l) { return l.isReference; });
    ASSERT_NE(ref, lines.end());
    EXPECT_EQ(ref->scenario, 1);
    EXPECT_DOUBLE_EQ(ref->values[5],
                     100.0 * data.kenyaLoaded.at(sovsim::Metric::BargainingLeverage, 5));
}

TEST(ChartLinesTest, DifferenceModeSubtractsTheReferenceScenario) {
    ThreeScenarios data;
    ChartInput input = inputFor(QStringLiteral("compute"), data);
    input.differenceReference = 0;
    ASSERT_TRUE(input.differenceMode());
    const auto lines = chartLines(input);
    for (const ChartLine& l : lines) {
        EXPECT_NE(l.scenario, 0) << "the reference itself is the zero line";
    }
    const ChartLine& kenyaTotal = lines.front();
    ASSERT_EQ(kenyaTotal.scenario, 1);
    const double expected = data.kenya.at(sovsim::Metric::ComputeAccessTotal, 100) -
                            data.japan.at(sovsim::Metric::ComputeAccessTotal, 100);
    EXPECT_DOUBLE_EQ(kenyaTotal.values[100], expected);

    input.differenceReference = 7; // out of range: absolute values
    EXPECT_FALSE(input.differenceMode());
}

TEST(ChartLinesTest, DifferenceAcrossTimelinesInterpolatesByDate) {
    ThreeScenarios data;
    sovsim::Timeline quarterly;
    quarterly.step = sovsim::Step::Quarter;
    const sovsim::Projection coarse = testing::syntheticProjection(2.0, quarterly);
    ChartInput input = inputFor(QStringLiteral("public_cost"), data);
    input.scenarios[0].projection = &coarse;
    input.differenceReference = 0;
    const ChartLine kenya = chartLines(input).front();
    // 2026-01 is a quarter boundary, so the reference value there is exact.
    const double expected = data.kenya.at(sovsim::Metric::PublicCostCumulative, 12) -
                            coarse.at(sovsim::Metric::PublicCostCumulative, 4);
    EXPECT_NEAR(kenya.values[12], expected, 1e-9);
}

TEST(ShockBandsTest, IdenticalShocksMergeAndOthersNameTheirScenarios) {
    ThreeScenarios data;
    ChartInput input = inputFor(QStringLiteral("compute"), data);
    auto bands = shockBands(input);
    ASSERT_EQ(bands.size(), 1u);
    EXPECT_DOUBLE_EQ(bands[0].startYear, 2030.0);
    EXPECT_DOUBLE_EQ(bands[0].endYear, 2032.0);
    // Brazil has no shock, so the band names the two scenarios that have it.
    EXPECT_EQ(bands[0].scenarios, (QStringList{QStringLiteral("Japan - resilience"),
                                               QStringLiteral("Kenya - negotiated")}));
    EXPECT_TRUE(bands[0].label().contains(QStringLiteral("Kenya - negotiated")));

    input.scenarios[2].visible = false; // now every plotted scenario has it
    bands = shockBands(input);
    ASSERT_EQ(bands.size(), 1u);
    EXPECT_TRUE(bands[0].scenarios.isEmpty());
    EXPECT_EQ(bands[0].label(), shockTypeName(sovsim::ShockType::SupplierCutoff));
}

TEST(ShockBandsTest, ChipLeapIsPermanentAndShocksOutsideTheRunAreDropped) {
    ThreeScenarios data;
    ChartInput input = inputFor(QStringLiteral("compute"), data);
    sovsim::Shock leap;
    leap.type = sovsim::ShockType::ChipLeap;
    leap.start = {2033, 7};
    sovsim::Shock late = testing::cutoff2030();
    late.start = {2045, 1};
    input.scenarios[2].shocks = {leap, late};
    const auto bands = shockBands(input);
    ASSERT_EQ(bands.size(), 2u);
    EXPECT_TRUE(bands[1].permanent);
    EXPECT_DOUBLE_EQ(bands[1].startYear, 2033.5);
    EXPECT_DOUBLE_EQ(bands[1].endYear, yearRange(input).second);
}

TEST(CursorTextTest, ListsEveryVisibleScenarioAtTheNearestStep) {
    ThreeScenarios data;
    ChartInput input = inputFor(QStringLiteral("public_cost"), data);
    const QStringList text = cursorText(input, 2031.0 + 0.2 / 12.0);
    ASSERT_EQ(text.size(), 4); // date + three scenarios
    EXPECT_EQ(text[0], QStringLiteral("Jan 2031"));
    EXPECT_TRUE(text[1].startsWith(QStringLiteral("Japan - resilience: ")));
    const double v = data.japan.at(sovsim::Metric::PublicCostCumulative, 72);
    EXPECT_TRUE(text[1].contains(formatValue(v))) << text[1].toStdString();
    EXPECT_TRUE(text[1].endsWith(QStringLiteral("USD bn")));
    input.scenarios[1].visible = false;
    EXPECT_EQ(cursorText(input, 2031.0).size(), 3);
}

TEST(FormatValueTest, ReadableNumbers) {
    EXPECT_EQ(formatValue(152300.4), QStringLiteral("152,300"));
    EXPECT_EQ(formatValue(12.345), QStringLiteral("12.3"));
    EXPECT_EQ(formatValue(0.4567), QStringLiteral("0.457"));
    EXPECT_EQ(formatValue(-0.0001), QStringLiteral("0.000"));
    EXPECT_EQ(formatValue(std::nan("")), QStringLiteral("n/a"));
}

} // namespace
} // namespace sovsim::ui
