#pragma once
// §3 Energy: grid power available to data centres, their load, curtailment, and how fast new
// data centres can be connected into the headroom.

#include "model/Budget.h"

namespace sovsim::detail {

struct Energy {
    double buildGwPerYr = 0.0;      // b
    double ceilingGw = 0.0;         // P_max(t)
    double effectiveGw = 0.0;       // P_eff
    double baseLoadGw = 0.0;        // L_base
    double loadGw = 0.0;            // L
    double headroomGw = 0.0;        // H
    double curtailment = 1.0;       // kappa
    double energyTwh = 0.0;         // E
    double shareOfGeneration = 0.0; // E / G
    double connectGwPerYr = 0.0;    // C: new data-centre load that can come online, GW/yr
};

// P_max(t): the most grid power planners allot to data centres.
double powerCeilingGw(const Scenario& s, double generationTwh);

// P_av(0).
double initialAvailablePowerGw(const Scenario& s);

// L_base,0: existing load the 2025 owned AI fleet does not account for.
double initialBaseLoadGw(const Scenario& s, double ownedItKw0);

Energy energy(const Scenario& s, const StepClock& clock, double availableGw, double baseLoadGw0,
              double aiItKw, const Technology& tech, const BudgetSplit& budget,
              const ShockLevels& shock);

// P_av(k+1).
double nextAvailablePowerGw(const Scenario& s, double availableGw, double buildGwPerYr, double dt,
                            double nextGenerationTwh);

} // namespace sovsim::detail
