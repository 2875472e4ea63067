#include "model/Technology.h"

namespace sovsim::detail {

Technology technology(const Scenario& s, double t, const ShockLevels& shock) {
    const Assumptions& a = s.assumptions;
    const CountryProfile& c = s.country;
    Technology x;
    x.pricePerformance = grow(a.pricePerformanceGrowthPerYr, t) * shock.chipLeap;
    x.efficiency = grow(a.energyEfficiencyGrowthPerYr, t) * shock.efficiencyLeap;
    x.acceleratorUsd = a.acceleratorPriceUsd / x.pricePerformance;
    x.kwPerH100e = a.powerPerH100eKw / x.efficiency;
    x.rentalUsd = a.rentalPriceUsdPerGpuHour / x.pricePerformance;
    x.gdpUsdBn = c.gdpUsdBn * grow(a.gdpGrowthPerYr, t);
    // The public budget grows with the economy from its 2025 level.
    x.budgetUsdBn = c.publicAiBudgetUsdBnPerYr * grow(a.gdpGrowthPerYr, t);
    x.powerPrice = c.industrialPriceUsdPerMwh * (1.0 + shock.energy * a.shockEnergyPriceMax);
    x.generationTwh = c.generationTwh * grow(c.generationGrowthPerYr, t);
    return x;
}

} // namespace sovsim::detail
