#pragma once
// §2a Owned domestic compute: the public fleet (vintages), what it costs to run, and what the
// budget, chip supply, grid connections and talent let the country buy this step.

#include "model/Budget.h"
#include "model/Energy.h"
#include "model/Talent.h"
#include "model/VintageFleet.h"

namespace sovsim::detail {

struct OwnedCompute {
    FleetTotals fleet;                // installed at t
    double normalCapacityH100e = 0.0; // min(installed, Cap_T): without curtailment
    double capacityH100e = 0.0;       // O_cap = min(installed, Cap_T) * kappa
    double operationsUsdBn = 0.0;     // O_ops
    double chipPremium = 1.0;         // chi
    double facilityUsd = 0.0;         // f, USD per H100e
    double unitCostUsd = 0.0;         // u, USD per H100e
    double purchasesPerYr = 0.0;      // q, H100e/yr
    double capexUsdBn = 0.0;          // q u
    double connectGwPerYr = 0.0;      // grid connections the purchases take, GW/yr
    double replacementUsdBn = 0.0;    // cost to buy the installed fleet today
};

// `fleet` is the public fleet in service at the step's time (VintageFleet::at).
OwnedCompute ownedCompute(const Scenario& s, const StepClock& clock, const FleetTotals& fleet,
                          const Technology& tech, const BudgetSplit& budget, const Energy& energy,
                          const Talent& talent, const ShockLevels& shock);

// Adds the step's purchases to the cohort of the step's calendar year.
void buyOwned(VintageFleet& fleet, const Scenario& s, const StepClock& clock, const OwnedCompute& x,
              const Technology& tech);

} // namespace sovsim::detail
