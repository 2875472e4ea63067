#include "model/Terms.h"

#include "model/PostureEffects.h"

namespace sovsim::detail {

Terms termsFrom(const Scenario& s, double termsLeverage, const Technology& tech,
                const ShockLevels& shock) {
    const Assumptions& a = s.assumptions;
    const double agreements = s.strategy.lever(Lever::ComputeAgreements);
    const double lt = termsLeverage;
    Terms x;
    x.lock = agreements * lt;
    // Nash price: between the supplier's cost and the country's value of an assured hour, the
    // country captures the share lt of the difference.
    x.contractPrice =
        tech.rentalUsd *
        (a.contractCostShare + (1.0 - lt) * (a.contractValueShare - a.contractCostShare)) *
        (1.0 + shock.priceHike * a.shockPriceHikeMax * (1.0 - x.lock)) *
        (1.0 + 0.5 * shock.demandSurge);
    x.nonInterruption = std::min(1.0, a.nonInterruptionGain * lt * (0.5 + 0.5 * agreements));
    x.protection = clamp01(a.protectionMax * lt * agreements +
                           pick(PostureEffects::localControl, s.strategy.posture(Layer::Compute)));
    x.guaranteeGap = clamp01((a.takeOrPayLeverage - lt) / a.takeOrPayLeverage);
    x.deliveredContract = x.nonInterruption + (1.0 - x.nonInterruption) * (1.0 - shock.cutoff);
    return x;
}

} // namespace sovsim::detail
