// The calendar of a run: whole steps counted with an integer, dates computed from the index.

#include "sovsim/Timeline.h"

#include "sovsim/Projection.h"

#include <gtest/gtest.h>

namespace sovsim {
namespace {

Timeline timeline(int endYear, Step step) {
    Timeline t;
    t.endYear = endYear;
    t.step = step;
    return t;
}

TEST(Timeline, DefaultRunsMonthlyFrom2025To2040) {
    const Timeline t;
    EXPECT_EQ(t.endYear, 2040);
    EXPECT_EQ(t.step, Step::Month);
    EXPECT_EQ(t.stepCount(), 192); // 16 years x 12 months
}

TEST(Timeline, StepCountsFor2040) {
    EXPECT_EQ(timeline(2040, Step::Month).stepCount(), 192);
    EXPECT_EQ(timeline(2040, Step::Quarter).stepCount(), 64);
    // Four week steps per month: 16 x 12 x 4.
    EXPECT_EQ(timeline(2040, Step::Week).stepCount(), 768);
}

TEST(Timeline, StepCountsFor2050) {
    EXPECT_EQ(timeline(2050, Step::Month).stepCount(), 312);
    EXPECT_EQ(timeline(2050, Step::Quarter).stepCount(), 104);
    EXPECT_EQ(timeline(2050, Step::Week).stepCount(), 26 * 48);
}

TEST(Timeline, ShortestTimelineCoversTwoYears) {
    EXPECT_EQ(timeline(kMinEndYear, Step::Month).stepCount(), 24);
    EXPECT_EQ(timeline(kMinEndYear, Step::Quarter).stepCount(), 8);
}

TEST(Timeline, MonthlyDatesAtIndices) {
    const auto t = timeline(2040, Step::Month);
    EXPECT_EQ(t.dateAt(0), (Date{2025, 1, 1}));
    EXPECT_EQ(t.dateAt(1), (Date{2025, 2, 1}));
    EXPECT_EQ(t.dateAt(11), (Date{2025, 12, 1}));
    EXPECT_EQ(t.dateAt(12), (Date{2026, 1, 1}));
    EXPECT_EQ(t.dateAt(60), (Date{2030, 1, 1}));
    EXPECT_EQ(t.dateAt(191), (Date{2040, 12, 1}));
    EXPECT_EQ(t.dateAt(191).toString(), "2040-12-01");
}

TEST(Timeline, QuarterlyDatesAtIndices) {
    const auto t = timeline(2040, Step::Quarter);
    EXPECT_EQ(t.dateAt(0), (Date{2025, 1, 1}));
    EXPECT_EQ(t.dateAt(1), (Date{2025, 4, 1}));
    EXPECT_EQ(t.dateAt(3), (Date{2025, 10, 1}));
    EXPECT_EQ(t.dateAt(4), (Date{2026, 1, 1}));
    EXPECT_EQ(t.dateAt(63), (Date{2040, 10, 1}));
}

TEST(Timeline, WeeklyStepsStartOnDays1To22OfEachMonth) {
    const auto t = timeline(2040, Step::Week);
    EXPECT_EQ(t.dateAt(0), (Date{2025, 1, 1}));
    EXPECT_EQ(t.dateAt(1), (Date{2025, 1, 8}));
    EXPECT_EQ(t.dateAt(2), (Date{2025, 1, 15}));
    EXPECT_EQ(t.dateAt(3), (Date{2025, 1, 22}));
    EXPECT_EQ(t.dateAt(4), (Date{2025, 2, 1}));
    EXPECT_EQ(t.dateAt(47), (Date{2025, 12, 22}));
    EXPECT_EQ(t.dateAt(48), (Date{2026, 1, 1}));
    const int last = t.stepCount() - 1;
    EXPECT_EQ(t.dateAt(last), (Date{2040, 12, 22}));
    // The step after the last would start in 2041: nothing of 2040 is left uncovered.
    EXPECT_EQ(t.dateAt(last + 1).year, 2041) << t.dateAt(last + 1).toString();
}

TEST(Timeline, WeeklyStepsFillTheirMonthExactly) {
    const auto t = timeline(2040, Step::Week);
    // February 2028 has 29 days: its last step runs from the 22nd for 8 days.
    const int feb2028 = ((2028 - 2025) * 12 + 1) * 4;
    EXPECT_EQ(t.dateAt(feb2028), (Date{2028, 2, 1}));
    EXPECT_NEAR(t.stepYearsAt(feb2028), 7.0 / 29.0 / 12.0, 1e-15);
    EXPECT_NEAR(t.stepYearsAt(feb2028 + 3), 8.0 / 29.0 / 12.0, 1e-15);
    double sum = 0.0;
    for (int i = 0; i < 4; ++i) {
        sum += t.stepYearsAt(feb2028 + i);
    }
    EXPECT_NEAR(sum, 1.0 / 12.0, 1e-15);
    // Every month starts on the month clock, as in a monthly run.
    EXPECT_EQ(t.yearsAt(feb2028), timeline(2040, Step::Month).yearsAt(feb2028 / 4));
}

TEST(Timeline, WeeklyTo2050EndsInDecember2050) {
    const auto t = timeline(2050, Step::Week);
    const int last = t.stepCount() - 1;
    EXPECT_EQ(t.dateAt(last).year, 2050);
    EXPECT_EQ(t.dateAt(last).month, 12);
    EXPECT_EQ(t.dateAt(last + 1).year, 2051);
}

TEST(Timeline, YearsAreComputedFromTheIndexWithoutDrift) {
    const auto t = timeline(2040, Step::Month);
    // Adding 1/12 step by step drifts; the timeline must not.
    double accumulated = 0.0;
    for (int i = 0; i < 191; ++i) {
        accumulated += t.stepYearsAt(i);
    }
    EXPECT_EQ(t.yearsAt(191), 191.0 / 12.0);
    EXPECT_EQ(t.yearsAt(192), 16.0);
    EXPECT_EQ(t.yearsAt(12 * 15), 15.0);
    EXPECT_NEAR(accumulated, t.yearsAt(191), 1e-9); // same value, reached without accumulating
    EXPECT_EQ(t.dateAt(191), (Date{2040, 12, 1}));
    for (int i = 0; i <= 192; i += 12) {
        EXPECT_EQ(t.yearsAt(i), i / 12) << "step " << i << " should start a whole year";
    }
}

TEST(Timeline, QuarterAndWeekStepLengths) {
    EXPECT_DOUBLE_EQ(timeline(2040, Step::Quarter).stepYearsAt(5), 0.25);
    EXPECT_DOUBLE_EQ(timeline(2040, Step::Quarter).yearsAt(63), 15.75);
    // A 31-day month: three 7-day steps and a 10-day one.
    EXPECT_DOUBLE_EQ(timeline(2040, Step::Week).stepYearsAt(0), 7.0 / 31.0 / 12.0);
    EXPECT_DOUBLE_EQ(timeline(2040, Step::Week).stepYearsAt(3), 10.0 / 31.0 / 12.0);
}

TEST(Timeline, IndexAtOrBefore) {
    const auto month = timeline(2040, Step::Month);
    EXPECT_EQ(month.indexAtOrBefore(2025, 1), 0);
    EXPECT_EQ(month.indexAtOrBefore(2030, 1), 60);
    EXPECT_EQ(month.indexAtOrBefore(2040, 12), 191);
    EXPECT_EQ(month.indexAtOrBefore(2041, 1), 191); // clamped to the last step
    EXPECT_EQ(month.indexAtOrBefore(2020, 1), 0);   // clamped to the first step
    const auto quarter = timeline(2040, Step::Quarter);
    EXPECT_EQ(quarter.indexAtOrBefore(2030, 2), 20);
    const auto week = timeline(2040, Step::Week);
    EXPECT_EQ(week.indexAtOrBefore(2026, 1), 48); // every month starts on a week step
}

TEST(Timeline, StepNamesRoundTrip) {
    for (const Step s : {Step::Month, Step::Quarter, Step::Week}) {
        EXPECT_EQ(stepFromKey(keyOf(s)), s);
    }
    EXPECT_EQ(stepFromKey("day"), std::nullopt);
    EXPECT_EQ(stepFromKey("Month"), std::nullopt);
}

TEST(Timeline, YearMonthParsing) {
    EXPECT_EQ(YearMonth::parse("2030-01"), (YearMonth{2030, 1}));
    EXPECT_EQ(YearMonth::parse("2030-12"), (YearMonth{2030, 12}));
    EXPECT_EQ(YearMonth::parse("2030-13"), std::nullopt);
    EXPECT_EQ(YearMonth::parse("2030-00"), std::nullopt);
    EXPECT_EQ(YearMonth::parse("2030-1"), std::nullopt);
    EXPECT_EQ(YearMonth::parse("2030/01"), std::nullopt);
    EXPECT_EQ(YearMonth::parse(""), std::nullopt);
    EXPECT_EQ((YearMonth{2031, 7}).toString(), "2031-07");
    EXPECT_DOUBLE_EQ((YearMonth{2030, 7}).yearsSince2025(), 5.5);
}

TEST(Projection, SeriesFollowTheTimeline) {
    Projection p(timeline(2040, Step::Month));
    EXPECT_EQ(p.stepCount(), 192);
    for (const auto& info : allMetrics()) {
        EXPECT_EQ(p.series(info.metric).size(), 192u) << info.name;
    }
    auto load = p.series(Metric::DcLoad);
    for (int i = 0; i < p.stepCount(); ++i) {
        load[static_cast<size_t>(i)] = i;
    }
    EXPECT_EQ(p.atYear(Metric::DcLoad, 2030), 60.0);
    EXPECT_EQ(p.atYear(Metric::DcLoad, 2040), 180.0);
    EXPECT_EQ(p.at(Metric::DcLoad, 191), 191.0);
    EXPECT_EQ(p.at(Metric::DcEnergy, 191), 0.0); // series do not overlap
    EXPECT_DOUBLE_EQ(p.yearAt(6), 2025.5);
    EXPECT_EQ(p.dateAt(191), (Date{2040, 12, 1}));
}

} // namespace
} // namespace sovsim
