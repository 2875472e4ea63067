#include "model/Language.h"

#include "model/PostureEffects.h"

namespace sovsim::detail {

double baseLanguageCapability(const Scenario& s) {
    return saturate(s.country.languageWebSharePct, s.assumptions.languageHalfSharePct);
}

double languageTarget(const Scenario& s, const BudgetSplit& budget, const Talent& talent,
                      double sufficiency) {
    const Assumptions& a = s.assumptions;
    const Strategy& st = s.strategy;
    const double quality =
        clamp01(s.country.dataQuality * pick(PostureEffects::dataQuality, st.posture(Layer::Data)));
    const double computeOk = 0.5 + 0.5 * sufficiency;
    const double fineTune = clamp01(st.lever(Lever::SmallModels) * quality * computeOk *
                                    pick(PostureEffects::fineTune, st.posture(Layer::Models)));
    const double fromScratch = st.posture(Layer::Models) == Posture::Control
                                   ? quality * talent.factor * computeOk * budget.trainingFunded
                                   : 0.0;
    return 1.0 - (1.0 - baseLanguageCapability(s)) * (1.0 - a.fineTuneGain * fineTune) *
                     (1.0 - a.scratchGain * fromScratch);
}

double nextLanguage(double language, double target, const StepDecay& d) {
    return language + (target - language) * d.languageClosed;
}

} // namespace sovsim::detail
