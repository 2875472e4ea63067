#include "model/StepDecay.h"

#include "model/Talent.h"

namespace sovsim::detail {

StepDecay stepDecay(const Scenario& s, const RunConstants& rates, double dt) {
    const Assumptions& a = s.assumptions;
    StepDecay d;
    d.dt = dt;
    d.termsClosed = gapClosed(dt, a.renegotiationYears);
    d.languageClosed = gapClosed(dt, a.languageAdjustYears);
    d.signingClosed = gapClosed(dt, a.contractSigningYears);
    d.expiryClosed = gapClosed(dt, a.contractTermYears);
    d.hostedKept = std::exp(-dt / a.usefulLifeYears);
    d.hostedGapKept = std::exp(-(1.0 / a.hostingBuildYears + 1.0 / a.usefulLifeYears) * dt);
    const double g = talentNetGrowthPerYr(s);
    d.talentGrowth = std::exp(g * dt);
    d.talentIntegral = std::abs(g) < 1e-9 ? dt : std::expm1(g * dt) / g;
    d.half = timeFactors(rates, 0.5 * dt);
    d.whole = timeFactors(rates, dt);
    return d;
}

} // namespace sovsim::detail
