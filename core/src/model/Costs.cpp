#include "model/Costs.h"

namespace sovsim::detail {

Costs costs(const BudgetSplit& budget, const OwnedCompute& owned, const Contracts& contracts,
            const HostedCapacity& hosted, const MarketCloud& market, const Access& access) {
    Costs x;
    x.publicUsdBn = budget.leversUsdBn + budget.trainingUsdBn + budget.energyUsdBn +
                    owned.operationsUsdBn + owned.capexUsdBn + contracts.spendingUsdBn +
                    hosted.guaranteesUsdBn;
    const double marketUsdPerH100eYear = market.priceUsd * kHoursPerYear;
    x.marketUsdBn = (access.hostedH100e + access.marketH100e) * marketUsdPerH100eYear / 1e9;
    x.publicPerH100eUsd = x.publicUsdBn * 1e9 / std::max(1.0, access.totalH100e);
    // Public money buys assurance through owned compute and protected contracts; protected
    // hosted capacity is paid for by its users, so it is left out of both sides.
    x.perAssuredH100eUsd = x.publicUsdBn * 1e9 / std::max(1.0, access.publicAssuredH100e);
    return x;
}

double agencyIndex(double leverage, double coverage, double assuredShareOfDemand, double language) {
    const auto facet = [](double v) { return 0.05 + 0.95 * clamp01(v); };
    // Fourth root of the product.
    return std::sqrt(std::sqrt(facet(leverage) * facet(coverage) * facet(assuredShareOfDemand) *
                               facet(language)));
}

} // namespace sovsim::detail
