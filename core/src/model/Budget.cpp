#include "model/Budget.h"

#include "model/PostureEffects.h"

namespace sovsim::detail {
namespace {

constexpr double kMaxTrainingShare = 0.5; // of the budget left after levers

} // namespace

BudgetSplit splitBudget(const Scenario& s, const RunConstants& constants, const Technology& tech) {
    const Assumptions& a = s.assumptions;
    const Strategy& st = s.strategy;
    const double budget = tech.budgetUsdBn;
    BudgetSplit b;
    b.leversUsdBn = budget * constants.leverShare;
    double rest = budget - b.leversUsdBn;
    // A from-scratch programme takes at most half of what is left, so it cannot starve compute.
    if (st.posture(Layer::Models) == Posture::Control) {
        b.trainingUsdBn = std::min(a.modelTrainingUsdBnPerYr, kMaxTrainingShare * rest);
    }
    // A programme that costs nothing is fully funded.
    b.trainingFunded =
        a.modelTrainingUsdBnPerYr > kEpsilon ? b.trainingUsdBn / a.modelTrainingUsdBnPerYr : 1.0;
    rest -= b.trainingUsdBn;
    // Control of energy: a fixed share of what is left builds generation for data centres. It is
    // a share of the budget, not of the buildable power, so more power never costs compute.
    if (st.posture(Layer::Energy) == Posture::Control) {
        b.energyUsdBn = a.energyPublicBudgetShare * rest;
        b.publicBuildGwPerYr =
            a.energyBuildUsdBnPerGw > kEpsilon ? b.energyUsdBn / a.energyBuildUsdBnPerGw : 0.0;
    }
    rest -= b.energyUsdBn;
    b.ownedUsdBn = rest * pick(PostureEffects::ownedBudgetShare, st.posture(Layer::Compute));
    b.agreementsUsdBn = rest - b.ownedUsdBn;
    return b;
}

} // namespace sovsim::detail
