#pragma once
// §1 Compute demand and §7 adoption: what the economy (and the region a hub here could serve)
// would use with unlimited access. Demand depends only on the scenario and the date, never on
// how well it is served, so a shock or a slider on the supply side cannot move it.

#include "model/Technology.h"

namespace sovsim::detail {

struct Demand {
    double adoption = 0.0;       // A(t), share of the economy using AI
    double trendH100e = 0.0;     // D_trend: demand without a demand surge
    double h100e = 0.0;          // D: demand this step
    double inferenceShare = 0.0; // sigma_inf
    double criticalH100e = 0.0;  // D_crit: critical inference of public services
    double regionalH100e = 0.0;  // D_reg: demand of the region a hub here can serve
};

Demand demand(const Scenario& s, const RunConstants& r, const TimeFactors& f, double t,
              const Technology& tech, const ShockLevels& shock);

} // namespace sovsim::detail
