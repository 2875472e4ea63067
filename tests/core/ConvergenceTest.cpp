// The step length is a numerical choice, not a model input: a weekly or quarterly run must tell
// the same story as the monthly one. Every metric is compared on 1 January of every year, for
// every preset country under every preset strategy (calm) and for the default workshop's
// scenarios (with their supplier cut-off).

#include "ScenarioBuilders.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <gtest/gtest.h>
#include <iomanip>
#include <iostream>
#include <limits>
#include <span>
#include <sstream>
#include <string>
#include <vector>

namespace sovsim {
namespace {

using test::presetScenario;

constexpr int kFirstYear = 2025;
constexpr int kLastYear = 2040;
constexpr double kWeekTolerance = 0.01;
constexpr double kQuarterTolerance = 0.05;
// Values below this fraction of a series' largest magnitude count as near zero: they are compared
// against that floor, not against themselves.
constexpr double kFloorShare = 1e-3;

std::vector<Scenario> monthlyCases() {
    std::vector<Scenario> cases;
    for (const auto& country : PresetCatalog::builtIn().countries()) {
        for (const auto& strategy : PresetCatalog::builtIn().strategies()) {
            cases.push_back(presetScenario(country.id, strategy.id));
        }
    }
    for (Scenario s : PresetCatalog::builtIn().defaultWorkshop().scenarios) {
        s.name = "workshop: " + s.name;
        cases.push_back(s);
    }
    return cases;
}

// |a - b| / max(|a|, |b|, floor); not-a-number counts as infinitely different.
double relativeDifference(double a, double b, double floor) {
    const double diff = std::abs(a - b);
    if (diff == 0.0) {
        return 0.0;
    }
    const double r = diff / std::max({std::abs(a), std::abs(b), floor});
    return std::isfinite(r) ? r : std::numeric_limits<double>::infinity();
}

double largestMagnitude(std::span<const double> series) {
    double m = 0.0;
    for (const double v : series) {
        m = std::max(m, std::abs(v));
    }
    return m;
}

// The largest relative difference of one metric between monthly runs and runs at another step
// length, and where it occurs.
struct Worst {
    std::string_view metric;
    double difference = 0.0;
    std::string run = "none";
    int year = kFirstYear;
    double monthly = 0.0;
    double other = 0.0;
    double floor = 0.0;
};

std::array<Worst, kMetricCount> worstDifferences(Step step) {
    std::array<Worst, kMetricCount> worst{};
    for (const auto& info : allMetrics()) {
        worst[static_cast<size_t>(info.metric)].metric = info.name;
    }
    for (const Scenario& monthly : monthlyCases()) {
        EXPECT_EQ(monthly.timeline.step, Step::Month) << monthly.name;
        Scenario other = monthly;
        other.timeline.step = step;
        const auto pm = project(monthly);
        const auto po = project(other);
        for (const auto& info : allMetrics()) {
            Worst& w = worst[static_cast<size_t>(info.metric)];
            const double floor = kFloorShare * largestMagnitude(pm.series(info.metric));
            for (int year = kFirstYear; year <= kLastYear; ++year) {
                const double a = pm.atYear(info.metric, year);
                const double b = po.atYear(info.metric, year);
                const double r = relativeDifference(a, b, floor);
                if (r > w.difference) {
                    w = {info.name, r, monthly.name, year, a, b, floor};
                }
            }
        }
    }
    return worst;
}

std::string describe(const Worst& w, Step step) {
    std::ostringstream out;
    out.precision(10);
    out << w.metric << ": " << keyOf(step) << " steps differ from month steps by " << w.difference
        << " in " << w.run << " on " << w.year << "-01-01: month " << w.monthly << ", "
        << keyOf(step) << " " << w.other << " (floor " << w.floor << ")";
    return out.str();
}

void expectConverged(Step step, double tolerance) {
    const auto worst = worstDifferences(step);
    for (const auto& info : allMetrics()) {
        const Worst& w = worst[static_cast<size_t>(info.metric)];
        EXPECT_LE(w.difference, tolerance) << describe(w, step);
    }
}

TEST(Convergence, WeeklyRunsMatchMonthlyRuns) {
    expectConverged(Step::Week, kWeekTolerance);
}

TEST(Convergence, QuarterlyRunsMatchMonthlyRuns) {
    expectConverged(Step::Quarter, kQuarterTolerance);
}

// The figures docs/model.md quotes for the step-length error: the largest relative difference
// per metric over all runs, printed and recorded in the XML report. The largest over all metrics
// must stay within the tolerance for each step length.
TEST(Convergence, LargestDifferencesPerMetric) {
    const auto week = worstDifferences(Step::Week);
    const auto quarter = worstDifferences(Step::Quarter);
    std::cout << std::left << std::setw(34) << "metric" << std::setw(14) << "week"
              << "quarter\n";
    const Worst* largestWeek = &week[0];
    const Worst* largestQuarter = &quarter[0];
    for (const auto& info : allMetrics()) {
        const auto i = static_cast<size_t>(info.metric);
        std::cout << std::setw(34) << info.name << std::setw(14) << week[i].difference
                  << quarter[i].difference << "\n";
        RecordProperty("week." + std::string(info.name), std::to_string(week[i].difference));
        RecordProperty("quarter." + std::string(info.name), std::to_string(quarter[i].difference));
        largestWeek = week[i].difference > largestWeek->difference ? &week[i] : largestWeek;
        largestQuarter =
            quarter[i].difference > largestQuarter->difference ? &quarter[i] : largestQuarter;
    }
    EXPECT_LE(largestWeek->difference, kWeekTolerance) << describe(*largestWeek, Step::Week);
    EXPECT_LE(largestQuarter->difference, kQuarterTolerance)
        << describe(*largestQuarter, Step::Quarter);
}

} // namespace
} // namespace sovsim
