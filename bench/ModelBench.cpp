// How fast is one run? The GUI re-runs every scenario on each slider move, so a 2025-2040
// monthly run must take well under 100 microseconds. Figures and machine: docs/performance.md.

#include "sovsim/Model.h"
#include "sovsim/Presets.h"

#include <benchmark/benchmark.h>
#include <cstdlib>
#include <iostream>
#include <vector>

namespace {

using namespace sovsim;

// The default workshop's first scenario on the default timeline (2025-2040, monthly).
Scenario workshopScenario(Step step = Step::Month, int endYear = 2040) {
    const auto& workshop = PresetCatalog::builtIn().defaultWorkshop();
    if (workshop.scenarios.empty()) {
        std::cerr << "the default workshop has no scenario\n";
        std::abort();
    }
    Scenario s = workshop.scenarios.front();
    s.timeline.step = step;
    s.timeline.endYear = endYear;
    return s;
}

// 1000 scenarios: every country x every strategy, cycling through no shock and each shock type
// at several start years.
std::vector<Scenario> manyScenarios() {
    const auto& catalog = PresetCatalog::builtIn();
    const auto& countries = catalog.countries();
    const auto& strategies = catalog.strategies();
    std::vector<Scenario> out;
    out.reserve(1000);
    const size_t combos = countries.size() * strategies.size();
    for (size_t i = 0; i < 1000 && combos > 0; ++i) {
        const auto& country = countries[i % countries.size()];
        const auto& strategy = strategies[(i / countries.size()) % strategies.size()];
        Scenario s;
        s.name = country.id + " / " + strategy.id;
        s.countryPreset = country.id;
        s.country = country.profile;
        s.strategyPreset = strategy.id;
        s.strategy = strategy.strategy;
        const size_t variant = (i / combos) % (1 + 3 * kShockTypeCount);
        if (variant > 0) {
            Shock shock;
            shock.type = kAllShockTypes[(variant - 1) % kShockTypeCount];
            shock.start =
                YearMonth{2027 + 3 * static_cast<int>((variant - 1) / kShockTypeCount), 1};
            s.shocks.push_back(shock);
        }
        out.push_back(std::move(s));
    }
    return out;
}

void BM_MonthlyRunReusingProjection(benchmark::State& state) {
    const Scenario s = workshopScenario();
    Projection out(s.timeline);
    for (auto _ : state) {
        project(s, out);
        benchmark::DoNotOptimize(out.at(Metric::AgencyIndex, out.stepCount() - 1));
        benchmark::ClobberMemory();
    }
    state.counters["steps"] = out.stepCount();
}
BENCHMARK(BM_MonthlyRunReusingProjection)->Unit(benchmark::kMicrosecond);

void BM_MonthlyRunAllocating(benchmark::State& state) {
    const Scenario s = workshopScenario();
    for (auto _ : state) {
        Projection p = project(s);
        benchmark::DoNotOptimize(p.at(Metric::AgencyIndex, p.stepCount() - 1));
    }
}
BENCHMARK(BM_MonthlyRunAllocating)->Unit(benchmark::kMicrosecond);

void BM_ThousandScenarios(benchmark::State& state) {
    const std::vector<Scenario> scenarios = manyScenarios();
    Projection out;
    for (auto _ : state) {
        for (const Scenario& s : scenarios) {
            project(s, out);
            benchmark::DoNotOptimize(out.at(Metric::AgencyIndex, 0));
        }
        benchmark::ClobberMemory();
    }
    state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(scenarios.size()));
    state.counters["scenarios"] = static_cast<double>(scenarios.size());
}
BENCHMARK(BM_ThousandScenarios)->Unit(benchmark::kMillisecond);

void BM_WeeklyRunTo2050(benchmark::State& state) {
    const Scenario s = workshopScenario(Step::Week, 2050);
    Projection out(s.timeline);
    for (auto _ : state) {
        project(s, out);
        benchmark::DoNotOptimize(out.at(Metric::AgencyIndex, out.stepCount() - 1));
        benchmark::ClobberMemory();
    }
    state.counters["steps"] = out.stepCount();
}
BENCHMARK(BM_WeeklyRunTo2050)->Unit(benchmark::kMicrosecond);

} // namespace

BENCHMARK_MAIN();
