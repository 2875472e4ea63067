// Properties every preset country must have under every preset strategy, whatever the
// calibration: more resources or a larger market never weaken it, a harder shock never helps, no
// run breaks a physical ceiling or serves more than is demanded, the headline charts differ
// between runs, and the default workshop tells the story it was built for. Each check compares
// runs that differ in one input; a failure names the scenario, both input values, the first date
// that fails and both values there.

#include "ScenarioBuilders.h"
#include "sovsim/Parameters.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <functional>
#include <gtest/gtest.h>
#include <limits>
#include <optional>
#include <span>
#include <sstream>
#include <string>
#include <vector>

namespace sovsim {
namespace {

using test::makeShock;
using test::meanOver;
using test::presetScenario;
using test::stepAt;

constexpr int kFirstYear = 2025;
constexpr int kLastYear = 2040;
constexpr std::array kResourceFactors{0.25, 0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0, 4.0, 6.0};
constexpr std::array kMarketFactors{0.25, 0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0, 4.0};
constexpr std::array kTenths{0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0};

std::string text(double v) {
    std::ostringstream out;
    out.precision(10);
    out << v;
    return out.str();
}

// Every preset country under every preset strategy, calm, monthly to 2040.
std::vector<Scenario> presetPairs() {
    std::vector<Scenario> runs;
    for (const auto& country : PresetCatalog::builtIn().countries()) {
        for (const auto& strategy : PresetCatalog::builtIn().strategies()) {
            runs.push_back(presetScenario(country.id, strategy.id));
        }
    }
    return runs;
}

// The steps Projection::atYear reads on 1 January of each year.
std::vector<int> yearStarts(const Timeline& t) {
    std::vector<int> steps;
    for (int year = kFirstYear; year <= kLastYear; ++year) {
        steps.push_back(t.indexAtOrBefore(year, 1));
    }
    return steps;
}

std::vector<int> everyStep(const Timeline& t) {
    std::vector<int> steps(static_cast<size_t>(t.stepCount()));
    for (size_t k = 0; k < steps.size(); ++k) {
        steps[k] = static_cast<int>(k);
    }
    return steps;
}

// --- Comparing two series ----------------------------------------------------------------------

// How a value `b` must relate to a reference value `a`.
enum class Order { AtLeast, AtMost };

// Numerical slack allowed around the reference value: relative * |a| + absolute.
struct Slack {
    double relative = 1e-9;
    double absolute = 1e-12;
};

bool holds(double a, double b, Order order, Slack slack) {
    const double allowed = slack.relative * std::abs(a) + slack.absolute;
    return order == Order::AtLeast ? b >= a - allowed : b <= a + allowed; // NaN never holds
}

// The first of `steps` at which `b` breaks its order with `a`, and how many of them do.
struct Breach {
    int step = 0;
    double a = 0.0;
    double b = 0.0;
    int count = 0;
    int checked = 0;
};

std::optional<Breach> firstBreach(std::span<const double> a, std::span<const double> b, Order order,
                                  std::span<const int> steps, Slack slack = {}) {
    std::optional<Breach> first;
    int count = 0;
    for (const int k : steps) {
        const auto i = static_cast<size_t>(k);
        if (!holds(a[i], b[i], order, slack)) {
            if (!first) {
                first = Breach{k, a[i], b[i], 0, 0};
            }
            ++count;
        }
    }
    if (first) {
        first->count = count;
        first->checked = static_cast<int>(steps.size());
    }
    return first;
}

// "at 2031-01-01: <nameA> gives 0.41, <nameB> gives 0.4 (3 of 16 dates)"
std::string describe(const Breach& breach, const Timeline& t, const std::string& nameA,
                     const std::string& nameB) {
    return "at " + t.dateAt(breach.step).toString() + ": " + nameA + " gives " + text(breach.a) +
           ", " + nameB + " gives " + text(breach.b) + " (" + std::to_string(breach.count) +
           " of " + std::to_string(breach.checked) + " dates)";
}

std::string nameOf(Metric m) {
    return std::string(infoOf(m).name);
}

// --- Sweeps ------------------------------------------------------------------------------------

// One input stepped through increasing values, everything else as in the base scenario.
struct Sweep {
    std::string input; // as printed in messages: "country.gdp_usd_bn"
    std::vector<double> values;
    std::function<void(Scenario&, double)> apply;
};

// A registry parameter; a missing one fails the test (the registry no longer has it).
const ParameterInfo* parameter(std::string_view path) {
    const ParameterInfo* p = findParameter(path);
    if (p == nullptr) {
        ADD_FAILURE() << "unknown parameter " << path;
    }
    return p;
}

std::vector<double> increasingDistinct(std::vector<double> values, double lo, double hi) {
    for (double& v : values) {
        v = std::clamp(v, lo, hi);
    }
    std::sort(values.begin(), values.end());
    values.erase(std::unique(values.begin(), values.end()), values.end());
    return values;
}

// The registry parameter at `path` set to the base scenario's value times each factor, kept in
// the parameter's range (and at most `cap`).
Sweep scaledSweep(const Scenario& base, std::string_view path, std::span<const double> factors,
                  double cap = std::numeric_limits<double>::infinity()) {
    const ParameterInfo* p = parameter(path);
    if (p == nullptr) {
        return {};
    }
    std::vector<double> values;
    for (const double f : factors) {
        values.push_back(p->get(base) * f);
    }
    return {std::string(path), increasingDistinct(values, p->min, std::min(p->max, cap)), p->set};
}

Sweep gridSweep(std::string_view path, std::span<const double> values) {
    const ParameterInfo* p = parameter(path);
    if (p == nullptr) {
        return {};
    }
    return {std::string(path), {values.begin(), values.end()}, p->set};
}

// Runs the base at every value of the sweep and expects each metric, at each of `steps`, never to
// fall (Order::AtLeast) or never to rise (Order::AtMost) from one value to the next. One failure
// per metric: the first neighbouring pair of values that breaks it, and how many pairs do.
void expectMonotone(const Scenario& base, const Sweep& sweep, std::span<const Metric> metrics,
                    Order order, std::span<const int> steps) {
    std::vector<Projection> runs;
    for (const double v : sweep.values) {
        Scenario s = base;
        sweep.apply(s, v);
        const auto problems = validate(s);
        if (!problems.empty()) {
            ADD_FAILURE() << base.name << " with " << sweep.input << " = " << v << ": "
                          << problems.front();
            return;
        }
        runs.push_back(project(s));
    }
    for (const Metric m : metrics) {
        std::optional<std::string> first;
        int failingPairs = 0;
        for (size_t i = 1; i < runs.size(); ++i) {
            const auto breach = firstBreach(runs[i - 1].series(m), runs[i].series(m), order, steps);
            if (breach && !first) {
                first = describe(*breach, base.timeline,
                                 sweep.input + " = " + text(sweep.values[i - 1]),
                                 sweep.input + " = " + text(sweep.values[i]));
            }
            failingPairs += breach ? 1 : 0;
        }
        if (first) {
            ADD_FAILURE() << base.name << ": " << nameOf(m)
                          << (order == Order::AtLeast ? " falls" : " rises") << " as "
                          << sweep.input << " rises, first " << *first << "; " << failingPairs
                          << " of " << runs.size() - 1 << " neighbouring pairs fail";
        }
    }
}

// 1. More resources never lower assured compute or bargaining leverage.
constexpr std::array kResourceMetrics{Metric::ComputeAssured, Metric::BargainingLeverage};

void expectMoreNeverHurts(std::string_view path) {
    for (const Scenario& base : presetPairs()) {
        const Sweep sweep = scaledSweep(base, path, kResourceFactors);
        EXPECT_GE(sweep.values.size(), 10u) << base.name << ": " << path << " sweep too short";
        expectMonotone(base, sweep, kResourceMetrics, Order::AtLeast, yearStarts(base.timeline));
    }
}

TEST(Property, MorePublicBudgetNeverHurts) {
    expectMoreNeverHurts("country.public_ai_budget_usd_bn_per_yr");
}

TEST(Property, MoreBuildablePowerNeverHurts) {
    expectMoreNeverHurts("country.dc_power_buildable_gw_per_yr");
}

TEST(Property, MoreAvailablePowerNeverHurts) {
    expectMoreNeverHurts("country.dc_power_available_gw");
}

TEST(Property, MoreFirmLowCarbonPowerNeverHurts) {
    for (const Scenario& base : presetPairs()) {
        expectMonotone(base, gridSweep("country.firm_low_carbon_share", kTenths), kResourceMetrics,
                       Order::AtLeast, yearStarts(base.timeline));
    }
}

// 2. A larger market, better data, the terms levers and a chip industry never lower leverage.
constexpr std::array kLeverage{Metric::BargainingLeverage};

void expectLeverageNeverFalls(const std::function<Sweep(const Scenario&)>& sweepFor) {
    for (const Scenario& base : presetPairs()) {
        expectMonotone(base, sweepFor(base), kLeverage, Order::AtLeast, yearStarts(base.timeline));
    }
}

// A share-like input over 0, 0.1, ..., 1.
void expectLeverageNeverFalls(std::string_view gridPath) {
    expectLeverageNeverFalls([gridPath](const Scenario&) { return gridSweep(gridPath, kTenths); });
}

// GDP and internet users scaled by one factor, each kept in its range; internet users stay at
// most the population, so the connected share can only grow.
Sweep marketSizeSweep(const Scenario& base) {
    const ParameterInfo* gdp = parameter("country.gdp_usd_bn");
    const ParameterInfo* users = parameter("country.internet_users_m");
    if (gdp == nullptr || users == nullptr) {
        return {};
    }
    const double gdp0 = gdp->get(base);
    const double users0 = users->get(base);
    const double usersCap = std::min(users->max, base.country.populationM);
    return {"market-size factor",
            {kMarketFactors.begin(), kMarketFactors.end()},
            [=](Scenario& s, double factor) {
                gdp->set(s, std::clamp(gdp0 * factor, gdp->min, gdp->max));
                users->set(s, std::clamp(users0 * factor, users->min, usersCap));
            }};
}

TEST(Property, LeverageNeverFallsWithGdp) {
    expectLeverageNeverFalls([](const Scenario& base) {
        return scaledSweep(base, "country.gdp_usd_bn", kMarketFactors);
    });
}

TEST(Property, LeverageNeverFallsWithInternetUsers) {
    expectLeverageNeverFalls([](const Scenario& base) {
        return scaledSweep(base, "country.internet_users_m", kMarketFactors,
                           base.country.populationM);
    });
}

TEST(Property, LeverageNeverFallsWithGdpAndInternetUsersTogether) {
    SCOPED_TRACE("market-size factor: country.gdp_usd_bn and country.internet_users_m (at most "
                 "population_m) both times the factor");
    expectLeverageNeverFalls(marketSizeSweep);
}

TEST(Property, LeverageNeverFallsWithDataQuality) {
    expectLeverageNeverFalls("country.data_quality");
}

TEST(Property, LeverageNeverFallsWithInteroperability) {
    expectLeverageNeverFalls("strategy.levers.interoperability");
}

TEST(Property, LeverageNeverFallsWithDemandAggregation) {
    expectLeverageNeverFalls("strategy.levers.demand_aggregation");
}

// The region a hub here could serve enters leverage only through the export fleet. Without
// shocks that fleet never takes protection or grid connections from the country (it connects
// after the domestic fleet); a defect where it diluted the protected share failed this test.
// Under an energy crisis its grid load can lower leverage, so the property is stated calm only.
TEST(Property, LeverageNeverFallsWithTheRegionalMarketWithoutShocks) {
    static constexpr std::array kRegionalUsdBn{0.0,    100.0,  250.0,  500.0,   1000.0,
                                               2000.0, 4000.0, 8000.0, 16000.0, 32000.0};
    expectLeverageNeverFalls([](const Scenario&) {
        return gridSweep("country.regional_market_usd_bn", kRegionalUsdBn);
    });
}

TEST(Property, LeverageNeverFallsWithChipIndustry) {
    expectLeverageNeverFalls("country.chip_industry");
}

// 3. A harder supplier cut-off never leaves more assured compute, coverage or agency.
TEST(Property, AHarderCutoffNeverHelps) {
    constexpr std::array metrics{Metric::ComputeAssured, Metric::CriticalInferenceCoverage,
                                 Metric::AgencyIndex};
    SCOPED_TRACE("supplier_cutoff from 2030-01 for 24 months");
    const Sweep severity{
        "supplier_cutoff severity", {kTenths.begin(), kTenths.end()}, [](Scenario& s, double v) {
            s.shocks = {makeShock(ShockType::SupplierCutoff, {2030, 1}, 24, v)};
        }};
    for (const Scenario& base : presetPairs()) {
        expectMonotone(base, severity, metrics, Order::AtMost, everyStep(base.timeline));
    }
}

// 4. No shock raises agency.
TEST(Property, NoShockRaisesAgency) {
    for (const Scenario& base : presetPairs()) {
        const auto calm = project(base);
        for (const ShockType type : kAllShockTypes) {
            Scenario shocked = base;
            shocked.shocks.push_back(makeShock(type, {2029, 7}, 30, 1.0));
            const auto breach = firstBreach(calm.series(Metric::AgencyIndex),
                                            project(shocked).series(Metric::AgencyIndex),
                                            Order::AtMost, everyStep(base.timeline));
            if (breach) {
                const std::string shock = std::string(keyOf(type)) + " (2029-07, 30 months, 1.0)";
                ADD_FAILURE() << base.name << ": agency_index rises under " << shock << ", first "
                              << describe(*breach, base.timeline, "calm", shock);
            }
        }
    }
}

// 6. Data centres never draw more than the share of generation the assumptions allow, even with
//    all the grid power a country could ask for. The presets stay far below the default ceiling,
//    so the ceiling is also checked at its minimum, where it binds.
void expectWithinGenerationCeiling(const Scenario& s, const std::string& setting) {
    const auto p = project(s);
    const double ceiling = s.assumptions.dcMaxShareOfGeneration;
    const std::vector<double> ceilings(static_cast<size_t>(p.stepCount()), ceiling);
    const auto breach = firstBreach(ceilings, p.series(Metric::DcShareOfGeneration), Order::AtMost,
                                    everyStep(s.timeline), Slack{0.0, 1e-12});
    if (breach) {
        ADD_FAILURE() << s.name << " with " << setting << ": "
                      << nameOf(Metric::DcShareOfGeneration) << " exceeds the ceiling, first "
                      << describe(*breach, s.timeline, "assumptions.dc_max_share_of_generation",
                                  nameOf(Metric::DcShareOfGeneration));
    }
}

TEST(Property, DataCentresNeverExceedTheGenerationCeiling) {
    const ParameterInfo* available = parameter("country.dc_power_available_gw");
    const ParameterInfo* buildable = parameter("country.dc_power_buildable_gw_per_yr");
    const ParameterInfo* ceiling = parameter("assumptions.dc_max_share_of_generation");
    ASSERT_TRUE(available != nullptr && buildable != nullptr && ceiling != nullptr);
    const std::string maxPower = std::string(available->path) + " = " + text(available->max) +
                                 ", " + std::string(buildable->path) + " = " + text(buildable->max);
    for (const Scenario& base : presetPairs()) {
        expectWithinGenerationCeiling(base, "preset power");
        Scenario unlimited = base;
        available->set(unlimited, available->max);
        buildable->set(unlimited, buildable->max);
        expectWithinGenerationCeiling(unlimited, maxPower);
        ceiling->set(unlimited, ceiling->min);
        expectWithinGenerationCeiling(unlimited, maxPower + ", " + std::string(ceiling->path) +
                                                     " = " + text(ceiling->min));
    }
}

// 7. Assured compute is part of total access, and neither exceeds what is demanded.
TEST(Property, AssuredWithinAccessWithinDemand) {
    struct Bound {
        Metric part;
        Metric whole;
    };
    constexpr std::array bounds{Bound{Metric::ComputeAssured, Metric::ComputeAccessTotal},
                                Bound{Metric::ComputeAssured, Metric::ComputeDemand},
                                Bound{Metric::ComputeAccessTotal, Metric::ComputeDemand}};
    for (const Scenario& base : presetPairs()) {
        const auto p = project(base);
        for (const Bound& b : bounds) {
            const auto breach = firstBreach(p.series(b.whole), p.series(b.part), Order::AtMost,
                                            everyStep(base.timeline));
            if (breach) {
                ADD_FAILURE() << base.name << ": " << nameOf(b.part) << " exceeds "
                              << nameOf(b.whole) << ", first "
                              << describe(*breach, base.timeline, nameOf(b.whole), nameOf(b.part));
            }
        }
    }
}

// 8. The headline charts carry information: across the calm preset runs they are not pinned to
//    one value. Extremes are tracked with the run and date where they occur.
struct CalmRun {
    std::string name;
    Projection p;
};

std::vector<CalmRun> calmRuns() {
    std::vector<CalmRun> runs;
    for (const Scenario& s : presetPairs()) {
        runs.push_back({s.name, project(s)});
    }
    return runs;
}

struct Extreme {
    double value = 0.0;
    std::string where;
};

// Visits `value(run, step)` at every run and listed step; returns the smallest and the largest.
std::pair<Extreme, Extreme> extremes(const std::vector<CalmRun>& runs,
                                     const std::function<std::vector<int>(const Timeline&)>& steps,
                                     const std::function<double(const Projection&, int)>& value) {
    Extreme lo{std::numeric_limits<double>::infinity(), "nowhere"};
    Extreme hi{-std::numeric_limits<double>::infinity(), "nowhere"};
    for (const CalmRun& run : runs) {
        for (const int k : steps(run.p.timeline())) {
            const double v = value(run.p, k);
            if (v < lo.value) {
                lo = {v, run.name + " at " + run.p.dateAt(k).toString()};
            }
            if (v > hi.value) {
                hi = {v, run.name + " at " + run.p.dateAt(k).toString()};
            }
        }
    }
    return {lo, hi};
}

TEST(Property, SomeCalmRunMeetsAFiniteMarket) {
    const auto [lo, hi] = extremes(calmRuns(), yearStarts, [](const Projection& p, int k) {
        return p.at(Metric::ComputeAccessTotal, k) / p.at(Metric::ComputeDemand, k);
    });
    EXPECT_LT(lo.value, 0.99) << "smallest compute access / demand at a year start is "
                              << text(lo.value) << " (" << lo.where << ")";
}

TEST(Property, CriticalInferenceCoverageVariesAcrossCalmRuns) {
    const auto [lo, hi] = extremes(calmRuns(), everyStep, [](const Projection& p, int k) {
        return p.at(Metric::CriticalInferenceCoverage, k);
    });
    EXPECT_LT(lo.value, 0.99) << "lowest coverage " << text(lo.value) << " (" << lo.where << ")";
    EXPECT_GE(hi.value, 0.99) << "highest coverage " << text(hi.value) << " (" << hi.where << ")";
}

TEST(Property, HeadlineChartsDifferAcrossCalmRunsIn2035) {
    const auto runs = calmRuns();
    const auto only2035 = [](const Timeline& t) { return std::vector{t.indexAtOrBefore(2035, 1)}; };
    for (const Metric m : {Metric::ComputeAccessTotal, Metric::ComputeAssured, Metric::DcLoad,
                           Metric::DcShareOfGeneration, Metric::BargainingLeverage,
                           Metric::CriticalInferenceCoverage, Metric::PublicCostCumulative,
                           Metric::LocalLanguageCapability}) {
        const auto [lo, hi] =
            extremes(runs, only2035, [m](const Projection& p, int k) { return p.at(m, k); });
        const double largest = std::max(std::abs(lo.value), std::abs(hi.value));
        EXPECT_GT(hi.value - lo.value, 1e-6 * largest)
            << nameOf(m) << " in 2035 ranges only from " << text(lo.value) << " (" << lo.where
            << ") to " << text(hi.value) << " (" << hi.where << ")";
    }
}

// 9. The default workshop tells its story: Japan pays for resilience and keeps its critical
//    inference running through the 2030-01..2031-12 cut-off; Kenya pays less per H100e and loses
//    more, and how much it loses is decided by how well its agreements protect it.
constexpr YearMonth kCutoffStart{2030, 1};
constexpr YearMonth kCutoffLast{2031, 12};

// The workshop's Japan and Kenya scenarios as shipped. Setting up fails the test unless each is
// the preset country with a single supplier cut-off over 2030-01..2031-12.
class PropertyWorkshop : public ::testing::Test {
protected:
    void SetUp() override {
        const auto& scenarios = PresetCatalog::builtIn().defaultWorkshop().scenarios;
        ASSERT_GE(scenarios.size(), 2u) << "the default workshop lost a scenario";
        japan = scenarios[0];
        kenya = scenarios[1];
        checkPresetWithCutoff(japan, "japan");
        checkPresetWithCutoff(kenya, "kenya");
    }

    static void checkPresetWithCutoff(const Scenario& s, std::string_view countryId) {
        ASSERT_EQ(s.countryPreset, countryId) << s.name;
        ASSERT_EQ(s.shocks.size(), 1u) << s.name;
        const Shock& cutoff = s.shocks[0];
        ASSERT_TRUE(cutoff.type == ShockType::SupplierCutoff && cutoff.start == kCutoffStart &&
                    cutoff.durationMonths == 24)
            << s.name << ": not a supplier cut-off over 2030-01..2031-12";
    }

    Scenario japan;
    Scenario kenya;
};

Scenario calmTwin(Scenario s) {
    s.shocks.clear();
    return s;
}

// The steps of the cut-off, and what it costs a scenario against its calm twin there.
struct CutoffLoss {
    double assuredRelative = 0.0; // mean of 1 - shocked / calm assured compute
    double coverage = 0.0;        // mean of calm - shocked critical inference coverage
};

CutoffLoss cutoffLoss(const Scenario& shocked) {
    const auto ps = project(shocked);
    const auto pc = project(calmTwin(shocked));
    const int first = stepAt(ps, kCutoffStart.year, kCutoffStart.month);
    const int last = stepAt(ps, kCutoffLast.year, kCutoffLast.month);
    double relative = 0.0;
    for (int k = first; k <= last; ++k) {
        relative += 1.0 - ps.at(Metric::ComputeAssured, k) / pc.at(Metric::ComputeAssured, k);
    }
    return {relative / (last - first + 1),
            meanOver(pc, Metric::CriticalInferenceCoverage, first, last) -
                meanOver(ps, Metric::CriticalInferenceCoverage, first, last)};
}

// `higher` must be above `lower` at every listed step.
void expectAbove(const Projection& higher, const std::string& higherName, const Projection& lower,
                 const std::string& lowerName, Metric m, std::span<const int> steps) {
    for (const int k : steps) {
        EXPECT_GT(higher.at(m, k), lower.at(m, k))
            << nameOf(m) << " at " << higher.dateAt(k).toString() << ": " << higherName << " "
            << text(higher.at(m, k)) << ", " << lowerName << " " << text(lower.at(m, k));
    }
}

TEST_F(PropertyWorkshop, KenyaPaysLessPerH100eBeforeTheCutoff) {
    const auto pj = project(japan);
    std::vector<int> before;
    for (int year = 2026; year <= 2029; ++year) {
        before.push_back(pj.timeline().indexAtOrBefore(year, 1));
    }
    expectAbove(pj, japan.name, project(kenya), kenya.name, Metric::PublicCostPerH100e, before);
}

TEST_F(PropertyWorkshop, KenyaLosesMoreInTheCutoff) {
    const CutoffLoss lj = cutoffLoss(japan);
    const CutoffLoss lk = cutoffLoss(kenya);
    EXPECT_GT(lk.assuredRelative, lj.assuredRelative)
        << "mean relative loss of assured compute over 2030-01..2031-12 against the calm twin: "
        << kenya.name << " " << text(lk.assuredRelative) << ", " << japan.name << " "
        << text(lj.assuredRelative);
    EXPECT_GT(lk.coverage, lj.coverage)
        << "mean loss of critical inference coverage over 2030-01..2031-12 against the calm twin: "
        << kenya.name << " " << text(lk.coverage) << ", " << japan.name << " " << text(lj.coverage);
}

TEST_F(PropertyWorkshop, JapanKeepsCriticalInferenceRunningInTheCutoff) {
    const auto p = project(japan);
    std::vector<int> cutoff;
    for (int k = stepAt(p, kCutoffStart.year, kCutoffStart.month);
         k <= stepAt(p, kCutoffLast.year, kCutoffLast.month); ++k) {
        cutoff.push_back(k);
    }
    const std::vector<double> floor(static_cast<size_t>(p.stepCount()), 0.95);
    const auto breach = firstBreach(floor, p.series(Metric::CriticalInferenceCoverage),
                                    Order::AtLeast, cutoff, Slack{0.0, 0.0});
    if (breach) {
        ADD_FAILURE() << japan.name << ": critical inference coverage falls below 0.95 in the "
                      << "cut-off, first "
                      << describe(*breach, japan.timeline, "the floor", japan.name);
    }
}

TEST_F(PropertyWorkshop, JapanSpendsMorePublicMoney) {
    const auto pj = project(japan);
    expectAbove(pj, japan.name, project(kenya), kenya.name, Metric::PublicSpending,
                yearStarts(japan.timeline));
}

TEST_F(PropertyWorkshop, ProtectionDecidesKenyasLoss) {
    const ParameterInfo* gain = parameter("assumptions.non_interruption_gain");
    ASSERT_NE(gain, nullptr);
    const std::array gains{0.0, 0.6, 1.2, 2.4};
    std::vector<double> losses;
    for (const double g : gains) {
        Scenario s = kenya;
        gain->set(s, g);
        losses.push_back(cutoffLoss(s).coverage);
    }
    for (size_t i = 1; i < gains.size(); ++i) {
        EXPECT_TRUE(holds(losses[i - 1], losses[i], Order::AtMost, Slack{}))
            << kenya.name << ": mean coverage loss in the cut-off rises from "
            << text(losses[i - 1]) << " at non_interruption_gain " << gains[i - 1] << " to "
            << text(losses[i]) << " at " << gains[i];
    }
    EXPECT_LT(losses.back(), losses.front())
        << kenya.name << ": mean coverage loss in the cut-off at non_interruption_gain "
        << gains.back() << " is " << text(losses.back()) << ", at " << gains.front() << " "
        << text(losses.front());
}

} // namespace
} // namespace sovsim
