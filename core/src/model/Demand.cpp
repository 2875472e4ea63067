#include "model/Demand.h"

#include "model/PostureEffects.h"

namespace sovsim::detail {
namespace {

constexpr double kInferenceRampYears = 15.0; // inference share reaches its end value in 2040

// Closed-form logistic: A(t) = K / (1 + (K / A0 - 1) e^{-rate t}), with decay = e^{-rate t}.
double logistic(double a0, double ceiling, double decay) {
    return ceiling / (1.0 + (ceiling / a0 - 1.0) * decay);
}

} // namespace

Demand demand(const Scenario& s, const RunConstants& r, const TimeFactors& f, double t,
              const Technology& tech, const ShockLevels& shock) {
    const Assumptions& a = s.assumptions;
    Demand d;
    d.adoption = logistic(r.adoptionStart, a.adoptionMaxShare, f.adoptionDecay);
    const double perUse = tech.perUseGrowth;
    d.trendH100e = a.demandH100ePerUsdBnGdp * tech.gdpUsdBn * d.adoption * perUse;
    d.h100e = d.trendH100e * (1.0 + shock.demandSurge * a.shockDemandSurgeMax);
    d.inferenceShare = a.inferenceShareStart + (a.inferenceShareEnd - a.inferenceShareStart) *
                                                   std::min(1.0, t / kInferenceRampYears);
    d.criticalH100e = a.criticalInferenceShare * d.inferenceShare * d.h100e;
    const double regionalAdoption =
        logistic(r.regionalAdoptionStart, a.adoptionMaxShare, f.regionalAdoptionDecay);
    d.regionalH100e = a.demandH100ePerUsdBnGdp * s.country.regionalMarketUsdBn * tech.gdpGrowth *
                      regionalAdoption * perUse;
    return d;
}

} // namespace sovsim::detail
