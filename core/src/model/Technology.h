#pragma once
// §0 Technology and prices: exogenous paths computed from elapsed time.

#include "model/Shocks.h"

namespace sovsim::detail {

struct Technology {
    double pricePerformance = 1.0; // PP(t)
    double efficiency = 1.0;       // EF(t)
    double acceleratorUsd = 0.0;   // p_acc, USD per H100e
    double kwPerH100e = 0.0;       // kw, kW IT per new H100e
    double rentalUsd = 0.0;        // r, reference rental, USD per H100e-hour
    double gdpUsdBn = 0.0;         // GDP(t)
    double budgetUsdBn = 0.0;      // B(t), USD bn/yr
    double powerPrice = 0.0;       // p_el, USD/MWh
    double generationTwh = 0.0;    // G(t), TWh/yr
};

Technology technology(const Scenario& s, double t, const ShockLevels& shock);

} // namespace sovsim::detail
