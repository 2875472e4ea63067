#pragma once
// §2e Compute access: the channels together. Totals are capped by demand (capacity beyond
// demand is idle); the per-channel figures split the total in the order owned, contracted,
// hosted, market. Assured compute is what would keep running in a complete cut-off.

#include "model/Contracts.h"
#include "model/HostedCapacity.h"
#include "model/MarketCloud.h"
#include "model/OwnedCompute.h"
#include "model/Terms.h"

namespace sovsim::detail {

struct Access {
    double totalH100e = 0.0;
    double assuredH100e = 0.0;
    double ownedH100e = 0.0; // shown per channel, in serving order
    double contractedH100e = 0.0;
    double hostedH100e = 0.0;
    double marketH100e = 0.0;
    double coverage = 0.0;    // critical inference coverage, 0..1
    double sufficiency = 0.0; // sigma = total / D
    double publicAssuredH100e =
        0.0; // assured compute public money secures: owned, protected contracts
};

// What falls to the market: demand left after the normal capacities of the other channels (before
// curtailment and cut-offs: buyers do not move to the market within a shock).
double marketResidualH100e(const Demand& demand, const OwnedCompute& owned,
                           const Contracts& contracts, const HostedCapacity& hosted);

// `withCoverage` false skips critical inference coverage, which no stock depends on.
Access access(const Scenario& s, const Demand& demand, double ownedCapacityH100e,
              const Contracts& contracts, const HostedCapacity& hosted, const Terms& terms,
              const MarketCloud& market, const ShockLevels& shock, bool withCoverage = true);

} // namespace sovsim::detail
