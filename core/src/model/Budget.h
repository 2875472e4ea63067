#pragma once
// §8a Public budget: how the public AI budget is split between lever programmes, national
// models, public generation and compute (owned, or agreements).

#include "model/Technology.h"

namespace sovsim::detail {

struct BudgetSplit {
    double leversUsdBn = 0.0;        // S_lev
    double trainingUsdBn = 0.0;      // S_train
    double trainingFunded = 0.0;     // phi_train, 0..1
    double energyUsdBn = 0.0;        // S_energy
    double publicBuildGwPerYr = 0.0; // b_pub: generation the public money adds, GW/yr
    double ownedUsdBn = 0.0;         // R_own
    double agreementsUsdBn = 0.0;    // R_agr
};

BudgetSplit splitBudget(const Scenario& s, const RunConstants& constants, const Technology& tech);

} // namespace sovsim::detail
