#include "model/HostedCapacity.h"

#include "model/PostureEffects.h"

namespace sovsim::detail {

HostedCapacity hostedCapacity(const Scenario& s, const HostedFleet& fleet, const Technology& tech,
                              const Demand& demand, const BudgetSplit& budget, const Energy& energy,
                              const Terms& terms, double ownedConnectGwPerYr,
                              const ShockLevels& shock) {
    const Assumptions& a = s.assumptions;
    const CountryProfile& c = s.country;
    const Strategy& st = s.strategy;
    HostedCapacity x;
    x.fleet = fleet;
    // What investors weigh: the export-control tier, the compute posture (under Control they
    // must cede control) and, for a hub competing with its neighbours, cheap firm power. A
    // domestic market is served in any case; cheap firm power only decides how much of it is
    // served from inside the country rather than from a neighbour.
    const double powerScore = tech.powerScore;
    const int tier = exportTier(c);
    const double tierFactor =
        tier <= 1 ? 1.0 : (tier == 2 ? 0.5 + 0.5 * c.geopoliticalAlignment : 0.0);
    const double pull = tierFactor * pick(PostureEffects::hostingPull, st.posture(Layer::Compute));
    x.attractiveness = pull * powerScore;
    // Sellable demand: the share of the country's cloud demand served in-country (more with
    // residency rules), and the share of the region's demand a hub here captures. Investors plan
    // on trend demand, not on a passing surge.
    const double inCountryShare =
        clamp01(a.localHostingShare + pick(PostureEffects::residency, st.posture(Layer::Data)));
    const double domestic = inCountryShare * demand.trendH100e;
    const double regional = a.hubCaptureShare * demand.regionalH100e;
    // Operators serve their customers in proportion to the demand each market brings.
    x.domesticShare = domestic + regional > kEpsilon ? domestic / (domestic + regional) : 1.0;
    x.targetH100e = pull * (0.5 + 0.5 * powerScore) * domestic + x.attractiveness * regional;
    // Guarantees: below the threshold leverage, investors want capacity payments on the share of
    // the capacity that serves uncertain export demand. A negotiating country reserves part of
    // its agreements budget for them; the part of the target it cannot guarantee is not built.
    x.guaranteeShare = terms.guaranteeGap * (1.0 - x.domesticShare);
    x.reserveUsdBn = st.lever(Lever::ComputeAgreements) * a.guaranteeBudgetShare *
                     terms.guaranteeGap * budget.agreementsUsdBn;
    const double paymentUsdPerH100e = a.capacityPaymentShare * tech.rentalUsd * kHoursPerYear;
    const double guaranteeable =
        paymentUsdPerH100e > kEpsilon ? x.reserveUsdBn * 1e9 / paymentUsdPerH100e : 0.0;
    x.dealTargetH100e =
        x.targetH100e - std::max(0.0, x.guaranteeShare * x.targetH100e - guaranteeable);
    x.guaranteesUsdBn =
        std::min(x.reserveUsdBn, x.guaranteeShare * x.fleet.h100e * paymentUsdPerH100e / 1e9);
    // Investment closes the gap to the deal target over the build time, within the grid
    // connections the public fleet leaves, and stops with chip supplies in a cut-off.
    const double wanted = std::max(0.0, x.dealTargetH100e - x.fleet.h100e) / a.hostingBuildYears;
    const double byPower = std::max(0.0, energy.connectGwPerYr - ownedConnectGwPerYr) * 1e6 /
                           (tech.kwPerH100e * a.pue);
    x.powerLimited = byPower < wanted;
    x.buildShare = 1.0 - shock.cutoff;
    x.investmentPerYr = std::min(wanted, byPower) * x.buildShare;
    x.capacityH100e = x.fleet.h100e * energy.curtailment;
    x.normalServeH100e = x.fleet.h100e * x.domesticShare;
    x.serveH100e = x.capacityH100e * x.domesticShare;
    return x;
}

HostedFleet nextHostedFleet(const HostedFleet& fleet, const Scenario& s, const HostedCapacity& x,
                            const Technology& tech, const StepDecay& d) {
    const double life = s.assumptions.usefulLifeYears;
    const double kept = d.hostedKept;
    const double dt = d.dt;
    const bool closingGap =
        !x.powerLimited && x.dealTargetH100e > fleet.h100e && x.buildShare > kEpsilon;
    if (!closingGap) {
        // Constant investment I: X' = X e^{-dt/L} + I L (1 - e^{-dt/L}).
        const double added = x.investmentPerYr * life * (1.0 - kept);
        return {fleet.h100e * kept + added, fleet.itKw * kept + added * tech.kwPerH100e};
    }
    // Investment closes the gap, I = c (X* - X) / tau with c the share a cut-off lets through:
    // dX/dt = c X* / tau - lambda X with lambda = c / tau + 1 / L. X approaches
    // X_eq = (c X* / tau) / lambda as e^{-lambda t}.
    const double tau = s.assumptions.hostingBuildYears;
    const double c = x.buildShare;
    const double lambda = c / tau + 1.0 / life;
    const double equilibrium = c * x.dealTargetH100e / tau / lambda;
    const double decay = c == 1.0 ? d.hostedGapKept : std::exp(-lambda * dt);
    const double h100e = equilibrium + (fleet.h100e - equilibrium) * decay;
    // IT power: dK/dt = kw I(t) - K / L with I(t) = a + b e^{-lambda t}; integrating exactly,
    // what is added and still in service at the end of the step is
    // a L (1 - e^{-dt/L}) + b tau / c (e^{-dt/L} - e^{-lambda dt}).
    const double a = c * (x.dealTargetH100e - equilibrium) / tau;
    const double b = -c * (fleet.h100e - equilibrium) / tau;
    const double added = a * life * (1.0 - kept) + b * (tau / c) * (kept - decay);
    return {h100e, fleet.itKw * kept + added * tech.kwPerH100e};
}

} // namespace sovsim::detail
