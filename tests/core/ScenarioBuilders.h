#pragma once
// Small helpers the model tests share: a scenario built from shipped presets, a shock, and a
// "one input changed" copy. Keeping them here means every test states only the input it varies.

#include "sovsim/Model.h"
#include "sovsim/Presets.h"
#include "sovsim/Scenario.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace sovsim::test {

// A scenario from a country preset and a strategy preset. Fails the calling test (via
// ADD_FAILURE) and returns a default scenario if an id is unknown.
Scenario presetScenario(std::string_view countryId, std::string_view strategyId);

// A scenario with the default country profile and an all-Depend strategy with no levers.
Scenario plainScenario();

Shock makeShock(ShockType type, YearMonth start = {2030, 1}, int durationMonths = 24,
                double severity = 0.8);

// Step index of the first step that starts on or after year-month (month timelines: exact).
int stepAt(const Projection& p, int year, int month);

// Mean of a metric over [firstStep, lastStep] inclusive.
double meanOver(const Projection& p, Metric m, int firstStep, int lastStep);

// FNV-1a over the timeline and the bytes of every series: equal hashes mean identical runs.
std::uint64_t hashOf(const Projection& p);

} // namespace sovsim::test
