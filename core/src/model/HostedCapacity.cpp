#include "model/HostedCapacity.h"

#include "model/PostureEffects.h"

#include <limits>

namespace sovsim::detail {

HostedCapacity hostedCapacity(const Scenario& s, const HostedFleet& domestic,
                              const HostedFleet& regional, const Technology& tech,
                              const Demand& demand, const BudgetSplit& budget, const Energy& energy,
                              const Terms& terms, double ownedConnectGwPerYr,
                              const ShockLevels& shock) {
    const Assumptions& a = s.assumptions;
    const CountryProfile& c = s.country;
    const Strategy& st = s.strategy;
    HostedCapacity x;
    x.domestic = domestic;
    x.regional = regional;
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
    const double domesticDemand = inCountryShare * demand.trendH100e;
    const double regionalDemand = a.hubCaptureShare * demand.regionalH100e;
    x.exportShare = domesticDemand + regionalDemand > kEpsilon
                        ? regionalDemand / (domesticDemand + regionalDemand)
                        : 0.0;
    x.domesticBuild.targetH100e = pull * (0.5 + 0.5 * powerScore) * domesticDemand;
    const double regionalTarget = x.attractiveness * regionalDemand;
    // Guarantees: below the threshold leverage, investors want capacity payments on the share
    // g_hat of the export fleet. A negotiating country reserves part of its agreements budget for
    // them, in proportion to its leverage gap and to the export share of the demand; the part of
    // the export target it cannot guarantee is not built. The reserve never exceeds what the
    // guarantees on the whole export target would cost, so money is not set aside (and lost to
    // contracts) where no hub can be built or guarantees are free.
    const double paymentUsdPerH100e = a.capacityPaymentShare * tech.rentalUsd * kHoursPerYear;
    x.reserveUsdBn = std::min(st.lever(Lever::ComputeAgreements) * a.guaranteeBudgetShare *
                                  terms.guaranteeGap * x.exportShare * budget.agreementsUsdBn,
                              terms.guaranteeGap * regionalTarget * paymentUsdPerH100e / 1e9);
    // Guarantees that cost nothing can always be given.
    const double guaranteeable = paymentUsdPerH100e > kEpsilon
                                     ? x.reserveUsdBn * 1e9 / paymentUsdPerH100e
                                     : std::numeric_limits<double>::infinity();
    x.regionalBuild.targetH100e =
        regionalTarget - std::max(0.0, terms.guaranteeGap * regionalTarget - guaranteeable);
    x.guaranteesUsdBn =
        std::min(x.reserveUsdBn, terms.guaranteeGap * regional.h100e * paymentUsdPerH100e / 1e9);
    // Investment closes each gap over the build time, within the grid connections the public
    // fleet leaves (the domestic fleet first), and stops with chip supplies in a cut-off.
    x.buildShare = 1.0 - shock.cutoff;
    const double perGw = 1e6 / (tech.kwPerH100e * a.pue);
    double connections = std::max(0.0, energy.connectGwPerYr - ownedConnectGwPerYr) * perGw;
    for (auto [build, fleet] :
         {std::pair{&x.domesticBuild, &domestic}, std::pair{&x.regionalBuild, &regional}}) {
        const double wanted =
            std::max(0.0, build->targetH100e - fleet->h100e) / a.hostingBuildYears;
        build->powerLimited = connections < wanted;
        const double built = std::min(wanted, connections);
        connections -= built;
        build->investmentPerYr = built * x.buildShare;
    }
    x.capacityH100e = (domestic.h100e + regional.h100e) * energy.curtailment;
    x.normalServeH100e = domestic.h100e;
    x.serveH100e = domestic.h100e * energy.curtailment;
    x.itKw = domestic.itKw + regional.itKw;
    return x;
}

HostedFleet nextHostedFleet(const HostedFleet& fleet, const Scenario& s, const HostedBuild& build,
                            double buildShare, const Technology& tech, const StepDecay& d) {
    const double life = s.assumptions.usefulLifeYears;
    const double kept = d.hostedKept;
    const double dt = d.dt;
    const bool closingGap =
        !build.powerLimited && build.targetH100e > fleet.h100e && buildShare > kEpsilon;
    if (!closingGap) {
        // Constant investment I: X' = X e^{-dt/L} + I L (1 - e^{-dt/L}).
        const double added = build.investmentPerYr * life * (1.0 - kept);
        return {fleet.h100e * kept + added, fleet.itKw * kept + added * tech.kwPerH100e};
    }
    // Investment closes the gap, I = c (X* - X) / tau with c the share a cut-off lets through:
    // dX/dt = c X* / tau - lambda X with lambda = c / tau + 1 / L. X approaches
    // X_eq = (c X* / tau) / lambda as e^{-lambda t}.
    const double tau = s.assumptions.hostingBuildYears;
    const double c = buildShare;
    const double lambda = c / tau + 1.0 / life;
    const double equilibrium = c * build.targetH100e / tau / lambda;
    const double decay = c == 1.0 ? d.hostedGapKept : std::exp(-lambda * dt);
    const double h100e = equilibrium + (fleet.h100e - equilibrium) * decay;
    // IT power: dK/dt = kw I(t) - K / L with I(t) = a + b e^{-lambda t}; integrating exactly,
    // what is added and still in service at the end of the step is
    // a L (1 - e^{-dt/L}) + b tau / c (e^{-dt/L} - e^{-lambda dt}).
    const double a = c * (build.targetH100e - equilibrium) / tau;
    const double b = -c * (fleet.h100e - equilibrium) / tau;
    const double added = a * life * (1.0 - kept) + b * (tau / c) * (kept - decay);
    return {h100e, fleet.itKw * kept + added * tech.kwPerH100e};
}

} // namespace sovsim::detail
