#include "model/MarketCloud.h"

namespace sovsim::detail {
namespace {

// Share of the global market a country of each export-control tier can rent: tier 2 meets
// know-your-customer checks and licence limits, tier 3 little more than licence-free orders.
constexpr double kTierAccess[3] = {1.0, 0.9, 0.3};

} // namespace

MarketCloud marketCloud(const Scenario& s, const Technology& tech, double residualH100e,
                        const ShockLevels& shock) {
    const Assumptions& a = s.assumptions;
    const int tier = exportTier(s.country);
    MarketCloud m;
    const double priceRise =
        (1.0 + shock.priceHike * a.shockPriceHikeMax) * (1.0 + 0.5 * shock.demandSurge);
    m.priceUsd = tech.rentalUsd * a.marketPricePremium * priceRise;
    const double tightness = std::min(1.0, a.supplierTightness * (1.0 + 0.5 * shock.demandSurge));
    m.availability = kTierAccess[tier - 1] * clamp01(1.0 - a.marketScarcity * tightness);
    // Buyers cut back when prices rise (price elasticity 1/2); a cut-off interrupts the rest.
    m.deliveredH100e =
        std::max(0.0, residualH100e) * m.availability / std::sqrt(priceRise) * (1.0 - shock.cutoff);
    return m;
}

} // namespace sovsim::detail
