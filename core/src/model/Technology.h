#pragma once
// §0 Technology and prices, and the exogenous time paths (growth and adoption): everything that
// depends only on the scenario and the date.

#include "model/Shocks.h"

namespace sovsim::detail {

// Constants of a run, taken once: log(1 + g) of every growth rate and the adoption S-curves'
// rates (§1, §7), so each exogenous path at time t is one exp, and the lever budget share (§8a).
struct RunConstants {
    explicit RunConstants(const Scenario& s);
    double leverShare;     // sum of lever intensity x budget share, capped at 1
    double sqrtFirmShare;  // sqrt of the firm low-carbon share (§2c, §4)
    double connectedShare; // internet users / population, 0..1
    // Bargaining terms fixed by the scenario (§4): switchability before a cut-off, Nash power,
    // the chip industry's outside option, and the pulls of rules, data and chips.
    double calmSwitchability, bargainingPower, chipOption;
    double regulationPull, dataPull, chipPull;
    double pricePerformance, efficiency, gdp, computePerUse, generation, conventionalDc;
    double adoptionRate;         // rho: country's adoption S-curve rate, 1/yr
    double adoptionStart;        // A0, clamped to [0.001, ceiling]
    double regionalAdoptionRate; // the region's S-curve rate (no levers), 1/yr
    double regionalAdoptionStart;
};

// The exogenous paths at a time t: growth factors (1 + g)^t and the adoption decay terms
// e^{-rho t}. Paths at t + h are paths at t times paths at h.
struct TimeFactors {
    double pricePerformance = 1.0, efficiency = 1.0, gdp = 1.0, computePerUse = 1.0;
    double generation = 1.0, conventionalDc = 1.0;
    double adoptionDecay = 1.0, regionalAdoptionDecay = 1.0;
};
TimeFactors timeFactors(const RunConstants& r, double t);
TimeFactors operator*(const TimeFactors& a, const TimeFactors& b);

struct Technology {
    double pricePerformance = 1.0;      // PP(t)
    double efficiency = 1.0;            // EF(t)
    double acceleratorUsd = 0.0;        // p_acc, USD per H100e
    double kwPerH100e = 0.0;            // kw, kW IT per new H100e
    double rentalUsd = 0.0;             // r, reference rental, USD per H100e-hour
    double gdpUsdBn = 0.0;              // GDP(t)
    double budgetUsdBn = 0.0;           // B(t), USD bn/yr
    double powerPrice = 0.0;            // p_el, USD/MWh
    double generationTwh = 0.0;         // G(t), TWh/yr
    double gdpGrowth = 1.0;             // (1 + g_gdp)^t
    double perUseGrowth = 1.0;          // (1 + g_use)^t Leap(t): compute per use
    double trendPricePerformance = 1.0; // (1 + g_pp)^t without chip leaps
    double conventionalGrowth = 1.0;    // (1 + g_conv)^t
    double powerScore = 0.0; // psi: cheap firm power, sqrt(firm share) x price score (§2c, §4)
};

Technology technology(const Scenario& s, const RunConstants& k, const TimeFactors& f,
                      const ShockLevels& shock);

} // namespace sovsim::detail
