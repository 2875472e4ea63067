#include "model/Access.h"

namespace sovsim::detail {

double marketResidualH100e(const Demand& demand, const OwnedCompute& owned,
                           const Contracts& contracts, const HostedCapacity& hosted) {
    return std::max(0.0, demand.h100e - owned.normalCapacityH100e - contracts.stockH100e -
                             hosted.normalServeH100e);
}

Access access(const Scenario& s, const Demand& demand, double ownedCapacityH100e,
              const Contracts& contracts, const HostedCapacity& hosted, const Terms& terms,
              const MarketCloud& market, const ShockLevels& shock, bool withCoverage) {
    const double d = demand.h100e;
    const double protectedHosted = terms.protection * hosted.serveH100e;
    // In a cut-off the protected share of hosted capacity keeps running; the rest is cut.
    const double hostedDelivered =
        protectedHosted + (1.0 - terms.protection) * hosted.serveH100e * (1.0 - shock.cutoff);
    Access x;
    const double supplied =
        ownedCapacityH100e + contracts.deliveredH100e + hostedDelivered + market.deliveredH100e;
    x.totalH100e = std::min(d, supplied);
    x.assuredH100e = std::min(d, ownedCapacityH100e + terms.nonInterruption * contracts.stockH100e +
                                     protectedHosted);
    // Per-channel split of the total, in serving order (owned first: its cost is sunk).
    double left = d;
    const auto take = [&left](double available) {
        const double used = std::clamp(available, 0.0, left);
        left -= used;
        return used;
    };
    x.ownedH100e = take(ownedCapacityH100e);
    x.contractedH100e = take(contracts.deliveredH100e);
    x.hostedH100e = take(hostedDelivered);
    x.marketH100e = take(market.deliveredH100e);
    x.publicAssuredH100e =
        std::min(d, ownedCapacityH100e + terms.nonInterruption * contracts.stockH100e);
    x.sufficiency = d > kEpsilon ? clamp01(x.totalH100e / d) : 1.0;
    // Critical inference: public services have first call on the sovereign channels (owned,
    // contracted, protected hosted); for the rest they compete with everyone on ordinary cloud,
    // where procurement and residency rules admit only part of their workloads.
    const double sovereign = ownedCapacityH100e + contracts.deliveredH100e + protectedHosted;
    if (!withCoverage) {
        return x;
    }
    if (demand.criticalH100e <= kEpsilon) {
        x.coverage = 1.0;
        return x;
    }
    const double sovereignCover = std::min(1.0, sovereign / demand.criticalH100e);
    const double ordinary =
        (1.0 - terms.protection) * hosted.serveH100e * (1.0 - shock.cutoff) + market.deliveredH100e;
    const double leftForOrdinary = std::max(0.0, d - sovereign);
    const double fill =
        leftForOrdinary > kEpsilon ? std::min(1.0, ordinary / leftForOrdinary) : 1.0;
    x.coverage = clamp01(sovereignCover +
                         (1.0 - sovereignCover) * s.assumptions.publicMarketEligibility * fill);
    return x;
}

} // namespace sovsim::detail
