#pragma once
// §2b Contracted sovereign access: multi-year agreements for public-priority demand, bought with
// the agreements budget. Contracted volume is a stock: new volume is signed within months,
// existing volume runs out over the contract term, and in a cut-off only the protected share is
// honoured or renewed.

#include "model/Budget.h"
#include "model/Demand.h"
#include "model/HostedCapacity.h"
#include "model/StepDecay.h"
#include "model/Terms.h"

namespace sovsim::detail {

struct Contracts {
    double budgetUsdBn = 0.0;     // R_con = R_agr - Gamma
    double targetH100e = 0.0;     // Q*: what the agreements aim at
    double affordableH100e = 0.0; // Q° = min(Q*, what R_con buys)
    double stockH100e = 0.0;      // Q: contracted volume in force
    double deliveredH100e = 0.0;  // Q_del = rho Q
    double spendingUsdBn = 0.0;   // S_con (take-or-pay: paid on the whole volume)
};

// Q° for the terms, budget and position of a step.
Contracts contracts(const Scenario& s, double stockH100e, const Demand& demand,
                    const BudgetSplit& budget, const HostedCapacity& hosted, const Terms& terms,
                    double ownedCapacityH100e, double termsLeverage);

// The contracted volume over a step: first-order adjustment toward rho Q°, fast up (signing),
// slow down (expiry), solved exactly for the step's target.
struct ContractPath {
    double endH100e = 0.0;     // Q(k+1)
    double averageH100e = 0.0; // mean of Q over the step (what is paid for)
};
ContractPath contractPath(const Scenario& s, const Contracts& x, const Terms& terms,
                          const StepDecay& d);

} // namespace sovsim::detail
