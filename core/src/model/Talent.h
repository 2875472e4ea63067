#pragma once
// §6 Talent and state capacity: a stock of AI specialists that grows by training and skills
// transfer from the AI load in the country, and limits how much owned compute can be run.

#include "model/StepDecay.h"

namespace sovsim::detail {

struct Talent {
    double staffedH100e = 0.0;   // Cap_T: owned compute the specialists can run
    double factor = 0.0;         // f_T, 0..1
    double netGrowthPerYr = 0.0; // g = train - attr
    double skillsKPerYr = 0.0;   // skills transfer, thousand/yr
};

// g = training - attrition, 1/yr: fixed by the strategy and assumptions.
double talentNetGrowthPerYr(const Scenario& s);

Talent talent(const Scenario& s, double talentK, double termsLeverage, double ownedItKw,
              double hostedItKw, const Technology& tech);

// T(k+1): exact solution of dT/dt = g T + skills over the step:
// T e^{g dt} + skills (e^{g dt} - 1) / g.
double nextTalentK(double talentK, const Talent& x, const StepDecay& d);

} // namespace sovsim::detail
