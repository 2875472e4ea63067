#pragma once
// §5 Data, models and language: how well the models available serve national languages, law
// and culture, and where fine-tuning and national models move it.

#include "model/Budget.h"
#include "model/Talent.h"

namespace sovsim::detail {

double baseLanguageCapability(const Scenario& s);

// L*: the capability the country's data, models and compute support this step.
double languageTarget(const Scenario& s, const BudgetSplit& budget, const Talent& talent,
                      double sufficiency);

// Lg(k+1): first-order adjustment toward L*, exact for a constant target.
double nextLanguage(double language, double target, const StepDecay& d);

} // namespace sovsim::detail
