#include "model/Technology.h"

#include "model/PostureEffects.h"

namespace sovsim::detail {
namespace {

constexpr double kRegionalConnectedShare = 0.5; // share of the hub's region that is online
constexpr double kMinAdoption = 1e-3;

} // namespace

RunConstants::RunConstants(const Scenario& s)
    : pricePerformance(std::log1p(s.assumptions.pricePerformanceGrowthPerYr)),
      efficiency(std::log1p(s.assumptions.energyEfficiencyGrowthPerYr)),
      gdp(std::log1p(s.assumptions.gdpGrowthPerYr)),
      computePerUse(std::log1p(s.assumptions.computePerUseGrowthPerYr)),
      generation(std::log1p(s.country.generationGrowthPerYr)),
      conventionalDc(std::log1p(s.assumptions.conventionalDcGrowthPerYr)) {
    const Assumptions& a = s.assumptions;
    const CountryProfile& c = s.country;
    const double connected = c.populationM > 0.0 ? clamp01(c.internetUsersM / c.populationM) : 0.0;
    connectedShare = connected;
    sqrtFirmShare = std::sqrt(clamp01(c.firmLowCarbonShare));
    const Strategy& st = s.strategy;
    calmSwitchability = (a.interoperabilityBase +
                         (1.0 - a.interoperabilityBase) * st.lever(Lever::Interoperability)) *
                        (1.0 - a.supplierConcentration);
    bargainingPower = clamp01(a.bargainingPowerBase +
                              a.bargainingPowerAggregation * st.lever(Lever::DemandAggregation));
    chipOption = a.chipOutsideOption * clamp01(c.chipIndustry);
    regulationPull = a.regulationWeight * clamp01(c.regulatoryWeight);
    dataPull = a.dataWeight * clamp01(c.dataQuality) *
               pick(PostureEffects::dataBargainingValue, st.posture(Layer::Data));
    chipPull = a.chipWeight * clamp01(c.chipIndustry);
    const double talentAtStart =
        std::min(1.0, c.aiTalentK / std::max(kEpsilon, a.talentNeedPerMPop * c.populationM));
    adoptionRate = a.adoptionRatePerYr * (1.0 + 0.8 * s.strategy.lever(Lever::SectorDiffusion)) *
                   pick(PostureEffects::adoption, s.strategy.posture(Layer::Applications)) *
                   (0.5 + 0.5 * talentAtStart);
    adoptionStart = std::clamp(a.adoptionStartShare * connected, kMinAdoption, a.adoptionMaxShare);
    regionalAdoptionRate = a.adoptionRatePerYr;
    leverShare = 0.0;
    for (const Lever l : kAllLevers) {
        leverShare += s.strategy.lever(l) * leverBudgetShare(a, l);
    }
    // Levers never take more than the whole budget.
    leverShare = std::min(1.0, leverShare);
    regionalAdoptionStart = std::clamp(a.adoptionStartShare * kRegionalConnectedShare, kMinAdoption,
                                       a.adoptionMaxShare);
}

TimeFactors timeFactors(const RunConstants& r, double t) {
    TimeFactors f;
    f.pricePerformance = std::exp(r.pricePerformance * t);
    f.efficiency = std::exp(r.efficiency * t);
    f.gdp = std::exp(r.gdp * t);
    f.computePerUse = std::exp(r.computePerUse * t);
    f.generation = std::exp(r.generation * t);
    f.conventionalDc = std::exp(r.conventionalDc * t);
    f.adoptionDecay = std::exp(-r.adoptionRate * t);
    f.regionalAdoptionDecay = std::exp(-r.regionalAdoptionRate * t);
    return f;
}

TimeFactors operator*(const TimeFactors& a, const TimeFactors& b) {
    return {a.pricePerformance * b.pricePerformance,
            a.efficiency * b.efficiency,
            a.gdp * b.gdp,
            a.computePerUse * b.computePerUse,
            a.generation * b.generation,
            a.conventionalDc * b.conventionalDc,
            a.adoptionDecay * b.adoptionDecay,
            a.regionalAdoptionDecay * b.regionalAdoptionDecay};
}

Technology technology(const Scenario& s, const RunConstants& k, const TimeFactors& f,
                      const ShockLevels& shock) {
    const Assumptions& a = s.assumptions;
    const CountryProfile& c = s.country;
    Technology x;
    x.trendPricePerformance = f.pricePerformance;
    x.pricePerformance = f.pricePerformance * shock.chipLeap;
    x.efficiency = f.efficiency * shock.efficiencyLeap;
    const double cheaper = 1.0 / x.pricePerformance;
    x.acceleratorUsd = a.acceleratorPriceUsd * cheaper;
    x.kwPerH100e = a.powerPerH100eKw / x.efficiency;
    x.rentalUsd = a.rentalPriceUsdPerGpuHour * cheaper;
    x.gdpGrowth = f.gdp;
    x.gdpUsdBn = c.gdpUsdBn * f.gdp;
    // The public budget grows with the economy from its 2025 level.
    x.budgetUsdBn = c.publicAiBudgetUsdBnPerYr * f.gdp;
    x.powerPrice = c.industrialPriceUsdPerMwh * (1.0 + shock.energy * a.shockEnergyPriceMax);
    x.generationTwh = c.generationTwh * f.generation;
    // Workloads grow into cheaper compute: compute per use jumps with a chip leap.
    x.perUseGrowth = f.computePerUse * shock.chipLeap;
    x.conventionalGrowth = f.conventionalDc;
    // Investors and negotiators compare the price against a global reference.
    const double priceScore = std::min(1.0, 2.0 * a.referencePowerPriceUsdPerMwh /
                                                (a.referencePowerPriceUsdPerMwh + x.powerPrice));
    x.powerScore = k.sqrtFirmShare * priceScore;
    return x;
}

} // namespace sovsim::detail
