#pragma once
// §2c Foreign-operated capacity hosted in the country: investors build toward the demand they
// can sell to (the country's own cloud demand served in-country, and a share of the region's),
// paced by grid connections; when the country's terms are weak they ask for guarantees on the
// part that serves uncertain export demand.

#include "model/Budget.h"
#include "model/Demand.h"
#include "model/Energy.h"
#include "model/StepDecay.h"
#include "model/Terms.h"

namespace sovsim::detail {

// The foreign-operated fleet. Operators refresh it continuously: a share 1 / useful life of it
// leaves service each year and investment replaces it with current hardware, so the fleet has
// no vintage echo and gets more H100e per kW as chips improve.
struct HostedFleet {
    double h100e = 0.0; // Xh
    double itKw = 0.0;  // kW_H
};

struct HostedCapacity {
    HostedFleet fleet;             // installed at t (Xh, kW_H)
    double attractiveness = 0.0;   // alpha: pull of a hub on regional demand, 0..1
    double domesticShare = 1.0;    // omega_dom: share of the capacity serving the country
    double targetH100e = 0.0;      // Hh*: what investors want to have in the country
    double guaranteeShare = 0.0;   // g: share of capacity investors want guaranteed
    double reserveUsdBn = 0.0;     // Gamma: guarantee reserve in the agreements budget
    double dealTargetH100e = 0.0;  // Hh*_deal: target after the guarantees the country gives
    double guaranteesUsdBn = 0.0;  // S_guar: capacity payments this year
    double investmentPerYr = 0.0;  // I, H100e/yr
    bool powerLimited = false;     // grid connections, not the gap, limit investment
    double buildShare = 1.0;       // 1 - s_cut: the part of investment a cut-off lets through
    double normalServeH100e = 0.0; // Xh omega_dom: without curtailment
    double serveH100e = 0.0;       // H~ = Xh kappa omega_dom: capacity serving the country
    double capacityH100e = 0.0;    // Xh kappa: all hosted compute running in the country
};

HostedCapacity hostedCapacity(const Scenario& s, const HostedFleet& fleet, const Technology& tech,
                              const Demand& demand, const BudgetSplit& budget, const Energy& energy,
                              const Terms& terms, double ownedConnectGwPerYr,
                              const ShockLevels& shock);

// The fleet at the end of the step: exact solution of dX/dt = I - X / life for constant I.
HostedFleet nextHostedFleet(const HostedFleet& fleet, const Scenario& s, const HostedCapacity& x,
                            const Technology& tech, const StepDecay& d);

} // namespace sovsim::detail
