#pragma once
// The simulation core's single entry point: a scenario in, a projection out.
// Deterministic, allocation-free when `out` already has the right size, no I/O, no globals.

#include "sovsim/Projection.h"
#include "sovsim/Scenario.h"

#include <string>
#include <vector>

namespace sovsim {

inline constexpr std::string_view kModelVersion = "2.0";

Projection project(const Scenario& scenario);
void project(const Scenario& scenario, Projection& out);

// Problems that make a scenario unusable (values out of range, shocks outside the timeline).
// Each names the parameter path, e.g. "country.gdp_usd_bn: 0 is below the minimum 1".
std::vector<std::string> validate(const Scenario& scenario);

} // namespace sovsim
