#include "model/Bargaining.h"

#include "model/PostureEffects.h"

namespace sovsim::detail {

BargainingInputs bargainingInputs(const Scenario& s, double sovereignH100e, const Technology& tech,
                                  const Energy& energy, const ShockLevels& shock) {
    const Assumptions& a = s.assumptions;
    const CountryProfile& c = s.country;
    const Strategy& st = s.strategy;
    BargainingInputs in;
    // A walk-away threat weighs what the country commands in absolute terms, measured at today's
    // frontier: the same H100e count matters less as chips improve (F / PP).
    in.fallback = saturate(sovereignH100e / tech.pricePerformance, a.fallbackHalfH100e);
    // Workloads movable to a supplier outside the dominant bloc; in a cut-off those alternatives
    // are cut too.
    in.switchability = (a.interoperabilityBase +
                        (1.0 - a.interoperabilityBase) * st.lever(Lever::Interoperability)) *
                       (1.0 - a.supplierConcentration) * (1.0 - shock.cutoff);
    in.chipOption = a.chipOutsideOption * clamp01(c.chipIndustry);
    in.bargainingPower = clamp01(a.bargainingPowerBase +
                                 a.bargainingPowerAggregation * st.lever(Lever::DemandAggregation));
    // The prize a supplier forfeits by walking away: the online economy, larger when national
    // demand is aggregated into one buyer.
    const double connected = c.populationM > 0.0 ? clamp01(c.internetUsersM / c.populationM) : 0.0;
    const double onlineEconomy =
        tech.gdpUsdBn * connected * (1.0 + 0.5 * st.lever(Lever::DemandAggregation));
    in.marketPull = a.marketWeight * saturate(onlineEconomy, a.marketHalfUsdBn);
    in.regulationPull = a.regulationWeight * clamp01(c.regulatoryWeight);
    // Cheap firm power on offer: what non-AI load leaves of the power available, plus what the
    // country can add within a year, whoever ends up using it.
    const double priceScore = std::min(1.0, 2.0 * a.referencePowerPriceUsdPerMwh /
                                                (a.referencePowerPriceUsdPerMwh + tech.powerPrice));
    const double powerScore = std::sqrt(clamp01(c.firmLowCarbonShare)) * priceScore;
    const double powerOnOffer =
        std::max(0.0, energy.effectiveGw - energy.baseLoadGw) + energy.buildGwPerYr;
    in.powerPull = a.powerWeight * powerScore * saturate(powerOnOffer, a.powerHalfGw);
    in.dataPull = a.dataWeight * clamp01(c.dataQuality) *
                  pick(PostureEffects::dataBargainingValue, st.posture(Layer::Data));
    in.capitalPull = a.capitalWeight * saturate(tech.budgetUsdBn, a.capitalHalfUsdBn);
    in.chipPull = a.chipWeight * clamp01(c.chipIndustry);
    in.supplierTightness = std::min(1.0, a.supplierTightness * (1.0 + 0.5 * shock.demandSurge));
    return in;
}

BargainingOutcome solveBargaining(const BargainingInputs& in) {
    BargainingOutcome out;
    // The country walks away well if any route works: its own fleet, another supplier, or chips
    // it makes itself ("noisy or").
    out.countryThreat =
        1.0 - (1.0 - in.switchability) * (1.0 - in.fallback) * (1.0 - in.chipOption);
    // What the supplier loses by walking away: each asset independently keeps it at the table.
    out.countryBrings = 1.0 - (1.0 - in.marketPull) * (1.0 - in.regulationPull) *
                                  (1.0 - in.powerPull) * (1.0 - in.dataPull) *
                                  (1.0 - in.capitalPull) * (1.0 - in.chipPull);
    // The supplier's outside option: selling the same capacity elsewhere, less what it forfeits.
    out.supplierThreat = in.supplierTightness * (1.0 - out.countryBrings);
    const double dC = out.countryThreat;
    const double dS = out.supplierThreat;
    const double gap = 1.0 - dC - dS; // surplus left after both outside options
    if (gap >= 0.0) {
        // Nash: each side gets its threat point plus its bargaining-power share of the rest.
        out.leverage = dC + in.bargainingPower * gap;
    } else {
        // No surplus beyond the outside options: the side with the stronger threat keeps a
        // proportionally larger share (continuous with the Nash case at gap = 0).
        out.leverage = dC / (dC + dS);
    }
    out.leverage = clamp01(out.leverage);
    return out;
}

} // namespace sovsim::detail
