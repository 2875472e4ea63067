#include "model/Demand.h"

#include "model/PostureEffects.h"

namespace sovsim::detail {
namespace {

constexpr double kInferenceRampYears = 15.0;    // inference share reaches its end value in 2040
constexpr double kRegionalConnectedShare = 0.5; // share of the hub's region that is online
constexpr double kMinAdoption = 1e-3;

// Closed-form logistic: A(t) = K / (1 + (K / A0 - 1) e^{-rate t}).
double logistic(double a0, double ceiling, double rate, double t) {
    const double start = std::clamp(a0, kMinAdoption, ceiling);
    return ceiling / (1.0 + (ceiling / start - 1.0) * std::exp(-rate * t));
}

} // namespace

double adoptionAt(const Scenario& s, double t) {
    const Assumptions& a = s.assumptions;
    const CountryProfile& c = s.country;
    const double connected = c.populationM > 0.0 ? clamp01(c.internetUsersM / c.populationM) : 0.0;
    const double talentAtStart =
        std::min(1.0, c.aiTalentK / std::max(kEpsilon, a.talentNeedPerMPop * c.populationM));
    const double rate = a.adoptionRatePerYr *
                        (1.0 + 0.8 * s.strategy.lever(Lever::SectorDiffusion)) *
                        pick(PostureEffects::adoption, s.strategy.posture(Layer::Applications)) *
                        (0.5 + 0.5 * talentAtStart);
    return logistic(a.adoptionStartShare * connected, a.adoptionMaxShare, rate, t);
}

Demand demand(const Scenario& s, double t, const Technology& tech, const ShockLevels& shock) {
    const Assumptions& a = s.assumptions;
    Demand d;
    d.adoption = adoptionAt(s, t);
    // Compute per use grows with the workload and jumps with a chip leap: workloads grow into
    // cheaper compute, so demand in H100e moves with price-performance leaps.
    const double perUse = grow(a.computePerUseGrowthPerYr, t) * shock.chipLeap;
    d.trendH100e = a.demandH100ePerUsdBnGdp * tech.gdpUsdBn * d.adoption * perUse;
    d.h100e = d.trendH100e * (1.0 + shock.demandSurge * a.shockDemandSurgeMax);
    d.inferenceShare = a.inferenceShareStart + (a.inferenceShareEnd - a.inferenceShareStart) *
                                                   std::min(1.0, t / kInferenceRampYears);
    d.criticalH100e = a.criticalInferenceShare * d.inferenceShare * d.h100e;
    const double regionalAdoption = logistic(a.adoptionStartShare * kRegionalConnectedShare,
                                             a.adoptionMaxShare, a.adoptionRatePerYr, t);
    d.regionalH100e = a.demandH100ePerUsdBnGdp * s.country.regionalMarketUsdBn *
                      grow(a.gdpGrowthPerYr, t) * regionalAdoption * perUse;
    return d;
}

} // namespace sovsim::detail
