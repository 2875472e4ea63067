// Every preset country under every strategy, calm and under each kind of shock: the outputs must
// stay physically meaningful (finite, no negative stocks, shares within [0, 1]) whatever a
// workshop combines.

#include "ScenarioBuilders.h"
#include "sovsim/Parameters.h"

#include <cmath>
#include <gtest/gtest.h>
#include <optional>
#include <sstream>
#include <string>

namespace sovsim {
namespace {

using test::makeShock;
using test::presetScenario;

// Energy headroom is the only quantity that may be negative (it means curtailment); every other
// metric is a stock, a flow, a price, a cost or a share.
bool mayBeNegative(Metric m) {
    return m == Metric::EnergyHeadroom;
}

// The first problem in a projection, or nothing.
std::optional<std::string> firstProblem(const Scenario& s, const Projection& p) {
    if (p.stepCount() != s.timeline.stepCount()) {
        return "has " + std::to_string(p.stepCount()) + " steps, expected " +
               std::to_string(s.timeline.stepCount());
    }
    for (const auto& info : allMetrics()) {
        const auto values = p.series(info.metric);
        for (int k = 0; k < p.stepCount(); ++k) {
            const double v = values[static_cast<size_t>(k)];
            std::ostringstream where;
            where << info.name << " at " << p.dateAt(k).toString() << " = " << v;
            if (!std::isfinite(v)) {
                return where.str() + " is not finite";
            }
            if (v < 0.0 && !mayBeNegative(info.metric)) {
                return where.str() + " is negative";
            }
            if (info.isShare && v > 1.0) {
                return where.str() + " is above 1 for a share";
            }
            if (info.metric == Metric::PublicCostCumulative && k > 0 &&
                v < values[static_cast<size_t>(k - 1)]) {
                return where.str() + " fell from " +
                       std::to_string(values[static_cast<size_t>(k - 1)]);
            }
        }
    }
    return std::nullopt;
}

std::vector<std::optional<Shock>> shockCases() {
    std::vector<std::optional<Shock>> cases{std::nullopt};
    for (const ShockType type : kAllShockTypes) {
        cases.push_back(makeShock(type, {2029, 7}, 30, 1.0));
    }
    return cases;
}

TEST(Sweep, EveryCountryStrategyAndShockStaysMeaningful) {
    const auto& catalog = PresetCatalog::builtIn();
    ASSERT_GE(catalog.countries().size(), 7u);
    ASSERT_GE(catalog.strategies().size(), 9u);
    int runs = 0;
    Projection out;
    for (const auto& country : catalog.countries()) {
        for (const auto& strategy : catalog.strategies()) {
            for (const auto& shock : shockCases()) {
                Scenario s = presetScenario(country.id, strategy.id);
                if (shock) {
                    s.shocks.push_back(*shock);
                }
                ASSERT_TRUE(validate(s).empty()) << s.name << ": " << validate(s).front();
                project(s, out);
                const auto problem = firstProblem(s, out);
                EXPECT_FALSE(problem.has_value())
                    << s.name << (shock ? " with " + std::string(keyOf(shock->type)) : "") << ": "
                    << problem.value_or("");
                ++runs;
            }
        }
    }
    EXPECT_EQ(runs, static_cast<int>(catalog.countries().size() * catalog.strategies().size() *
                                     (kShockTypeCount + 1)));
}

TEST(Sweep, AllShocksTogetherAtFullSeverity) {
    for (const auto& country : PresetCatalog::builtIn().countries()) {
        for (const auto& strategy : PresetCatalog::builtIn().strategies()) {
            Scenario s = presetScenario(country.id, strategy.id);
            for (const ShockType type : kAllShockTypes) {
                s.shocks.push_back(makeShock(type, {2028, 1}, 600, 1.0));
            }
            const auto problem = firstProblem(s, project(s));
            EXPECT_FALSE(problem.has_value()) << s.name << ": " << problem.value_or("");
        }
    }
}

TEST(Sweep, ExtremeParameterCornersStayMeaningful) {
    // Every country and assumption value at its minimum, then at its maximum.
    for (const bool atMax : {false, true}) {
        for (const auto& strategy : PresetCatalog::builtIn().strategies()) {
            Scenario s = presetScenario("kenya", strategy.id);
            for (const auto& p : allParameters()) {
                if (p.group != ParameterGroup::Posture && p.group != ParameterGroup::Lever &&
                    p.group != ParameterGroup::Timeline) {
                    p.set(s, atMax ? p.max : p.min);
                }
            }
            s.shocks.push_back(makeShock(ShockType::SupplierCutoff, {2030, 1}, 24, 1.0));
            ASSERT_TRUE(validate(s).empty()) << validate(s).front();
            const auto problem = firstProblem(s, project(s));
            EXPECT_FALSE(problem.has_value())
                << strategy.id << (atMax ? " at maxima" : " at minima") << ": "
                << problem.value_or("");
        }
    }
}

TEST(Sweep, QuarterWeekAnd2050Timelines) {
    Scenario base = presetScenario("japan", "japan_resilience");
    base.shocks.push_back(makeShock(ShockType::SupplierCutoff, {2030, 1}, 24, 0.8));
    base.shocks.push_back(makeShock(ShockType::ChipLeap, {2045, 6}, 1, 0.5));
    for (const Step step : {Step::Month, Step::Quarter, Step::Week}) {
        for (const int endYear : {2040, 2050}) {
            Scenario s = base;
            s.timeline.step = step;
            s.timeline.endYear = endYear;
            const auto p = project(s);
            const auto problem = firstProblem(s, p);
            EXPECT_FALSE(problem.has_value())
                << keyOf(step) << " to " << endYear << ": " << problem.value_or("");
        }
    }
}

// The step length is a numerical choice, not a model input: a quarterly or weekly run must tell
// the same story as the monthly one in 2035.
TEST(Sweep, StepLengthDoesNotChangeTheStory) {
    const Scenario monthly = presetScenario("france", "france_regulatory");
    Scenario quarterly = monthly;
    quarterly.timeline.step = Step::Quarter;
    Scenario weekly = monthly;
    weekly.timeline.step = Step::Week;
    const auto pm = project(monthly);
    const auto pq = project(quarterly);
    const auto pw = project(weekly);
    for (const Metric m : {Metric::ComputeAccessTotal, Metric::Talent, Metric::AdoptionShare,
                           Metric::PublicCostCumulative, Metric::BargainingLeverage}) {
        const double reference = pm.atYear(m, 2035);
        EXPECT_NEAR(pq.atYear(m, 2035), reference, 0.1 * std::abs(reference)) << infoOf(m).name;
        EXPECT_NEAR(pw.atYear(m, 2035), reference, 0.1 * std::abs(reference)) << infoOf(m).name;
    }
}

} // namespace
} // namespace sovsim
