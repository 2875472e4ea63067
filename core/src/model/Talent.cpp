#include "model/Talent.h"

#include "model/PostureEffects.h"

namespace sovsim::detail {

double talentNetGrowthPerYr(const Scenario& s) {
    const Assumptions& a = s.assumptions;
    const Strategy& st = s.strategy;
    const double lever = st.lever(Lever::TalentCapacity);
    const double training = a.talentGrowthPerYr *
                            pick(PostureEffects::talentTraining, st.posture(Layer::Talent)) *
                            (1.0 + lever);
    const double attrition = a.talentAttritionPerYr * (1.0 - 0.5 * lever) *
                             pick(PostureEffects::talentAttrition, st.posture(Layer::Talent));
    return training - attrition;
}

Talent talent(const Scenario& s, double talentK, double termsLeverage, double ownedItKw,
              double hostedItKw, const Technology& tech) {
    const Assumptions& a = s.assumptions;
    Talent x;
    x.staffedH100e = talentK * a.h100ePerTalentK * tech.pricePerformance;
    x.factor =
        std::min(1.0, talentK / std::max(kEpsilon, a.talentNeedPerMPop * s.country.populationM));
    x.netGrowthPerYr = talentNetGrowthPerYr(s);
    // Running AI data centres trains people; foreign operators share skills only as far as the
    // terms oblige them to.
    const double ownedGw = ownedItKw * a.pue / 1e6;
    const double hostedGw = hostedItKw * a.pue / 1e6;
    x.skillsKPerYr = a.skillsTransferKPerGw * (ownedGw + termsLeverage * hostedGw);
    return x;
}

double nextTalentK(double talentK, const Talent& x, const StepDecay& d) {
    return talentK * d.talentGrowth + x.skillsKPerYr * d.talentIntegral;
}

} // namespace sovsim::detail
