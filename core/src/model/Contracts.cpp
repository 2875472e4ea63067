#include "model/Contracts.h"

#include "model/PostureEffects.h"

namespace sovsim::detail {

Contracts contracts(const Scenario& s, double stockH100e, const Demand& demand,
                    const BudgetSplit& budget, const HostedCapacity& hosted, const Terms& terms,
                    double ownedCapacityH100e, double termsLeverage) {
    const Assumptions& a = s.assumptions;
    const Strategy& st = s.strategy;
    Contracts x;
    x.budgetUsdBn = std::max(0.0, budget.agreementsUsdBn - hosted.reserveUsdBn);
    // Agreements cover public-priority demand (public services, research, priority sectors),
    // planned on trend demand and after what the public fleet already serves; a better position
    // secures a larger allocation.
    x.targetH100e = std::min(st.lever(Lever::ComputeAgreements) * a.contractTargetShare *
                                 demand.trendH100e * (0.5 + 0.5 * termsLeverage) *
                                 pick(PostureEffects::agreementScale, st.posture(Layer::Compute)),
                             std::max(0.0, demand.trendH100e - ownedCapacityH100e));
    const double usdPerH100eYear = terms.contractPrice * kHoursPerYear;
    x.affordableH100e = std::min(x.targetH100e, x.budgetUsdBn * 1e9 / usdPerH100eYear);
    x.stockH100e = stockH100e;
    x.deliveredH100e = stockH100e * terms.deliveredContract;
    x.spendingUsdBn = stockH100e * usdPerH100eYear / 1e9;
    return x;
}

ContractPath contractPath(const Scenario& s, const Contracts& x, const Terms& terms,
                          const StepDecay& d) {
    const Assumptions& a = s.assumptions;
    const double target = terms.deliveredContract * x.affordableH100e;
    const bool signing = target > x.stockH100e;
    const double tau = signing ? a.contractSigningYears : a.contractTermYears;
    const double closed = signing ? d.signingClosed : d.expiryClosed;
    const double dt = d.dt;
    ContractPath p;
    p.endH100e = target + (x.stockH100e - target) * (1.0 - closed);
    p.averageH100e = target + (x.stockH100e - target) * closed * tau / dt;
    return p;
}

} // namespace sovsim::detail
