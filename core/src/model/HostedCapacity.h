#pragma once
// §2c Foreign-operated capacity hosted in the country: investors build toward the demand they
// can sell to, in two fleets: one serving the country's own cloud demand in-country, one serving
// the share of the region's demand a hub here captures. Both are paced by grid connections
// (the domestic fleet first); when the country's terms are weak, investors ask for guarantees on
// the export fleet, which serves uncertain demand.

#include "model/Budget.h"
#include "model/Demand.h"
#include "model/Energy.h"
#include "model/StepDecay.h"
#include "model/Terms.h"

namespace sovsim::detail {

// A foreign-operated fleet. Operators refresh it continuously: a share 1 / useful life of it
// leaves service each year and investment replaces it with current hardware, so the fleet has
// no vintage echo and gets more H100e per kW as chips improve.
struct HostedFleet {
    double h100e = 0.0; // X
    double itKw = 0.0;  // K, kW
};

// What investors do with one fleet this step.
struct HostedBuild {
    double targetH100e = 0.0;     // X*: what investors want to have
    double investmentPerYr = 0.0; // I, H100e/yr
    bool powerLimited = false;    // grid connections, not the gap, limit investment
};

struct HostedCapacity {
    HostedFleet domestic;          // X_dom, K_dom: serving the country
    HostedFleet regional;          // X_reg, K_reg: serving the region
    double attractiveness = 0.0;   // alpha: pull of a hub on regional demand, 0..1
    double exportShare = 0.0;      // theta: region's share of the demand investors can sell to
    double reserveUsdBn = 0.0;     // Gamma: guarantee reserve in the agreements budget
    double guaranteesUsdBn = 0.0;  // S_guar: capacity payments this year
    HostedBuild domesticBuild;     // toward X*_dom
    HostedBuild regionalBuild;     // toward X*_reg,deal (after guarantees)
    double buildShare = 1.0;       // 1 - s_cut: the part of investment a cut-off lets through
    double normalServeH100e = 0.0; // X_dom: serving the country, without curtailment
    double serveH100e = 0.0;       // H~ = X_dom kappa: serving the country
    double capacityH100e = 0.0;    // (X_dom + X_reg) kappa: all hosted compute in the country
    double itKw = 0.0;             // K_dom + K_reg
};

HostedCapacity hostedCapacity(const Scenario& s, const HostedFleet& domestic,
                              const HostedFleet& regional, const Technology& tech,
                              const Demand& demand, const BudgetSplit& budget, const Energy& energy,
                              const Terms& terms, double ownedConnectGwPerYr,
                              const ShockLevels& shock);

// A fleet at the end of the step: exact solution of dX/dt = I - X / life, with I constant or
// closing the gap to the target.
HostedFleet nextHostedFleet(const HostedFleet& fleet, const Scenario& s, const HostedBuild& build,
                            double buildShare, const Technology& tech, const StepDecay& d);

} // namespace sovsim::detail
