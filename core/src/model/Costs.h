#pragma once
// §8b Costs: public spending by use, what users pay on the market, and cost per unit.

#include "model/Access.h"
#include "model/Budget.h"
#include "model/Contracts.h"
#include "model/HostedCapacity.h"
#include "model/MarketCloud.h"
#include "model/OwnedCompute.h"

namespace sovsim::detail {

struct Costs {
    double publicUsdBn = 0.0;        // S, USD bn/yr
    double marketUsdBn = 0.0;        // S_mkt, USD bn/yr
    double publicPerH100eUsd = 0.0;  // S / total, USD per H100e-year
    double perAssuredH100eUsd = 0.0; // S / publicly assured compute
};

Costs costs(const BudgetSplit& budget, const OwnedCompute& owned, const Contracts& contracts,
            const HostedCapacity& hosted, const MarketCloud& market, const Access& access);

// Agency index: geometric mean of leverage, critical coverage, assured share of demand and
// local-language capability, each floored at 0.05 so no facet can be traded away entirely.
double agencyIndex(double leverage, double coverage, double assuredShareOfDemand, double language);

} // namespace sovsim::detail
