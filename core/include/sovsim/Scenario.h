#pragma once
// A scenario is a value: a country, a strategy, global assumptions, shocks and a timeline.
// It goes into the model and a Projection comes out.

#include "sovsim/Assumptions.h"
#include "sovsim/CountryProfile.h"
#include "sovsim/Shock.h"
#include "sovsim/Strategy.h"
#include "sovsim/Timeline.h"

#include <string>
#include <vector>

namespace sovsim {

struct Scenario {
    std::string name = "Scenario";
    std::string countryPreset;  // id of the preset the country started from ("" if none)
    std::string strategyPreset; // id of the preset the strategy started from ("" if none)
    CountryProfile country;
    Strategy strategy;
    Assumptions assumptions;
    std::vector<Shock> shocks;
    Timeline timeline;

    bool operator==(const Scenario&) const = default;
};

// Several scenarios compared side by side: what a workshop file holds.
struct Workshop {
    std::string name = "Workshop";
    std::vector<Scenario> scenarios;
    bool operator==(const Workshop&) const = default;
};

} // namespace sovsim
