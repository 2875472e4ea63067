#include "model/Bargaining.h"

#include "model/PostureEffects.h"

namespace sovsim::detail {

BargainingInputs bargainingInputs(const Scenario& s, const RunConstants& k, double sovereignH100e,
                                  const Technology& tech, const Energy& energy,
                                  const ShockLevels& shock) {
    const Assumptions& a = s.assumptions;
    BargainingInputs in;
    // A walk-away threat weighs what the country commands in absolute terms, measured at today's
    // frontier: the same H100e count matters less as chips improve (F / PP).
    in.fallback = saturate(sovereignH100e / tech.pricePerformance, a.fallbackHalfH100e);
    // Workloads movable to a supplier outside the dominant bloc:
    // (base + (1 - base) interoperability lever) (1 - concentration); in a cut-off those
    // alternatives are cut too.
    in.switchability = k.calmSwitchability * (1.0 - shock.cutoff);
    in.chipOption = k.chipOption;           // chip_outside_option x chip industry
    in.bargainingPower = k.bargainingPower; // base + aggregation x demand-aggregation lever
    // The prize a supplier forfeits by walking away: the online economy, larger when national
    // demand is aggregated into one buyer.
    const double onlineEconomy =
        tech.gdpUsdBn * k.connectedShare * (1.0 + 0.5 * s.strategy.lever(Lever::DemandAggregation));
    in.marketPull = a.marketWeight * saturate(onlineEconomy, a.marketHalfUsdBn);
    in.regulationPull = k.regulationPull; // regulation_weight x regulatory weight
    // Cheap firm power on offer: what non-AI load leaves of the power available, plus what the
    // country can add within a year, whoever ends up using it.
    const double powerOnOffer =
        std::max(0.0, energy.effectiveGw - energy.baseLoadGw) + energy.buildGwPerYr;
    in.powerPull = a.powerWeight * tech.powerScore * saturate(powerOnOffer, a.powerHalfGw);
    in.dataPull = k.dataPull; // data_weight x data quality x posture value
    in.capitalPull = a.capitalWeight * saturate(tech.budgetUsdBn, a.capitalHalfUsdBn);
    in.chipPull = k.chipPull; // chip_weight x chip industry
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
